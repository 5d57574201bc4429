using System.Globalization;
using Microsoft.Playwright;

namespace AnalysisHelpers.Export;

/// <summary>
/// Renders Plotly figures to SVG, PNG and PDF, and HTML pages to PDF or screenshots, in one headless
/// Chromium that stays open for a whole batch. plotly.js is loaded once into a dedicated page and each figure
/// goes through <c>Plotly.toImage</c> there. No page can reach the network: every request is aborted and
/// recorded in <see cref="Activity"/> together with console errors.
/// </summary>
public sealed class StaticChartRenderer : IAsyncDisposable
{
    /// <summary>Chromium switches: headless in containers running as root, no background traffic.</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    private const string BlankPage = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>";

    private const string ToImageScript = """
        async ({ figureJson, format, width, height, scale }) => {
          const figure = JSON.parse(figureJson);
          return await Plotly.toImage(
            { data: figure.data || [], layout: figure.layout || {}, config: figure.config || {} },
            { format, width, height, scale });
        }
        """;

    private const string PlaceSvgScript = """
        (svgText) => {
          const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
          const error = doc.querySelector('parsererror');
          if (error) throw new Error('Rendered SVG is not well-formed: ' + error.textContent);
          document.body.replaceChildren(document.importNode(doc.documentElement, true));
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly IPage _plotPage;
    private readonly IPage _pdfPage;
    private readonly SemaphoreSlim _plotGate = new(1, 1);
    private readonly SemaphoreSlim _pdfGate = new(1, 1);
    private readonly TimeSpan _timeout;
    private bool _disposed;

    private StaticChartRenderer(IPlaywright playwright, IBrowser browser, IBrowserContext context,
        IPage plotPage, IPage pdfPage, string executablePath, BrowserActivity activity, TimeSpan timeout)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _plotPage = plotPage;
        _pdfPage = pdfPage;
        ExecutablePath = executablePath;
        Activity = activity;
        _timeout = timeout;
    }

    /// <summary>The browser executable in use.</summary>
    public string ExecutablePath { get; }

    /// <summary>The browser's version string.</summary>
    public string BrowserVersion => _browser.Version;

    /// <summary>Blocked requests and console errors of every page this renderer opened.</summary>
    public BrowserActivity Activity { get; }

    /// <summary>Starts the browser found by <paramref name="location"/>; throws its message when none was found.</summary>
    public static Task<StaticChartRenderer> StartAsync(BrowserLocation location, TimeSpan? timeout = null, CancellationToken cancel = default) =>
        StartAsync(location.RequirePath(), timeout, cancel);

    /// <summary>
    /// Launches Chromium from <paramref name="executablePath"/> and loads plotly.js once.
    /// Throws <see cref="BrowserUnavailableException"/> naming the path when the browser cannot start.
    /// <paramref name="cancel"/> is checked between the start-up steps; a cancelled start closes what it opened.
    /// </summary>
    public static async Task<StaticChartRenderer> StartAsync(string executablePath, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        var limit = timeout ?? DefaultTimeout;
        if (!File.Exists(executablePath))
            throw new BrowserUnavailableException($"Browser executable not found: {executablePath}. {BrowserLocator.InstallHint}");

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception e)
        {
            throw new BrowserUnavailableException(
                $"Could not start the Playwright driver (needed to control {executablePath}): {e.Message}", e);
        }

        if (cancel.IsCancellationRequested)
        {
            playwright.Dispose();
            cancel.ThrowIfCancellationRequested();
        }

        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = LaunchArguments,
                Timeout = (float)limit.TotalMilliseconds,
            });
        }
        catch (Exception e)
        {
            playwright.Dispose();
            throw new BrowserUnavailableException($"Could not start the browser at {executablePath}: {e.Message}", e);
        }

        try
        {
            cancel.ThrowIfCancellationRequested();
            var activity = new BrowserActivity();
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
            // Catches anything a page route does not, such as requests from workers.
            await context.RouteAsync("**/*", async route =>
            {
                if (OfflinePage.IsLocal(route.Request.Url))
                {
                    await route.ContinueAsync();
                    return;
                }
                activity.RecordRequest(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            });

            var plotPage = await OfflinePage.OpenAsync(context, 1200, 900, new BrowserActivity(), activity);
            cancel.ThrowIfCancellationRequested();
            await plotPage.SetContentAsync(BlankPage);
            await plotPage.AddScriptTagAsync(new PageAddScriptTagOptions { Content = PlotlyJs.Source });
            var loaded = await plotPage.EvaluateAsync<string?>("() => typeof Plotly === 'object' ? Plotly.version : null");
            if (loaded is null)
                throw new ChartRenderException("plotly.js did not define the Plotly object after loading into the browser.");

            var pdfPage = await OfflinePage.OpenAsync(context, 1200, 900, new BrowserActivity(), activity);
            return new StaticChartRenderer(playwright, browser, context, plotPage, pdfPage, executablePath, activity, limit);
        }
        catch
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone; the start-up failure or cancellation is what the caller needs to see.
            }
            finally
            {
                playwright.Dispose();
            }
            throw;
        }
    }

    /// <summary>Renders a figure to SVG (UTF-8 bytes) at the given size in CSS pixels.</summary>
    public async Task<byte[]> RenderSvgAsync(string figureJson, int width, int height, CancellationToken cancel = default) =>
        DataUrl.Decode(await ToImageAsync(figureJson, "svg", width, height, 1, cancel));

    /// <summary>Renders a figure to PNG; the image is <paramref name="scale"/> times the given size.</summary>
    public async Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale = 2, CancellationToken cancel = default)
    {
        if (!(scale > 0 && scale <= 10))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "PNG scale must be in (0, 10].");
        return DataUrl.Decode(await ToImageAsync(figureJson, "png", width, height, scale, cancel));
    }

    /// <summary>Renders a figure to a one-page vector PDF exactly the figure's size.</summary>
    public async Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken cancel = default)
    {
        var svg = System.Text.Encoding.UTF8.GetString(await RenderSvgAsync(figureJson, width, height, cancel));
        var shell = string.Create(CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page {{ size: {width}px {height}px; margin: 0 }} " +
            $"html, body {{ margin: 0; padding: 0; overflow: hidden; background: #fff }} svg {{ display: block }}</style></head><body></body></html>");

        await _pdfGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            cancel.ThrowIfCancellationRequested();
            await _pdfPage.SetViewportSizeAsync(width, height);
            await _pdfPage.SetContentAsync(shell);
            await _pdfPage.EvaluateAsync(PlaceSvgScript, svg);
            return await _pdfPage.PdfAsync(new PagePdfOptions
            {
                Width = string.Create(CultureInfo.InvariantCulture, $"{width}px"),
                Height = string.Create(CultureInfo.InvariantCulture, $"{height}px"),
                PrintBackground = true,
                PageRanges = "1",
                Margin = new Margin { Top = "0", Right = "0", Bottom = "0", Left = "0" },
            });
        }
        catch (PlaywrightException e)
        {
            throw new ChartRenderException($"Could not print the {width}x{height} figure to PDF: {e.Message}", e);
        }
        finally
        {
            _pdfGate.Release();
        }
    }

    /// <summary>
    /// Prints a whole HTML page (such as the report) to PDF with backgrounds, after every plot on it has
    /// been drawn. Defaults to A4 with 15 mm margins. <paramref name="cancel"/> is checked before loading and
    /// before printing, the two slow steps.
    /// </summary>
    public async Task<byte[]> PrintHtmlToPdfAsync(string html, PdfPageOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var paper = options ?? PdfPageOptions.A4;
        await using var page = await OpenHtmlAsync(html, 1024, 800, cancel);
        cancel.ThrowIfCancellationRequested();
        return await page.Page.PdfAsync(new PagePdfOptions
        {
            Format = paper.Format,
            PrintBackground = true,
            Margin = new Margin { Top = paper.Margin, Right = paper.Margin, Bottom = paper.Margin, Left = paper.Margin },
        });
    }

    /// <summary>A full-page PNG of an HTML page at the given viewport width, after its plots are drawn.</summary>
    public async Task<byte[]> ScreenshotHtmlAsync(string html, int width)
    {
        await using var page = await OpenHtmlAsync(html, width, 800);
        return await page.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
    }

    /// <summary>
    /// Loads HTML into a new offline page and waits for its plots; the caller inspects and then disposes it.
    /// </summary>
    public async Task<RenderedHtmlPage> OpenHtmlAsync(string html, int width = 1024, int height = 800, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        RequireSize(width, height);
        ThrowIfDisposed();
        cancel.ThrowIfCancellationRequested();
        var pageLog = new BrowserActivity();
        var page = await OfflinePage.OpenAsync(_context, width, height, pageLog, Activity);
        try
        {
            await OfflinePage.LoadAndWaitForPlotsAsync(page, html, _timeout);
            return new RenderedHtmlPage(page, pageLog);
        }
        catch
        {
            await page.CloseAsync();
            throw;
        }
    }

    private async Task<string> ToImageAsync(string figureJson, string format, int width, int height, double scale, CancellationToken cancel)
    {
        FigureJson.Validate(figureJson);
        RequireSize(width, height);
        await _plotGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            cancel.ThrowIfCancellationRequested();
            return await _plotPage.EvaluateAsync<string>(ToImageScript, new { figureJson, format, width, height, scale });
        }
        catch (PlaywrightException e)
        {
            throw new ChartRenderException($"Plotly could not render the figure as {format} ({width}x{height}): {e.Message}", e);
        }
        finally
        {
            _plotGate.Release();
        }
    }

    private static void RequireSize(int width, int height)
    {
        if (width is < 1 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(width), width, "Width must be between 1 and 10000 CSS pixels.");
        if (height is < 1 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(height), height, "Height must be between 1 and 10000 CSS pixels.");
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Closes the browser and stops the Playwright driver, so no browser process outlives the batch.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            await _context.CloseAsync();
            await _browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser is already gone, e.g. Ctrl+C in a terminal signals it together with this process. Disposal
            // often runs while another exception unwinds, and must not replace it.
        }
        finally
        {
            _playwright.Dispose();
            _plotGate.Dispose();
            _pdfGate.Dispose();
        }
    }
}
