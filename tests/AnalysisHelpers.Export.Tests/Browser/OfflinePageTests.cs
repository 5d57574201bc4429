namespace AnalysisHelpers.Export.Tests.Browser;

/// <summary>The renderer's pages cannot reach the network: whatever a page asks for (an image, a fetch, a WebSocket,
/// a fetch from a worker) is refused by the page's interception and recorded, not merely failed by a network that is
/// missing here anyway.</summary>
public sealed class OfflinePageTests(BrowserFixture browser)
{
    private const string Remote = "https://example.invalid";

    private const string Html = $$"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>offline</title></head><body>
        <img src="{{Remote}}/image.png">
        <script>
          window.outcomes = [];
          fetch('{{Remote}}/data.json').then(() => outcomes.push('page fetch loaded'), () => outcomes.push('page fetch refused'));
          try { new WebSocket('wss://example.invalid/socket'); } catch (e) { outcomes.push('socket threw'); }
          const code = "fetch('{{Remote}}/worker.json').then(() => postMessage('worker fetch loaded'), () => postMessage('worker fetch refused'))";
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          worker.onmessage = e => outcomes.push(e.data);
        </script>
        </body></html>
        """;

    [Fact]
    public async Task Every_request_of_a_page_and_of_its_worker_is_refused_and_recorded()
    {
        await using var page = await browser.Renderer.OpenHtmlAsync(Html, cancel: TestContext.Current.CancellationToken);
        await page.Page.WaitForFunctionAsync("() => window.outcomes.length >= 2");

        var outcomes = await page.EvaluateAsync<string[]>("() => window.outcomes.slice().sort()");
        Assert.Equal(["page fetch refused", "worker fetch refused"], outcomes);
        var blocked = page.Activity.BlockedRequests;
        Assert.Contains($"{Remote}/image.png", blocked);
        Assert.Contains($"{Remote}/data.json", blocked);
        Assert.Contains($"{Remote}/worker.json", blocked);
        Assert.Contains("wss://example.invalid/socket", blocked);
        // The blob: worker script itself is local and was let through.
        Assert.DoesNotContain(blocked, url => url.StartsWith("blob:", StringComparison.Ordinal));
        Assert.False(page.Activity.IsClean);
    }

    [Fact]
    public async Task A_console_error_and_an_uncaught_exception_are_recorded_with_their_text()
    {
        const string html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
            <script>console.error('drawn wrongly'); console.log('not an error');</script>
            <script>throw new Error('boom in the page');</script>
            </body></html>
            """;
        await using var page = await browser.Renderer.OpenHtmlAsync(html, cancel: TestContext.Current.CancellationToken);
        // Events arrive on their own; the page has run both scripts once it answers this.
        await page.EvaluateAsync<bool>("() => true");

        var errors = await WaitForAsync(() => page.Activity.ConsoleErrors, list => list.Count >= 2);
        Assert.Contains(errors, e => e.StartsWith("drawn wrongly", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Uncaught exception: ", StringComparison.Ordinal) && e.Contains("boom in the page", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("not an error", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> WaitForAsync(Func<IReadOnlyList<string>> read, Func<IReadOnlyList<string>, bool> done)
    {
        for (var i = 0; i < 100 && !done(read()); i++)
            await Task.Delay(20);
        return read();
    }
}
