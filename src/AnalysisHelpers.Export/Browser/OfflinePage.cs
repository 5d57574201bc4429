using System.Text.Json;
using AnalysisHelpers.Web;
using PuppeteerSharp;

namespace AnalysisHelpers.Export.Browser;

/// <summary>Opens pages that cannot reach the network and waits for their plots.</summary>
internal static class OfflinePage
{
    /// <summary>
    /// A new page in <paramref name="context"/> where every request other than data:, about: and blob: (and the URLs
    /// <paramref name="alsoAllowed"/> accepts) is aborted, and requests and console errors are recorded in both logs.
    /// Request interception covers the page's frames and its dedicated workers.
    /// </summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, int width, int height, BrowserActivity pageLog, BrowserActivity rendererLog,
        Func<string, bool>? alsoAllowed = null) =>
        await PrepareAsync(await context.NewPageAsync(), width, height, pageLog, rendererLog, alsoAllowed);

    /// <summary>Makes <paramref name="page"/>, still blank, an offline page as <see cref="OpenAsync"/> does.</summary>
    public static async Task<IPage> PrepareAsync(IPage page, int width, int height, BrowserActivity pageLog, BrowserActivity rendererLog,
        Func<string, bool>? alsoAllowed = null)
    {
        try
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                var url = e.Request.Url;
                var allowed = IsLocal(url) || (alsoAllowed is not null && alsoAllowed(url));
                if (!allowed)
                {
                    pageLog.RecordRequest(url);
                    rendererLog.RecordRequest(url);
                }
                try
                {
                    if (allowed)
                        await e.Request.ContinueAsync();
                    else
                        await e.Request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
                }
                catch (Exception error) when (BrowserWatch.IsBrowserError(error))
                {
                    // The page or the browser went away while the request waited; the call that loaded it fails on its own.
                }
            };
            // Interception does not see WebSockets; the network is unreachable anyway, but the attempt is still a failure.
            page.Client.MessageReceived += (_, e) =>
            {
                if (e.MessageID != "Network.webSocketCreated") return;
                var url = e.MessageData.TryGetProperty("url", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString() ?? "" : "";
                pageLog.RecordRequest(url);
                rendererLog.RecordRequest(url);
            };
            page.Console += (_, e) =>
            {
                if (e.Message.Type != ConsoleType.Error)
                    return;
                var where = e.Message.Location is { URL: { Length: > 0 } url } location
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{url}:{location.LineNumber}:{location.ColumnNumber}")
                    : null;
                var text = where is null ? e.Message.Text : $"{e.Message.Text} (at {where})";
                pageLog.RecordConsoleError(text);
                rendererLog.RecordConsoleError(text);
            };
            page.PageError += (_, e) =>
            {
                var text = $"Uncaught exception: {e.Message}";
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
        var ms = (int)timeout.TotalMilliseconds;
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = ms });
        var pendingSelector = $"[{PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Pending}\"]";
        try
        {
            await page.WaitForFunctionAsync($"() => document.querySelector('{pendingSelector}') === null",
                new WaitForFunctionOptions { Timeout = ms });
        }
        catch (WaitTaskTimeoutException e)
        {
            var pending = await page.EvaluateFunctionAsync<string[]>(
                $"() => Array.from(document.querySelectorAll('{pendingSelector}')).map(e => e.id)");
            throw new ChartRenderException(
                $"Plots still not drawn after {timeout.TotalSeconds:0.#} s: {string.Join(", ", pending)}.", e);
        }

        var failed = await page.EvaluateFunctionAsync<string[]>(
            $"() => Array.from(document.querySelectorAll('[{PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Failed}\"]'))" +
            $".map(e => e.id + ': ' + e.getAttribute('{PlotlyEmbed.ErrorAttribute}'))");
        if (failed.Length > 0)
            throw new ChartRenderException($"Plotly could not draw {failed.Length} plot(s): {string.Join("; ", failed)}");

        await page.EvaluateFunctionAsync("() => document.fonts.ready.then(() => true)");
    }
}
