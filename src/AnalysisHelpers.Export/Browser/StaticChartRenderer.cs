using System.Globalization;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using PuppeteerSharp.Transport;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// Renders Plotly figures to SVG, PNG and PDF, and HTML pages to PDF or screenshots, in one headless
/// Chromium that stays open for a whole batch, driven over the DevTools protocol by PuppeteerSharp through the
/// browser's pipe (<see cref="ChromiumProcess"/>): no driver process in between, and no browser outlives this
/// process. plotly.js is loaded once into a dedicated page (from a private temporary folder, so the 3.6 MB bundle is
/// read by the browser from disk instead of crossing the automation protocol) and each figure is drawn there. No page can reach the network: every request is aborted and
/// recorded in <see cref="Activity"/> together with console errors.
/// </summary>
public sealed class StaticChartRenderer : IAsyncDisposable
{
    /// <summary>Chromium switches: headless in containers running as root, no background traffic, sRGB colours, no
    /// scroll bars in screenshots, and no throttling of pages nobody looks at (every page here is in the background).</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--mute-audio",
        "--force-color-profile=srgb",
        "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows",
        "--disable-renderer-backgrounding",
        "--disable-extensions",
        "--disable-breakpad",
        "--no-default-browser-check",
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

    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly IPage _plotPage;
    private readonly PlotlyPageFiles _files;
    private readonly BrowserWatch _watch;
    private readonly ChromiumProcess _process;
    private IPage? _pdfPage;
    private readonly SemaphoreSlim _plotGate = new(1, 1);
    private readonly SemaphoreSlim _pdfGate = new(1, 1);
    private readonly TimeSpan _timeout;
    private bool _disposed;

    /// <summary>How long closing the browser may take before it is killed with its child processes: an interrupted
    /// command must end within two seconds, and a browser that is gone or hangs never answers a close.</summary>
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(0.5);

    private StaticChartRenderer(IBrowser browser, string version, IBrowserContext context, IPage plotPage,
        PlotlyPageFiles files, BrowserWatch watch, ChromiumProcess process, BrowserActivity activity, TimeSpan timeout)
    {
        _browser = browser;
        BrowserVersion = version;
        _context = context;
        _plotPage = plotPage;
        _files = files;
        _watch = watch;
        _process = process;
        Activity = activity;
        _timeout = timeout;
    }

    /// <summary>The browser executable in use.</summary>
    public string ExecutablePath => _watch.ExecutablePath;

    /// <summary>The browser's version number, e.g. "156.0.8078.114".</summary>
    public string BrowserVersion { get; }

    /// <summary>Blocked requests and console errors of every page this renderer opened.</summary>
    public BrowserActivity Activity { get; }

    /// <summary>The browser's process id (for tests that kill it).</summary>
    internal int? BrowserProcessId => _process.Id;

    /// <summary>The page figures are drawn in (for tests that crash its renderer).</summary>
    internal IPage PlotPage => _plotPage;

    /// <summary>
    /// Kills every browser this process started and has not closed, with its child processes: the last step of a
    /// process that must end now and cannot wait for <see cref="DisposeAsync"/>.
    /// </summary>
    public static void KillRunningBrowsers() => ChromiumProcess.KillAll();

    /// <summary>Starts the browser found by <paramref name="location"/>; throws its message when none was found.</summary>
    public static Task<StaticChartRenderer> StartAsync(BrowserLocation location, TimeSpan? timeout = null, CancellationToken cancel = default) =>
        StartAsync(location.RequirePath(), timeout, cancel);

    /// <summary>
    /// Launches Chromium from <paramref name="executablePath"/> and loads plotly.js once. Every step is bounded by
    /// <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>); <paramref name="timeout"/> is also the limit
    /// of each later call on the browser.
    /// Throws <see cref="BrowserUnavailableException"/> with a one-line message naming the path when the browser cannot
    /// start. <paramref name="cancel"/> ends the start at once; a cancelled start closes what it opened.
    /// </summary>
    public static async Task<StaticChartRenderer> StartAsync(string executablePath, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        var limit = timeout ?? DefaultTimeout;
        if (!File.Exists(executablePath))
            throw new BrowserUnavailableException($"Browser executable not found: {executablePath}. {BrowserLocator.InstallHint}");

        cancel.ThrowIfCancellationRequested();
        var watch = new BrowserWatch(executablePath, limit);
        var process = ChromiumProcess.Start(executablePath, LaunchArguments);
        IBrowser? browser = null;
        PlotlyPageFiles? files = null;
        try
        {
            browser = await ConnectAsync(process, executablePath, limit, cancel);
            watch.Watch(browser, process);
            var connected = browser;
            var product = await watch.RunAsync(() => connected.GetVersionAsync(), "asking for its version", cancel);
            files = PlotlyPageFiles.Create();
            var activity = new BrowserActivity();
            var allowed = files;
            var defaultContext = connected.DefaultContext;
            // The tab the browser opened at start becomes the plot page: creating a page while the connection still
            // attaches to that first tab was seen to leave PuppeteerSharp waiting for the new one until its 30 s limit
            // (once in about fifty runs).
            var plotPage = await watch.RunAsync(async () =>
            {
                var first = (await defaultContext.PagesAsync()).FirstOrDefault();
                return await OfflinePage.PrepareAsync(first ?? await defaultContext.NewPageAsync(), 1200, 900, new BrowserActivity(), activity,
                    allowed.Contains);
            }, "opening its first page", cancel);
            watch.Watch(plotPage);
            await watch.RunAsync(() => plotPage.GoToAsync(files.PageUrl, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = (int)limit.TotalMilliseconds }),
                "loading plotly.js", cancel);
            var loaded = await watch.RunAsync(() => plotPage.EvaluateFunctionAsync<string?>("() => typeof Plotly === 'object' ? Plotly.version : null"),
                "loading plotly.js", cancel);
            if (loaded is null)
                throw new ChartRenderException("plotly.js did not define the Plotly object after loading into the browser.");

            // "HeadlessChrome/156.0.8078.114": the number after the product name.
            var version = product[(product.IndexOf('/') + 1)..];
            return new StaticChartRenderer(browser, version, defaultContext, plotPage, files, watch, process, activity, limit);
        }
        catch (Exception e)
        {
            files?.Dispose();
            await CloseBrowserAsync(browser, process);
            if (e is ChartRenderException)
                throw new BrowserUnavailableException($"The browser at {executablePath} started but could not be used: {e.Message}", e);
            throw;
        }
    }

    /// <summary>
    /// Connects PuppeteerSharp to the browser's pipe. The first answer bounds the start: a program that is no browser
    /// exits (its exit code or signal says how) or never answers (the time limit says so).
    /// </summary>
    private static async Task<IBrowser> ConnectAsync(ChromiumProcess process, string executablePath, TimeSpan limit, CancellationToken cancel)
    {
        var transport = new PipeTransport(process.CommandPipe, process.AnswerPipe);
        transport.Start();
        var connect = Puppeteer.ConnectAsync(new ConnectOptions
        {
            // The transport is the pipe; the endpoint only has to be present.
            BrowserWSEndpoint = "ws://127.0.0.1/devtools-pipe",
            TransportFactory = (_, _, _) => Task.FromResult<IConnectionTransport>(transport),
            // Every call is bounded by BrowserWatch; this only ends calls nobody waits for any more.
            ProtocolTimeout = (int)Math.Min(int.MaxValue, (limit * 4).TotalMilliseconds),
        });
        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var timer = Task.Delay(limit, stopTimer.Token);
        var first = await Task.WhenAny(connect, process.Exited, timer);
        await stopTimer.CancelAsync();
        if (first == connect && connect.IsCompletedSuccessfully)
            return connect.Result;

        // A connection that still completes later must not keep the browser.
        _ = connect.ContinueWith(t => t.Result.Disconnect(), CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        BrowserWatch.Abandon(connect);
        if (first == connect)
        {
            // The pipe closes as the process ends, a moment before its exit is reported.
            if (await process.WaitForExitAsync(TimeSpan.FromSeconds(2)))
                throw new BrowserUnavailableException(process.HowItEnded(executablePath));
            throw new BrowserUnavailableException(
                $"Could not start the browser at {executablePath}: {BrowserWatch.FirstLine(connect.Exception!.GetBaseException().Message).TrimEnd('.')}. Is it Chromium, Chrome or Edge?",
                connect.Exception.GetBaseException());
        }
        if (first == process.Exited)
            throw new BrowserUnavailableException(process.HowItEnded(executablePath));
        cancel.ThrowIfCancellationRequested();
        throw new BrowserUnavailableException(string.Create(CultureInfo.InvariantCulture,
            $"Could not start the browser at {executablePath}: it did not answer within {limit.TotalSeconds:0.#} s. Is it Chromium, Chrome or Edge?"));
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
        var names = string.Join(" and ", new[] { wantSvg ? "svg" : null, wantPng ? "png" : null }.Where(n => n is not null));
        await _plotGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            var result = await _watch.RunAsync(() => _plotPage.EvaluateFunctionAsync<System.Text.Json.JsonElement>(RenderScript,
                new { figureJson, width, height, scale = wantPng ? pngScale : 1, svg = wantSvg, png = wantPng }),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"drawing the figure as {names} ({width}x{height})"), cancel);
            svgText = result.GetProperty("svg").GetString();
            pngUrl = result.GetProperty("png").GetString();
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
            var what = string.Create(CultureInfo.InvariantCulture, $"printing the {width}x{height} figure to PDF");
            // Opened on first use: a batch without PDFs never pays for it.
            if (_pdfPage is null)
            {
                _pdfPage = await _watch.RunAsync(() => OfflinePage.OpenAsync(_context, 1200, 900, new BrowserActivity(), Activity), what, cancel);
                _watch.Watch(_pdfPage);
            }
            var pdfPage = _pdfPage;
            return await _watch.RunAsync(async () =>
            {
                await pdfPage.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
                await pdfPage.SetContentAsync(shell);
                await pdfPage.EvaluateFunctionAsync(PlaceSvgScript, svg);
                return await pdfPage.PdfDataAsync(new PdfOptions
                {
                    Width = string.Create(CultureInfo.InvariantCulture, $"{width}px"),
                    Height = string.Create(CultureInfo.InvariantCulture, $"{height}px"),
                    PrintBackground = true,
                    PageRanges = "1",
                    MarginOptions = new MarginOptions { Top = "0", Right = "0", Bottom = "0", Left = "0" },
                    Tagged = false,
                });
            }, what, cancel);
        }
        finally
        {
            _pdfGate.Release();
        }
    }

    /// <summary>
    /// Prints a whole HTML page (such as the report) to PDF with backgrounds, after every plot on it has
    /// been drawn. Defaults to A4 with 15 mm margins; <see cref="PdfPageOptions.PageCss"/> follows the page's @page rules.
    /// Loading and printing are each bounded; <paramref name="cancel"/> ends either at once.
    /// </summary>
    public async Task<byte[]> PrintHtmlToPdfAsync(string html, PdfPageOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var paper = options ?? PdfPageOptions.A4;
        await using var page = await OpenHtmlAsync(html, 1024, 800, cancel);
        var format = PaperFormatNamed(paper.Format);
        return await _watch.RunAsync(() => page.Page.PdfDataAsync(paper.UsePageCss
            ? new PdfOptions
            {
                Format = format,
                PrintBackground = true,
                PreferCSSPageSize = true,
                Outline = true,
                Tagged = true,
            }
            : new PdfOptions
            {
                Format = format,
                PrintBackground = true,
                MarginOptions = new MarginOptions { Top = paper.Margin, Right = paper.Margin, Bottom = paper.Margin, Left = paper.Margin },
                Tagged = false,
            }), "printing the page to PDF", cancel, PageLimit);
    }

    /// <summary>The paper format of a name Chromium knows ("A4", "letter"); throws naming the known ones.</summary>
    private static PaperFormat PaperFormatNamed(string name) => name.ToUpperInvariant() switch
    {
        "A0" => PaperFormat.A0,
        "A1" => PaperFormat.A1,
        "A2" => PaperFormat.A2,
        "A3" => PaperFormat.A3,
        "A4" => PaperFormat.A4,
        "A5" => PaperFormat.A5,
        "A6" => PaperFormat.A6,
        "LETTER" => PaperFormat.Letter,
        "LEGAL" => PaperFormat.Legal,
        "TABLOID" => PaperFormat.Tabloid,
        "LEDGER" => PaperFormat.Ledger,
        _ => throw new ArgumentException($"Unknown paper format \"{name}\"; known: A0 to A6, Letter, Legal, Tabloid, Ledger.", nameof(name)),
    };

    /// <summary>A full-page PNG of an HTML page at the given viewport width, after its plots are drawn.</summary>
    public async Task<byte[]> ScreenshotHtmlAsync(string html, int width)
    {
        await using var page = await OpenHtmlAsync(html, width, 800);
        return await _watch.RunAsync(() => page.Page.ScreenshotDataAsync(new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png }),
            "taking a screenshot of the page", CancellationToken.None, PageLimit);
    }

    /// <summary>A whole page (loading, then waiting for each of its plots, each step within the time limit) may take
    /// a few limits.</summary>
    private TimeSpan PageLimit => _timeout * 3;

    /// <summary>
    /// Loads HTML into a new offline page and waits for its plots; the caller inspects and then disposes it.
    /// </summary>
    public async Task<RenderedHtmlPage> OpenHtmlAsync(string html, int width = 1024, int height = 800, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        RequireSize(width, height);
        ThrowIfDisposed();
        var pageLog = new BrowserActivity();
        var page = await _watch.RunAsync(() => OfflinePage.OpenAsync(_context, width, height, pageLog, Activity), "opening a page", cancel);
        _watch.Watch(page);
        var opened = new RenderedHtmlPage(page, pageLog);
        try
        {
            await _watch.RunAsync(() => OfflinePage.LoadAndWaitForPlotsAsync(page, html, _timeout), "loading a page and drawing its plots",
                cancel, PageLimit);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
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
            return await _watch.RunAsync(() => _plotPage.EvaluateFunctionAsync<string>(ToImageScript, new { figureJson, format, width, height, scale }),
                string.Create(CultureInfo.InvariantCulture, $"drawing the figure as {format} ({width}x{height})"), cancel);
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

    /// <summary>
    /// Closes the browser, so no browser process outlives the batch. Bounded: a browser that does not close within half
    /// a second (it hangs, or is gone) is killed with its child processes.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            await CloseBrowserAsync(_browser, _process);
        }
        finally
        {
            _files.Dispose();
        }
    }

    /// <summary>Asks the browser to close and waits for its process within <see cref="CloseLimit"/>, else kills it.
    /// Never throws: closing often runs while another exception unwinds (e.g. Ctrl+C in a terminal signals the browser
    /// together with this process), and must not replace it.</summary>
    private static async Task CloseBrowserAsync(IBrowser? browser, ChromiumProcess process)
    {
        if (browser is not null && !process.Exited.IsCompleted)
        {
            var close = CloseCoreAsync();
            try
            {
                await close.WaitAsync(CloseLimit);
                // Browser.close is answered before the process has ended.
                await process.WaitForExitAsync(CloseLimit);
            }
            catch (Exception e) when (BrowserWatch.IsBrowserError(e))
            {
                BrowserWatch.Abandon(close);
            }
        }
        process.Dispose();

        // The default context closes with the browser (it cannot be closed on its own).
        Task CloseCoreAsync() => browser.CloseAsync();
    }
}
