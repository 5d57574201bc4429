using System.Diagnostics;

namespace AnalysisHelpers.Export.Tests;

/// <summary>Runs poppler's pdftotext, the reader a test uses to see a PDF's text as a person copying it would. Tests
/// skip with the reason when it is not installed (CI installs poppler-utils).</summary>
internal static class Poppler
{
    private static readonly Lazy<string?> Executable = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pdftotext"))
            .FirstOrDefault(File.Exists));

    /// <summary>The text of each page, in reading order.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        var tool = Executable.Value;
        if (tool is null) Assert.Skip("Needs pdftotext from poppler-utils (sudo apt-get install poppler-utils).");
        var file = Path.Combine(Path.GetTempPath(), "report-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException("pdftotext did not finish in 60 s."); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result.Split('\f').SkipLast(1).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
