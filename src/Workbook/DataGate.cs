using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;

namespace Workbook;

/// <summary>Validates the data folder before a command writes anything, so bad data leaves earlier outputs intact.</summary>
internal static class DataGate
{
    public static bool Check(string dataDir, TextWriter stderr) => TryLoad(dataDir, stderr) is not null;

    /// <summary>The validated data, or null after writing its errors to <paramref name="stderr"/>.</summary>
    public static ClaimsDataset? TryLoad(string dataDir, TextWriter stderr)
    {
        try
        {
            return ClaimsDataset.Load(dataDir);
        }
        catch (DataValidationException ex)
        {
            ErrorReport.Write(ex.Errors, stderr);
            return null;
        }
    }
}
