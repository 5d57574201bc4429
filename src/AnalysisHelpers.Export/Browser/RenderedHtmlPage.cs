using Microsoft.Playwright;

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

    /// <summary>The Playwright page; network is blocked in it like in every renderer page.</summary>
    public IPage Page { get; }

    /// <summary>Requests and console errors of this page only.</summary>
    public BrowserActivity Activity { get; }

    /// <summary>Evaluates a JavaScript expression or function in the page.</summary>
    public Task<T> EvaluateAsync<T>(string expression, object? arg = null) => Page.EvaluateAsync<T>(expression, arg);

    /// <summary>Closes the page; a browser that is gone or does not answer within half a second is left to the
    /// renderer's own closing.</summary>
    public async ValueTask DisposeAsync()
    {
        var close = Page.CloseAsync();
        try
        {
            await close.WaitAsync(TimeSpan.FromSeconds(0.5));
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException)
        {
            BrowserWatch.Abandon(close);
        }
    }
}
