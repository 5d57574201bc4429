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

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
