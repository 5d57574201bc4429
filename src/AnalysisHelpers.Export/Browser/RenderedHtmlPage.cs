using PuppeteerSharp;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// A page loaded by <see cref="StaticChartRenderer.OpenHtmlAsync"/> with every plot drawn, for inspecting
/// the result. Disposing closes the page.
/// </summary>
public sealed class RenderedHtmlPage : IAsyncDisposable
{
    internal RenderedHtmlPage(IPage page, BrowserActivity activity)
    {
        Page = page;
        Activity = activity;
    }

    /// <summary>The PuppeteerSharp page; network is blocked in it like in every renderer page.</summary>
    public IPage Page { get; }

    /// <summary>Requests and console errors of this page only.</summary>
    public BrowserActivity Activity { get; }

    /// <summary>Calls a JavaScript function (<c>"() => document.title"</c>) in the page with <paramref name="arg"/>, if
    /// given, as its argument, and returns its result (awaited when it is a promise).</summary>
    public Task<T> EvaluateAsync<T>(string function, object? arg = null) =>
        arg is null ? Page.EvaluateFunctionAsync<T>(function) : Page.EvaluateFunctionAsync<T>(function, arg);

    /// <summary>Closes the page; a browser that is gone or does not answer within half a second is left to the
    /// renderer's own closing.</summary>
    public async ValueTask DisposeAsync()
    {
        var close = Page.CloseAsync();
        try
        {
            await close.WaitAsync(TimeSpan.FromSeconds(0.5));
        }
        catch (Exception e) when (BrowserWatch.IsBrowserError(e))
        {
            BrowserWatch.Abandon(close);
        }
    }
}
