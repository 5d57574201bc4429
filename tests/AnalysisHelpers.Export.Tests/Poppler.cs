using System.Diagnostics;

namespace AnalysisHelpers.Export.Tests;

/// <summary>Runs poppler's pdftotext, the reader a test uses to see a PDF's text as a person copying it would, and
/// pdfinfo for the size of each page. Tests skip with the reason when they are not installed (CI installs poppler-utils).</summary>
internal static class Poppler
{
    private static readonly Lazy<string?> Executable = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pdftotext"))
            .FirstOrDefault(File.Exists));

    /// <summary>The text of each page, in reading order.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf) =>
        Run(pdf, "pdftotext", file => ["-enc", "UTF-8", file, "-"]).Split('\f').SkipLast(1).ToList();

    /// <summary>Each page's size in points, width then height, as pdfinfo reads it.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(byte[] pdf)
    {
        var info = Run(pdf, "pdfinfo", file => ["-f", "1", "-l", "100000", file]);
        return System.Text.RegularExpressions.Regex.Matches(info, @"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string Run(byte[] pdf, string name, Func<string, string[]> arguments)
    {
        var tool = Executable.Value is { } text ? Path.Combine(Path.GetDirectoryName(text)!, name) : null;
        if (tool is null || !File.Exists(tool)) Assert.Skip($"Needs {name} from poppler-utils (sudo apt-get install poppler-utils).");
        var file = Path.Combine(Path.GetTempPath(), "report-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, arguments(file)) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException($"{name} did not finish in 60 s."); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"{name} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
