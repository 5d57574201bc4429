using AnalysisHelpers.Web;
using Microsoft.Playwright;

namespace AnalysisHelpers.Export.Browser;

/// <summary>Opens pages that cannot reach the network and waits for their plots.</summary>
internal static class OfflinePage
{
    /// <summary>
    /// A new page in <paramref name="context"/> where every request other than data:, about: and blob: (and the URLs
    /// <paramref name="alsoAllowed"/> accepts) is aborted, and requests and console errors are recorded in both logs.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, int width, int height, BrowserActivity pageLog, BrowserActivity rendererLog,
        Func<string, bool>? alsoAllowed = null)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, height);
            await page.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                if (IsLocal(url) || (alsoAllowed is not null && alsoAllowed(url)))
                {
                    await route.ContinueAsync();
                    return;
                }
                pageLog.RecordRequest(url);
                rendererLog.RecordRequest(url);
                await route.AbortAsync("blockedbyclient");
            });
            page.WebSocket += (_, socket) =>
            {
                // Routes do not see WebSockets; the network is unreachable anyway, but the attempt is still a failure.
                pageLog.RecordRequest(socket.Url);
                rendererLog.RecordRequest(socket.Url);
            };
            page.Console += (_, message) =>
            {
                if (message.Type != "error")
                    return;
                var text = string.IsNullOrEmpty(message.Location) ? message.Text : $"{message.Text} (at {message.Location})";
                pageLog.RecordConsoleError(text);
                rendererLog.RecordConsoleError(text);
            };
            page.PageError += (_, error) =>
            {
                var text = $"Uncaught exception: {error}";
                pageLog.RecordConsoleError(text);
                rendererLog.RecordConsoleError(text);
            };
            return page;
        }
        catch
        {
            await page.CloseAsync();
            throw;
        }
    }

    internal static bool IsLocal(string url) =>
        url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("about:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("blob:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Loads HTML and waits until no plot div is pending (see <see cref="PlotlyEmbed"/>) and fonts are ready.
    /// Throws <see cref="ChartRenderException"/> naming each plot that failed.
    /// </summary>
    public static async Task LoadAndWaitForPlotsAsync(IPage page, string html, TimeSpan timeout)
    {
        var ms = (float)timeout.TotalMilliseconds;
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = ms });
        var pendingSelector = $"[{PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Pending}\"]";
        try
        {
            await page.WaitForFunctionAsync($"() => document.querySelector('{pendingSelector}') === null",
                null, new PageWaitForFunctionOptions { Timeout = ms });
        }
        catch (TimeoutException e)
        {
            var pending = await page.EvaluateAsync<string[]>(
                $"() => Array.from(document.querySelectorAll('{pendingSelector}')).map(e => e.id)");
            throw new ChartRenderException(
                $"Plots still not drawn after {timeout.TotalSeconds:0.#} s: {string.Join(", ", pending)}.", e);
        }

        var failed = await page.EvaluateAsync<string[]>(
            $"() => Array.from(document.querySelectorAll('[{PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Failed}\"]'))" +
            $".map(e => e.id + ': ' + e.getAttribute('{PlotlyEmbed.ErrorAttribute}'))");
        if (failed.Length > 0)
            throw new ChartRenderException($"Plotly could not draw {failed.Length} plot(s): {string.Join("; ", failed)}");

        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }
}
