using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;

namespace Workbook;

/// <summary>Validates the data folder before a command writes anything, so bad data leaves earlier outputs intact.</summary>
internal static class DataGate
{
    public static bool Check(string dataDir, TextWriter stderr)
    {
        try
        {
            ClaimsDataset.Load(dataDir);
            return true;
        }
        catch (DataValidationException ex)
        {
            ErrorReport.Write(ex.Errors, stderr);
            return false;
        }
    }
}
