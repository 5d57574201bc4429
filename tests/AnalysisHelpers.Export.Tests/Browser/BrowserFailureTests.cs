using System.Diagnostics;

namespace AnalysisHelpers.Export.Tests.Browser;

/// <summary>A browser that is killed, whose renderer crashes, that hangs or that is no browser at all: every wait on it
/// ends in bounded time with one line naming the browser (and, in an export, the chart), and no file is left
/// half-written. Times are printed; the limits asserted are hang detectors only.</summary>
public sealed class BrowserFailureTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan HangDetector = TimeSpan.FromSeconds(30);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string RequireChromium()
    {
        var location = BrowserLocator.Find();
        return TestBrowsers.RequireChromium(location.ExecutablePath, location.Message);
    }

    /// <summary>Enough charts, in every static format, that the export is still drawing when the browser dies.</summary>
    private static ChartSpec[] ManyCharts(int count) =>
        Enumerable.Range(1, count).Select(i => TestFigures.Spec($"chart-{i:00}", $"Chart {i}", "", TestFigures.Bar, 600 + i, 400)).ToArray();

    [Fact]
    public async Task A_browser_killed_during_an_export_ends_it_at_once_with_one_line_naming_the_chart_and_the_browser()
    {
        var chromium = RequireChromium();
        var trials = TestBrowsers.InCi ? 10 : 3;
        for (var trial = 1; trial <= trials; trial++)
        {
            var dir = _folder.Combine($"trial-{trial}");
            var renderer = await StaticChartRenderer.StartAsync(chromium, cancel: Cancel);
            Assert.NotNull(renderer.BrowserProcessId);
            var export = ChartExporter.ExportAsync(dir, ManyCharts(40), ChartFormats.Static, renderer, Cancel);
            await WaitForFilesAsync(Path.Combine(dir, ChartExporter.ChartsFolder), trial, export);

            ProcessTree.KillTree(renderer.BrowserProcessId!.Value);
            var (error, elapsed) = await TestBrowsers.Outcome(export, HangDetector);
            var (disposeError, disposal) = await TestBrowsers.Outcome(renderer.DisposeAsync().AsTask(), HangDetector);
            output.WriteLine($"trial {trial}: export ended {elapsed.TotalSeconds:0.000} s after the kill, closing took {disposal.TotalSeconds:0.000} s: {error?.Message}");

            var failure = Assert.IsType<ChartRenderException>(error);
            Assert.Null(disposeError);
            Assert.Matches("^Exporting chart \"chart-\\d\\d\" failed: ", failure.Message);
            Assert.Contains($"the browser {chromium} exited (it was killed or crashed)", failure.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain('\n', failure.Message);
            AssertOnlyCompleteFiles(dir);
        }
    }

    [Theory]
    [InlineData("Page.crash")]
    [InlineData("chrome://crash")]
    public async Task A_renderer_crash_during_an_export_names_the_chart_and_the_crash_and_later_calls_fail_at_once(string crash)
    {
        var chromium = RequireChromium();
        await using var renderer = await StaticChartRenderer.StartAsync(chromium, cancel: Cancel);
        var export = ChartExporter.ExportAsync(_folder.Path, ManyCharts(40), ChartFormats.Static, renderer, Cancel);
        await WaitForFilesAsync(_folder.Combine(ChartExporter.ChartsFolder), 1, export);

        if (crash == "Page.crash")
        {
            // A crashed page never answers this message, so it is not awaited.
            _ = renderer.PlotPage.Client.SendAsync("Page.crash");
        }
        else
        {
            _ = renderer.PlotPage.GoToAsync("chrome://crash");
        }
        var (error, elapsed) = await TestBrowsers.Outcome(export, HangDetector);
        var clock = Stopwatch.StartNew();
        var later = await Assert.ThrowsAsync<ChartRenderException>(() => renderer.RenderSvgAsync(TestFigures.Bar, 300, 200, Cancel));
        output.WriteLine($"{crash}: export ended after {elapsed.TotalSeconds:0.000} s: {error?.Message}; a later call failed in {clock.Elapsed.TotalMilliseconds:0} ms: {later.Message}");

        var failure = Assert.IsType<ChartRenderException>(error);
        Assert.Matches("^Exporting chart \"chart-\\d\\d\" failed: ", failure.Message);
        Assert.Contains("renderer process crashed (\"Target crashed\"", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(chromium, failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains("crashed", later.Message);
        AssertOnlyCompleteFiles(_folder.Path);
    }

    [Fact]
    public async Task A_browser_that_hangs_fails_the_call_at_its_time_limit_and_is_killed_on_closing()
    {
        var chromium = RequireChromium();
        var renderer = await StaticChartRenderer.StartAsync(chromium, TimeSpan.FromSeconds(3), Cancel);
        var browser = renderer.BrowserProcessId!.Value;
        ProcessTree.StopTree(browser);

        var (error, elapsed) = await TestBrowsers.Outcome(renderer.RenderSvgAsync(TestFigures.Bar, 300, 200, Cancel), HangDetector);
        var (disposeError, disposal) = await TestBrowsers.Outcome(renderer.DisposeAsync().AsTask(), HangDetector);
        var gone = SpinWait.SpinUntil(() => !ProcessTree.IsAlive(browser), TimeSpan.FromSeconds(10));
        output.WriteLine($"a stopped browser: the call failed after {elapsed.TotalSeconds:0.00} s ({error?.Message}); closing took {disposal.TotalSeconds:0.00} s");

        var failure = Assert.IsType<ChartRenderException>(error);
        Assert.Equal($"The browser {chromium} did not answer within 3 s while drawing the figure as svg (300x200).", failure.Message);
        Assert.Null(disposeError);
        Assert.True(gone, "the stopped browser was not killed on closing");
    }

    [Fact]
    public async Task Cancelling_a_call_on_a_browser_that_hangs_ends_it_at_once()
    {
        var chromium = RequireChromium();
        await using var renderer = await StaticChartRenderer.StartAsync(chromium, cancel: Cancel);
        ProcessTree.StopTree(renderer.BrowserProcessId!.Value);
        using var stop = new CancellationTokenSource();

        var call = renderer.RenderAsync(TestFigures.Bar, 300, 200, ChartFormats.Svg | ChartFormats.Png, cancel: stop.Token);
        await Task.Delay(200, Cancel);
        await stop.CancelAsync();
        var (error, elapsed) = await TestBrowsers.Outcome(call, HangDetector);
        output.WriteLine($"cancelled after {elapsed.TotalMilliseconds:0} ms: {error?.GetType().Name}");

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Theory]
    [InlineData("exit 1", ": it exited with code 1 as it started. ")]
    [InlineData("kill -SEGV $$", ": it was ended by SIGSEGV as it started. ")]
    [InlineData("echo 'not a browser' >&2; exit 3", ": it exited with code 3 as it started. ")]
    public async Task A_fake_browser_that_exits_or_crashes_at_start_is_one_line_naming_its_path_and_how_it_ended(string body, string how)
    {
        TestBrowsers.RequireLinux();
        var fake = TestBrowsers.Script(_folder.Path, "fake-browser", body);

        var (error, elapsed) = await TestBrowsers.Outcome(StaticChartRenderer.StartAsync(fake, TimeSpan.FromSeconds(20), Cancel), HangDetector);
        output.WriteLine($"{body}: failed after {elapsed.TotalSeconds:0.00} s: {error?.Message}");

        var failure = Assert.IsType<BrowserUnavailableException>(error);
        Assert.StartsWith($"Could not start the browser at {fake}: ", failure.Message);
        Assert.Contains(how, failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_executable_is_one_line_naming_its_path()
    {
        TestBrowsers.RequireLinux();
        var text = _folder.Combine("notes.txt");
        File.WriteAllText(text, "not a program\n");

        var (error, _) = await TestBrowsers.Outcome(StaticChartRenderer.StartAsync(text, TimeSpan.FromSeconds(20), Cancel), HangDetector);
        output.WriteLine(error?.Message ?? "no error");

        var failure = Assert.IsType<BrowserUnavailableException>(error);
        Assert.Equal($"Could not start the browser at {text}: it is not an executable program (permission denied). Is it Chromium, Chrome or Edge?",
            failure.Message);
    }

    [Fact]
    public async Task A_fake_browser_that_never_answers_fails_the_start_at_its_time_limit()
    {
        TestBrowsers.RequireLinux();
        var fake = TestBrowsers.Script(_folder.Path, "silent-browser", "exec sleep 600");

        var (error, elapsed) = await TestBrowsers.Outcome(StaticChartRenderer.StartAsync(fake, TimeSpan.FromSeconds(3), Cancel), HangDetector);
        output.WriteLine($"failed after {elapsed.TotalSeconds:0.00} s: {error?.Message}");

        var failure = Assert.IsType<BrowserUnavailableException>(error);
        Assert.StartsWith($"Could not start the browser at {fake}: ", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    /// <summary>Waits until the export has written a first chart file (a later one in later trials, so the kill falls
    /// at different steps), failing if it ended first.</summary>
    private static async Task WaitForFilesAsync(string charts, int trial, Task export)
    {
        var clock = Stopwatch.StartNew();
        var wanted = 1 + (trial - 1) % 5 * 4;
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Assert.False(export.IsCompleted, $"the export ended before the browser was killed: {export.Exception?.InnerException?.Message}");
            if (Directory.Exists(charts) && Directory.EnumerateFiles(charts).Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)) >= wanted)
                return;
            await Task.Delay(10);
        }
        Assert.Fail("the export wrote no chart within 2 minutes");
    }

    /// <summary>No temporary file is left, and each file ends the way only a complete one does.</summary>
    private static void AssertOnlyCompleteFiles(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith('.') || f.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            switch (Path.GetExtension(file))
            {
                case ".svg": Assert.EndsWith("</svg>", System.Text.Encoding.UTF8.GetString(bytes).TrimEnd()); break;
                case ".pdf": Assert.EndsWith("%%EOF", System.Text.Encoding.ASCII.GetString(bytes).TrimEnd()); break;
                case ".png": Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 8, 4)); break;
                default: Assert.Fail($"unexpected file {file}"); break;
            }
        }
    }
}
