using System.Diagnostics;
using System.Globalization;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;

namespace Workbook.Tests;

/// <summary><c>workbook export</c> with a browser that dies, whose renderer crashes, or that cannot start (through
/// <c>WORKBOOK_BROWSER</c>): one line naming the browser (and the chart being drawn), exit 1, no stack trace, no
/// half-written file, in bounded time. The real Chromium runs behind a wrapper script that records its process id and
/// then becomes it (<c>exec</c>), so the test can kill exactly that browser's process tree. Times are printed; the
/// limits asserted are hang detectors only.</summary>
public sealed class CorpusBrowserFailureTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan HangDetector = TimeSpan.FromSeconds(60);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "workbook-browser-failure-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static string RequireChromium()
    {
        var location = BrowserLocator.Find();
        return TestBrowsers.RequireChromium(location.ExecutablePath, location.Message);
    }

    private string Script(string name, string body) => TestBrowsers.Script(_dir, name, body);

    private InterruptibleCli Export(string browser, string outDir) =>
        InterruptibleCli.Start(new Dictionary<string, string> { [BrowserLocator.EnvironmentVariable] = browser },
            "export", "--data", RepoPaths.Data, "--out", outDir);

    [Fact]
    public async Task A_browser_killed_during_export_ends_it_with_one_line_naming_the_chart_and_the_browser()
    {
        var chromium = RequireChromium();
        var trials = TestBrowsers.InCi ? 3 : 1;
        for (var trial = 1; trial <= trials; trial++)
        {
            var pidFile = Path.Combine(_dir, $"browser-{trial}.pid");
            var wrapper = Script($"chromium-{trial}", $"echo $$ > '{pidFile}'\nexec '{chromium}' \"$@\"");
            var outDir = Path.Combine(_dir, $"out-{trial}");
            using var export = Export(wrapper, outDir);
            var browser = await WaitForDrawingAsync(export, pidFile, outDir, trial);

            var clock = Stopwatch.StartNew();
            ProcessTree.KillTree(browser);
            var (exitCode, _, stderr) = await export.WaitAsync(HangDetector);
            output.WriteLine($"trial {trial}: exit {exitCode} {clock.Elapsed.TotalSeconds:0.00} s after the kill\n{stderr}");

            AssertOneLineFailure(exitCode, stderr, $"the browser {wrapper} exited (it was killed or crashed)");
            AssertOnlyCompleteFiles(outDir);
        }
    }

    [Fact]
    public async Task A_renderer_crash_during_export_is_one_line_naming_the_chart_and_the_crash()
    {
        var chromium = RequireChromium();
        var pidFile = Path.Combine(_dir, "browser.pid");
        var wrapper = Script("chromium", $"echo $$ > '{pidFile}'\nexec '{chromium}' \"$@\"");
        var outDir = Path.Combine(_dir, "out");
        using var export = Export(wrapper, outDir);
        var browser = await WaitForDrawingAsync(export, pidFile, outDir, 1);

        // A renderer killed from outside is what Chromium reports as a crash ("Target crashed") to its client.
        var renderers = TestBrowsers.Renderers(browser);
        Assert.NotEmpty(renderers);
        var clock = Stopwatch.StartNew();
        foreach (var pid in renderers) ProcessTree.Kill(pid);
        var (exitCode, _, stderr) = await export.WaitAsync(HangDetector);
        output.WriteLine($"exit {exitCode} {clock.Elapsed.TotalSeconds:0.00} s after killing renderers {string.Join(", ", renderers)}\n{stderr}");

        AssertOneLineFailure(exitCode, stderr, $"renderer process crashed (\"Target crashed\", browser {wrapper})");
        AssertOnlyCompleteFiles(outDir);
    }

    [Theory]
    [InlineData("exit 1", "it exited with code 1 as it started")]
    [InlineData("kill -SEGV $$", "it was ended by SIGSEGV as it started")]
    public async Task A_browser_that_cannot_start_is_one_line_naming_its_path(string body, string how)
    {
        TestBrowsers.RequireLinux();
        var fake = Script("fake-browser", body);
        var outDir = Path.Combine(_dir, "out");

        using var export = Export(fake, outDir);
        var (exitCode, _, stderr) = await export.WaitAsync(HangDetector);
        output.WriteLine($"exit {exitCode}\n{stderr}");

        Assert.Equal(1, exitCode);
        AssertNoStackTrace(stderr);
        Assert.Contains($"Could not start the browser at {fake}: {how}. Is it Chromium, Chrome or Edge?", Lines(stderr));
        AssertOnlyCompleteFiles(outDir);
    }

    [Fact]
    public async Task A_browser_path_that_is_not_a_program_is_one_line_naming_it()
    {
        TestBrowsers.RequireLinux();
        Directory.CreateDirectory(_dir);
        var text = Path.Combine(_dir, "README.txt");
        File.WriteAllText(text, "not a browser\n");

        using var export = Export(text, Path.Combine(_dir, "out"));
        var (exitCode, _, stderr) = await export.WaitAsync(HangDetector);
        output.WriteLine($"exit {exitCode}\n{stderr}");

        Assert.Equal(1, exitCode);
        AssertNoStackTrace(stderr);
        Assert.Contains($"Could not start the browser at {text}: it is not an executable program (permission denied). Is it Chromium, Chrome or Edge?",
            Lines(stderr));
    }

    /// <summary>Waits for the wrapper's process id and for the export to have drawn a few charts (more in later trials,
    /// so the kill falls at different steps); returns the browser's process id.</summary>
    private static async Task<int> WaitForDrawingAsync(InterruptibleCli export, string pidFile, string outDir, int trial)
    {
        var charts = Path.Combine(outDir, ChartExporter.ChartsFolder);
        var wanted = 1 + (trial - 1) * 3;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(export.HasExited, "the export ended before the browser was killed");
            if (File.Exists(pidFile) && Output.StagedFiles.Count(charts, ".svg") >= wanted)
                return int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
            await Task.Delay(10);
        }
        Assert.Fail("the export drew no chart within 3 minutes");
        return 0;
    }

    private static void AssertOneLineFailure(int exitCode, string stderr, string reason)
    {
        Assert.Equal(1, exitCode);
        AssertNoStackTrace(stderr);
        var line = Assert.Single(Lines(stderr), l => l.Contains(reason, StringComparison.OrdinalIgnoreCase));
        Assert.Matches("^Exporting chart \"[a-z0-9-]+\" failed: ", line);
    }

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Lines(stderr), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+at \S"));
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>No temporary file is left, and each file ends the way only a complete one does.</summary>
    private static void AssertOnlyCompleteFiles(string dir)
    {
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            Assert.False(file.EndsWith(".tmp", StringComparison.Ordinal), $"left behind: {file}");
            var bytes = File.ReadAllBytes(file);
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            switch (Path.GetExtension(file))
            {
                case ".html": Assert.EndsWith("</html>\n", text); break;
                case ".svg": Assert.EndsWith("</svg>", text.TrimEnd()); break;
                case ".json": System.Text.Json.JsonDocument.Parse(text).Dispose(); break;
                case ".csv": Assert.EndsWith("\r\n", text); break;
                case ".pdf": Assert.EndsWith("%%EOF", text.TrimEnd()); break;
                case ".png": Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 8, 4)); break;
                case ".lock": break; // the output folder's lock (one command at a time)
                default: Assert.Fail($"unexpected file {file}"); break;
            }
        }
    }
}
