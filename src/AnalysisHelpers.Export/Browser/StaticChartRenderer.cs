using System.Globalization;
using Microsoft.Playwright;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// Renders Plotly figures to SVG, PNG and PDF, and HTML pages to PDF or screenshots, in one headless
/// Chromium that stays open for a whole batch. plotly.js is loaded once into a dedicated page (from a private
/// temporary folder, so the 3.6 MB bundle is read by the browser from disk instead of crossing the automation
/// protocol) and each figure is drawn there. No page can reach the network: every request is aborted and
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

    private const string ToImageScript = """
        async ({ figureJson, format, width, height, scale }) => {
          const figure = JSON.parse(figureJson);
          return await Plotly.toImage(
            { data: figure.data || [], layout: figure.layout || {}, config: figure.config || {} },
            { format, width, height, scale });
        }
        """;

    /// <summary>
    /// Draws a figure once and serialises it for the requested formats, exactly as <c>Plotly.toImage</c> does for
    /// each format on its own (same layout and config overrides, redraw, delay and <c>Snapshot.toSVG</c>), but with
    /// one <c>newPlot</c> instead of one per format. For a PNG the SVG is serialised as toImage does for PNG (no
    /// scale on the root element); the SVG file differs from that text only in the root element's viewBox, which
    /// toImage adds for format "svg" at scale 1 (width and height keep their values). When the root element does
    /// not look as expected, the SVG falls back to its own <c>Plotly.toImage</c> call.
    /// </summary>
    private const string RenderScript = """
        async ({ figureJson, width, height, scale, svg, png }) => {
          const figure = JSON.parse(figureJson);
          const snapshot = Plotly.Snapshot;
          const gd = document.createElement('div');
          gd.style.position = 'absolute';
          gd.style.left = '-5000px';
          document.body.appendChild(gd);
          let text, w, h;
          try {
            const layout = Object.assign({}, figure.layout || {}, { width, height });
            const config = Object.assign({}, figure.config || {}, { _exportedPlot: true, staticPlot: true, setBackground: false });
            await Plotly.newPlot(gd, figure.data || [], layout, config);
            snapshot.getRedrawFunc(gd)();
            await new Promise(resolve => setTimeout(resolve, snapshot.getDelay(gd._fullLayout)));
            w = gd._fullLayout.width;
            h = gd._fullLayout.height;
            text = png ? snapshot.toSVG(gd, 'png', scale) : snapshot.toSVG(gd, 'svg', 1);
          } finally {
            Plotly.purge(gd);
            document.body.removeChild(gd);
          }
          let svgText = null;
          if (svg) {
            if (!png) {
              svgText = text;
            } else {
              const end = text.indexOf('>');
              const head = end > 0 ? text.slice(0, end) : '';
              if (head.startsWith('<svg ') && !head.endsWith('/') && !head.includes('viewBox=')
                  && head.includes(' width="' + w + '"') && head.includes(' height="' + h + '"')) {
                svgText = head + ' viewBox="0 0 ' + w + ' ' + h + '"' + text.slice(end);
              } else {
                const url = await Plotly.toImage(
                  { data: figure.data || [], layout: figure.layout || {}, config: figure.config || {} },
                  { format: 'svg', width, height, scale: 1 });
                svgText = decodeURIComponent(url.slice(url.indexOf(',') + 1));
              }
            }
          }
          let pngUrl = null;
          if (png) {
            const canvas = document.createElement('canvas');
            pngUrl = await snapshot.svgToImg({ format: 'png', width: w, height: h, scale, canvas, svg: text, promise: true });
          }
          return { svg: svgText, png: pngUrl };
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
    private readonly PlotlyPageFiles _files;
    private IPage? _pdfPage;
    private readonly SemaphoreSlim _plotGate = new(1, 1);
    private readonly SemaphoreSlim _pdfGate = new(1, 1);
    private readonly TimeSpan _timeout;
    private bool _disposed;

    private StaticChartRenderer(IPlaywright playwright, IBrowser browser, IBrowserContext context,
        IPage plotPage, PlotlyPageFiles files, string executablePath, BrowserActivity activity, TimeSpan timeout)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _plotPage = plotPage;
        _files = files;
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
            playwright = await CreatePlaywrightAsync(cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
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

        PlotlyPageFiles? files = null;
        try
        {
            cancel.ThrowIfCancellationRequested();
            files = PlotlyPageFiles.Create();
            var activity = new BrowserActivity();
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
            // Catches anything a page route does not, such as requests from workers.
            var allowed = files;
            await context.RouteAsync("**/*", async route =>
            {
                if (OfflinePage.IsLocal(route.Request.Url) || allowed.Contains(route.Request.Url))
                {
                    await route.ContinueAsync();
                    return;
                }
                activity.RecordRequest(route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            });

            var plotPage = await OfflinePage.OpenAsync(context, 1200, 900, new BrowserActivity(), activity, files.Contains);
            cancel.ThrowIfCancellationRequested();
            await plotPage.GotoAsync(files.PageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)limit.TotalMilliseconds });
            var loaded = await plotPage.EvaluateAsync<string?>("() => typeof Plotly === 'object' ? Plotly.version : null");
            if (loaded is null)
                throw new ChartRenderException("plotly.js did not define the Plotly object after loading into the browser.");

            return new StaticChartRenderer(playwright, browser, context, plotPage, files, executablePath, activity, limit);
        }
        catch
        {
            files?.Dispose();
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

    /// <summary>How long the Playwright driver may take to answer its first message before it is taken for dead.</summary>
    private static readonly TimeSpan DriverHandshakeLimit = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Starts the Playwright driver. Now and then (a few runs in a hundred on a loaded machine, seen when the start
    /// overlaps other work in the process) the driver process is gone before it answers, and
    /// <c>Playwright.CreateAsync</c> then waits forever: its transport does not watch the driver's exit. The handshake
    /// therefore gets a time limit and one more attempt; a driver that answers late is disposed.
    /// </summary>
    private static async Task<IPlaywright> CreatePlaywrightAsync(CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            var create = Playwright.CreateAsync();
            try
            {
                return await create.WaitAsync(DriverHandshakeLimit, cancel);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                _ = create.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                if (e is OperationCanceledException || attempt == 2)
                    throw;
            }
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
    public async Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken cancel = default) =>
        await PrintSvgAsync(System.Text.Encoding.UTF8.GetString(await RenderSvgAsync(figureJson, width, height, cancel)), width, height, cancel);

    /// <summary>
    /// Renders a figure once and returns it in each requested static format (<see cref="ChartFormats.Svg"/>,
    /// <see cref="ChartFormats.Png"/>, <see cref="ChartFormats.Pdf"/>; other flags are ignored): the same bytes as
    /// <see cref="RenderSvgAsync"/>, <see cref="RenderPngAsync"/> and <see cref="RenderPdfAsync"/> give, for one
    /// Plotly drawing instead of one per format. Formats not requested are null.
    /// </summary>
    public Task<RenderedChart> RenderAsync(string figureJson, int width, int height, ChartFormats formats, double pngScale = 2,
        CancellationToken cancel = default)
    {
        FigureJson.Validate(figureJson);
        return RenderValidatedAsync(figureJson, width, height, formats, pngScale, cancel);
    }

    /// <summary><see cref="RenderAsync"/> for figure JSON the caller has already validated.</summary>
    internal async Task<RenderedChart> RenderValidatedAsync(string figureJson, int width, int height, ChartFormats formats, double pngScale,
        CancellationToken cancel)
    {
        RequireSize(width, height);
        if (!(pngScale > 0 && pngScale <= 10))
            throw new ArgumentOutOfRangeException(nameof(pngScale), pngScale, "PNG scale must be in (0, 10].");
        bool wantSvg = (formats & (ChartFormats.Svg | ChartFormats.Pdf)) != 0, wantPng = formats.HasFlag(ChartFormats.Png);
        if (!wantSvg && !wantPng)
            throw new ArgumentException($"Formats must include SVG, PNG or PDF; got {formats}.", nameof(formats));

        string? svgText, pngUrl;
        await _plotGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            cancel.ThrowIfCancellationRequested();
            var result = await _plotPage.EvaluateAsync<System.Text.Json.JsonElement>(RenderScript,
                new { figureJson, width, height, scale = wantPng ? pngScale : 1, svg = wantSvg, png = wantPng });
            svgText = result.GetProperty("svg").GetString();
            pngUrl = result.GetProperty("png").GetString();
        }
        catch (PlaywrightException e)
        {
            var names = string.Join(" and ", new[] { wantSvg ? "svg" : null, wantPng ? "png" : null }.Where(n => n is not null));
            throw new ChartRenderException($"Plotly could not render the figure as {names} ({width}x{height}): {e.Message}", e);
        }
        finally
        {
            _plotGate.Release();
        }

        byte[]? svgBytes = wantSvg ? System.Text.Encoding.UTF8.GetBytes(svgText ?? throw new ChartRenderException("Plotly returned no SVG.")) : null;
        byte[]? pngBytes = wantPng ? DataUrl.Decode(pngUrl ?? throw new ChartRenderException("Plotly returned no PNG.")) : null;
        byte[]? pdfBytes = formats.HasFlag(ChartFormats.Pdf) ? await PrintSvgAsync(svgText!, width, height, cancel) : null;
        return new RenderedChart(formats.HasFlag(ChartFormats.Svg) ? svgBytes : null, pngBytes, pdfBytes);
    }

    /// <summary>Prints an SVG document to a one-page PDF exactly <paramref name="width"/> by <paramref name="height"/>.</summary>
    private async Task<byte[]> PrintSvgAsync(string svg, int width, int height, CancellationToken cancel)
    {
        var shell = string.Create(CultureInfo.InvariantCulture,
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page {{ size: {width}px {height}px; margin: 0 }} " +
            $"html, body {{ margin: 0; padding: 0; overflow: hidden; background: #fff }} svg {{ display: block }}</style></head><body></body></html>");

        await _pdfGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            cancel.ThrowIfCancellationRequested();
            // Opened on first use: a batch without PDFs never pays for it.
            var pdfPage = _pdfPage ??= await OfflinePage.OpenAsync(_context, 1200, 900, new BrowserActivity(), Activity);
            await pdfPage.SetViewportSizeAsync(width, height);
            await pdfPage.SetContentAsync(shell);
            await pdfPage.EvaluateAsync(PlaceSvgScript, svg);
            return await pdfPage.PdfAsync(new PagePdfOptions
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
    /// been drawn. Defaults to A4 with 15 mm margins; <see cref="PdfPageOptions.PageCss"/> follows the page's @page rules. <paramref name="cancel"/> is checked before loading and
    /// before printing, the two slow steps.
    /// </summary>
    public async Task<byte[]> PrintHtmlToPdfAsync(string html, PdfPageOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var paper = options ?? PdfPageOptions.A4;
        await using var page = await OpenHtmlAsync(html, 1024, 800, cancel);
        cancel.ThrowIfCancellationRequested();
        return await page.Page.PdfAsync(paper.UsePageCss
            ? new PagePdfOptions
            {
                Format = paper.Format,
                PrintBackground = true,
                PreferCSSPageSize = true,
                Outline = true,
                Tagged = true,
            }
            : new PagePdfOptions
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
            _files.Dispose();
            _plotGate.Dispose();
            _pdfGate.Dispose();
        }
    }
}
