namespace Workbook;

/// <summary>Where an unexpected exception's details go: a file in the temporary folder, so that the terminal shows one
/// line and the stack trace is still there for whoever reports the bug.</summary>
internal static class CrashReport
{
    /// <summary>Writes <paramref name="error"/> with its stack trace and says where, or why it could not.</summary>
    public static string Write(Exception error)
    {
        var path = Path.Combine(Path.GetTempPath(), $"workbook-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.txt");
        try
        {
            File.WriteAllText(path, error.ToString());
            return $"details in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"details could not be written to {path}: {e.Message}";
        }
    }
}
