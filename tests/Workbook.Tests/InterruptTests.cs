using System.Diagnostics;
using System.Text.Json;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;

namespace Workbook.Tests;

/// <summary>SIGTERM or Ctrl+C in the middle of <c>workbook export</c>: the command stops promptly with the signal's exit
/// code, closes its browser, and leaves every output either as it was or complete.</summary>
public sealed class InterruptTests(ITestOutputHelper output) : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "workbook-interrupt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(SigTerm, 143)]
    [InlineData(SigInt, 130)]
    public async Task Signal_while_a_cell_runs_stops_within_two_seconds_and_ends_the_kernel_process(int signal, int expectedExitCode)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads the process tree from /proc and sends POSIX signals; Linux only.");
        Directory.CreateDirectory(_dir);
        // In a folder of its own: an --out inside the notebooks' folder is refused as overlapping an input.
        Directory.CreateDirectory(Path.Combine(_dir, "nb"));
        var notebook = Path.Combine(_dir, "nb", "spins.dib");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Corpus", "notebooks", "infinite-loop.dib"), notebook);

        using var run = InterruptibleCli.Start("run", notebook, "--no-export", "--out", Path.Combine(_dir, "out"));
        var clock = Stopwatch.StartNew();
        IReadOnlyDictionary<int, string> descendants;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            descendants = ProcessTree.Descendants(run.Pid);
        } while (descendants.Count == 0 && clock.Elapsed < TimeSpan.FromMinutes(2));
        Assert.NotEmpty(descendants); // the kernel process runs the notebook
        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken); // well inside the endless cell

        clock.Restart();
        run.Signal(signal);
        var (exitCode, _, stderr) = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var exitTime = clock.Elapsed;
        var leftOver = await SurvivorsAsync(descendants.Keys, TimeSpan.FromSeconds(5));
        output.WriteLine($"signal {signal} during a cell: exit code {exitCode} after {exitTime.TotalSeconds:0.00} s");

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Contains("interrupted; outputs already written are complete", stderr.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.True(exitTime < TimeSpan.FromSeconds(2), $"took {exitTime.TotalSeconds:0.00} s to stop");
        Assert.True(leftOver.Count == 0, $"still running after exit: {string.Join(", ", leftOver.Select(p => $"{p} {descendants[p]}"))}");
        Assert.False(File.Exists(Path.Combine(_dir, "out", "spins.ipynb")), "an interrupted notebook leaves no output");
    }

    [Theory]
    [InlineData(SigTerm, 143)]
    [InlineData(SigInt, 130)]
    public async Task Signal_during_export_stops_promptly_closes_the_browser_and_leaves_only_complete_files(int signal, int expectedExitCode)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads the process tree from /proc and sends POSIX signals; Linux only.");
        var browser = BrowserLocator.Find();
        if (!browser.Found) Assert.Skip($"Needs a Chromium-family browser. {browser.Message}");

        var first = await InterruptibleCli.RunAsync(TimeSpan.FromMinutes(4), "export", "--out", _dir);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var previousReport = File.ReadAllText(Path.Combine(_dir, "report.html"));
        var charts = Path.Combine(_dir, ChartExporter.ChartsFolder);
        var firstWrites = Directory.EnumerateFiles(charts).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        using var second = InterruptibleCli.Start("export", "--out", _dir);
        await WaitForNewChartFileAsync(second, charts, firstWrites);
        var descendants = ProcessTree.Descendants(second.Pid);
        output.WriteLine($"descendants at the signal: {string.Join(", ", descendants.Select(d => $"{d.Key} {d.Value}"))}");
        Assert.NotEmpty(descendants); // the browser is running, so its closing is what is tested

        var clock = Stopwatch.StartNew();
        second.Signal(signal);
        var (exitCode, _, stderr) = await second.WaitAsync(TimeSpan.FromSeconds(60));
        var exitTime = clock.Elapsed;
        var leftOver = await SurvivorsAsync(descendants.Keys, TimeSpan.FromSeconds(5));
        output.WriteLine($"signal {signal}: exit code {exitCode} after {exitTime.TotalSeconds:0.00} s");

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Contains("interrupted; outputs already written are complete", stderr.Split('\n').Select(l => l.TrimEnd('\r')));
        // A hang detector only: the process ends within 2 s (printed above); 10 s leaves room for a loaded machine.
        Assert.True(exitTime < TimeSpan.FromSeconds(10), $"took {exitTime.TotalSeconds:0.0} s to stop");
        Assert.True(leftOver.Count == 0, $"still running after exit: {string.Join(", ", leftOver.Select(p => $"{p} {descendants[p]}"))}");
        Assert.Empty(Directory.EnumerateFiles(_dir, "*.tmp", SearchOption.AllDirectories));

        var report = File.ReadAllText(Path.Combine(_dir, "report.html"));
        Assert.True(report == previousReport || report.EndsWith("</html>\n", StringComparison.Ordinal), "report.html is truncated");
        Manifest.FromJson(File.ReadAllText(Path.Combine(_dir, Manifest.FileName)));
        Assert.All(Directory.EnumerateFiles(charts), AssertComplete);
    }

    [Fact]
    public async Task SIGTERM_during_run_while_the_browser_draws_ends_the_process_promptly_and_closes_the_browser()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads the process tree from /proc and sends POSIX signals; Linux only.");
        RequireBrowser();
        Directory.CreateDirectory(_dir);
        // In a folder of its own: an --out inside the notebooks' folder is refused as overlapping an input.
        Directory.CreateDirectory(Path.Combine(_dir, "nb"));
        var notebook = Path.Combine(_dir, "nb", "spins.dib");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Corpus", "notebooks", "infinite-loop.dib"), notebook);
        var outDir = Path.Combine(_dir, "out");

        // The export runs alongside the notebook, so the browser draws charts while the endless cell runs.
        using var run = InterruptibleCli.Start("run", notebook, "--out", outDir, "--data", RepoPaths.Data);
        await WaitForSvgAsync(run, Path.Combine(outDir, ChartExporter.ChartsFolder));
        var descendants = ProcessTree.Descendants(run.Pid);

        var clock = Stopwatch.StartNew();
        run.Signal(SigTerm);
        var (exitCode, _, stderr) = await run.WaitAsync(TimeSpan.FromSeconds(60));
        var exitTime = clock.Elapsed;
        var leftOver = await SurvivorsAsync(descendants.Keys, TimeSpan.FromSeconds(5));
        output.WriteLine($"SIGTERM during run while the browser draws: exit code {exitCode} after {exitTime.TotalSeconds:0.00} s");

        Assert.Equal(143, exitCode);
        Assert.Contains("interrupted; outputs already written are complete", stderr.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.True(exitTime < TimeSpan.FromSeconds(10), $"took {exitTime.TotalSeconds:0.0} s to stop"); // hang detector only
        Assert.True(leftOver.Count == 0, $"still running after exit: {string.Join(", ", leftOver.Select(p => $"{p} {descendants[p]}"))}");
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.tmp", SearchOption.AllDirectories));
        Assert.All(Directory.EnumerateFiles(Path.Combine(outDir, ChartExporter.ChartsFolder)), AssertComplete);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("run")]
    public async Task SIGTERM_while_the_browser_hangs_still_ends_the_process_promptly_and_kills_the_browser(string command)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads the process tree from /proc and sends POSIX signals; Linux only.");
        var chromium = RequireBrowser();
        Directory.CreateDirectory(_dir);
        var pidFile = Path.Combine(_dir, "browser.pid");
        var wrapper = Path.Combine(_dir, "chromium");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec '{chromium}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var outDir = Path.Combine(_dir, "out");
        // In a folder of its own: an --out inside the notebooks' folder is refused as overlapping an input.
        Directory.CreateDirectory(Path.Combine(_dir, "nb"));
        var notebook = Path.Combine(_dir, "nb", "fine.dib");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Corpus", "notebooks", "fine.dib"), notebook);
        string[] args = command == "export"
            ? ["export", "--out", outDir, "--data", RepoPaths.Data]
            : ["run", notebook, "--out", outDir, "--data", RepoPaths.Data];

        using var cli = InterruptibleCli.Start(new Dictionary<string, string> { [BrowserLocator.EnvironmentVariable] = wrapper }, args);
        await WaitForSvgAsync(cli, Path.Combine(outDir, ChartExporter.ChartsFolder));
        var browser = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var descendants = ProcessTree.Descendants(cli.Pid);
        // Stopped, the browser neither answers nor exits: the state in which an export used to ignore the first SIGTERM.
        ProcessTree.StopTree(browser);
        await Task.Delay(500, TestContext.Current.CancellationToken);

        var clock = Stopwatch.StartNew();
        cli.Signal(SigTerm);
        var (exitCode, _, stderr) = await cli.WaitAsync(TimeSpan.FromSeconds(60));
        var exitTime = clock.Elapsed;
        var leftOver = await SurvivorsAsync(descendants.Keys, TimeSpan.FromSeconds(5));
        output.WriteLine($"SIGTERM to {command} with a stopped browser: exit code {exitCode} after {exitTime.TotalSeconds:0.00} s\n{stderr}");

        Assert.Equal(143, exitCode);
        Assert.Contains("interrupted; outputs already written are complete", stderr.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.True(exitTime < TimeSpan.FromSeconds(10), $"took {exitTime.TotalSeconds:0.0} s to stop"); // hang detector only
        Assert.True(leftOver.Count == 0, $"still running after exit: {string.Join(", ", leftOver.Select(p => $"{p} {descendants[p]}"))}");
        Assert.All(Directory.EnumerateFiles(Path.Combine(outDir, ChartExporter.ChartsFolder), "*.*").Where(f => !Path.GetFileName(f).StartsWith('.')), AssertComplete);
    }

    [Fact]
    public async Task SIGKILL_during_export_leaves_no_browser_behind()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads the process tree from /proc and sends POSIX signals; Linux only.");
        RequireBrowser();
        Directory.CreateDirectory(_dir);
        var outDir = Path.Combine(_dir, "out");

        // SIGKILL runs no handler of the command: only the browser's DevTools pipe, closed by the kernel as the process
        // dies, tells the browser to quit.
        using var cli = InterruptibleCli.Start("export", "--out", outDir, "--data", RepoPaths.Data);
        await WaitForSvgAsync(cli, Path.Combine(outDir, ChartExporter.ChartsFolder));
        var descendants = ProcessTree.Descendants(cli.Pid);
        Assert.Contains(descendants.Values, command => command.Contains("chrom", StringComparison.OrdinalIgnoreCase));

        cli.Signal(9);
        var (exitCode, _, _) = await cli.WaitAsync(TimeSpan.FromSeconds(60));
        var leftOver = await SurvivorsAsync(descendants.Keys, TimeSpan.FromSeconds(10));
        output.WriteLine($"SIGKILL during export: exit code {exitCode}; {descendants.Count} descendants before, {leftOver.Count} after");

        Assert.Equal(137, exitCode);
        Assert.True(leftOver.Count == 0, $"still running after the kill: {string.Join(", ", leftOver.Select(p => $"{p} {descendants[p]}"))}");
    }

    /// <summary>Chromium, which CI installs (.ci/run): missing there fails the test, elsewhere skips it.</summary>
    private static string RequireBrowser()
    {
        var browser = BrowserLocator.Find();
        return TestBrowsers.RequireChromium(browser.ExecutablePath, browser.Message);
    }

    /// <summary>Polls until the command has drawn its first chart as SVG.</summary>
    private static async Task WaitForSvgAsync(InterruptibleCli cli, string charts)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(cli.HasExited, "the command finished before a chart was drawn; nothing was left to interrupt");
            if (Output.StagedFiles.Count(charts, ".svg") > 0)
                return;
            await Task.Delay(20);
        }
        Assert.Fail("no chart was drawn within 3 minutes");
    }

    /// <summary>Polls until the second export has replaced at least one chart file of the first.</summary>
    private static async Task WaitForNewChartFileAsync(InterruptibleCli cli, string charts, Dictionary<string, DateTime> firstWrites)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(cli.HasExited, "the export finished before a chart was rewritten; nothing was left to interrupt");
            if (Directory.EnumerateFiles(charts).Any(f => !firstWrites.TryGetValue(f, out var t) || File.GetLastWriteTimeUtc(f) != t))
                return;
            await Task.Delay(20);
        }
        Assert.Fail("the second export wrote no chart within 3 minutes");
    }

    private static async Task<IReadOnlyList<int>> SurvivorsAsync(IEnumerable<int> pids, TimeSpan grace)
    {
        var deadline = Stopwatch.StartNew();
        List<int> alive;
        do
        {
            alive = pids.Where(ProcessTree.IsAlive).ToList();
            if (alive.Count == 0) break;
            await Task.Delay(100);
        } while (deadline.Elapsed < grace);
        return alive;
    }

    /// <summary>Each format ends the way only a fully written file does.</summary>
    private static void AssertComplete(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        switch (Path.GetExtension(path))
        {
            case ".html": Assert.EndsWith("</html>\n", text); break;
            case ".svg": Assert.EndsWith("</svg>", text.TrimEnd()); break;
            case ".json": JsonDocument.Parse(text).Dispose(); break;
            case ".pdf": Assert.EndsWith("%%EOF", text.TrimEnd()); break;
            case ".png": Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 8, 4)); break;
            default: Assert.Fail($"unexpected file {path}"); break;
        }
    }
}
