namespace AnalysisHelpers.Export.Tests.Browser;

public sealed class StaticChartRendererLifecycleTests
{
    [Fact]
    public async Task Missing_executable_is_reported_with_its_path()
    {
        var error = await Assert.ThrowsAsync<BrowserUnavailableException>(
            () => StaticChartRenderer.StartAsync("/no/such/dir/chrome", cancel: TestContext.Current.CancellationToken));

        Assert.Contains("/no/such/dir/chrome", error.Message);
        Assert.Contains("apt-get install chromium", error.Message);
    }

    [Fact]
    public async Task An_executable_that_is_not_a_browser_fails_to_start_with_its_path_named()
    {
        var notABrowser = OperatingSystem.IsWindows() ? null : "/bin/false";
        if (notABrowser is null || !File.Exists(notABrowser))
            Assert.Skip("Needs /bin/false as a stand-in for a broken browser.");

        var error = await Assert.ThrowsAsync<BrowserUnavailableException>(
            () => StaticChartRenderer.StartAsync(notABrowser, TimeSpan.FromSeconds(20), cancel: TestContext.Current.CancellationToken));

        Assert.Contains(notABrowser, error.Message);
    }

    [Fact]
    public async Task A_disposed_renderer_refuses_further_work()
    {
        var location = BrowserLocator.Find();
        if (!location.Found)
            Assert.Skip($"Needs a Chromium-family browser. {location.Message}");
        var renderer = await StaticChartRenderer.StartAsync(location, cancel: TestContext.Current.CancellationToken);

        await renderer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => renderer.RenderSvgAsync(TestFigures.Bar, 300, 200, cancel: TestContext.Current.CancellationToken));
        await renderer.DisposeAsync();
    }
}
