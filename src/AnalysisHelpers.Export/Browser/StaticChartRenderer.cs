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
    private readonly BrowserWatch _watch;
    private readonly BrowserProcess? _process;
    private IPage? _pdfPage;
    private readonly SemaphoreSlim _plotGate = new(1, 1);
    private readonly SemaphoreSlim _pdfGate = new(1, 1);
    private readonly TimeSpan _timeout;
    private bool _disposed;

    /// <summary>How long closing the browser may take before it is killed with its child processes: an interrupted
    /// command must end within two seconds, and a browser that is gone or hangs never answers a close.</summary>
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(0.5);

    /// <summary>How long stopping the Playwright driver may take. Its <c>Dispose</c> waits, without a limit, for the
    /// driver process to exit; past this limit it is left to finish on its own thread.</summary>
    private static readonly TimeSpan DriverStopLimit = TimeSpan.FromSeconds(0.5);

    private StaticChartRenderer(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage plotPage,
        PlotlyPageFiles files, BrowserWatch watch, BrowserProcess? process, BrowserActivity activity, TimeSpan timeout)
    {
        _playwright = playwright;
        _browser = browser;
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

    /// <summary>The browser's version string.</summary>
    public string BrowserVersion => _browser.Version;

    /// <summary>Blocked requests and console errors of every page this renderer opened.</summary>
    public BrowserActivity Activity { get; }

    /// <summary>The browser's process id, when it told it (for tests that kill it).</summary>
    internal int? BrowserProcessId => _process?.Id;

    /// <summary>The page figures are drawn in (for tests that crash its renderer).</summary>
    internal IPage PlotPage => _plotPage;

    /// <summary>
    /// Kills every browser this process started and has not closed, with its child processes: the last step of a
    /// process that must end now and cannot wait for <see cref="DisposeAsync"/>.
    /// </summary>
    public static void KillRunningBrowsers() => BrowserProcess.KillAll();

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

        IPlaywright playwright;
        try
        {
            playwright = await CreatePlaywrightAsync(cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BrowserUnavailableException(
                $"Could not start the Playwright driver (needed to control {executablePath}): {BrowserWatch.FirstLine(e.Message)}", e);
        }

        if (cancel.IsCancellationRequested)
        {
            await StopDriverAsync(playwright);
            cancel.ThrowIfCancellationRequested();
        }

        var watch = new BrowserWatch(executablePath, limit);
        IBrowser browser;
        var launch = playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = LaunchArguments,
            Timeout = (float)limit.TotalMilliseconds,
        });
        try
        {
            // Playwright's own launch timeout holds while its driver runs; this one also holds when the driver is gone.
            browser = await launch.WaitAsync(limit + TimeSpan.FromSeconds(5), cancel);
        }
        catch (Exception e)
        {
            // A launch that still completes later must not leave its browser running.
            _ = launch.ContinueWith(t => t.Result.CloseAsync(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            BrowserWatch.Abandon(launch);
            await StopDriverAsync(playwright);
            if (e is OperationCanceledException && cancel.IsCancellationRequested)
                throw;
            throw new BrowserUnavailableException(LaunchFailure(executablePath, e, limit), e);
        }

        watch.Watch(browser);
        BrowserProcess? process = null;
        PlotlyPageFiles? files = null;
        IBrowserContext? context = null;
        try
        {
            process = await BrowserProcess.FindAsync(browser, watch, cancel);
            files = PlotlyPageFiles.Create();
            var activity = new BrowserActivity();
            var allowed = files;
            var opened = await watch.RunAsync(async () =>
            {
                var created = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
                // Catches anything a page route does not, such as requests from workers.
                await created.RouteAsync("**/*", async route =>
                {
                    if (OfflinePage.IsLocal(route.Request.Url) || allowed.Contains(route.Request.Url))
                    {
                        await route.ContinueAsync();
                        return;
                    }
                    activity.RecordRequest(route.Request.Url);
                    await route.AbortAsync("blockedbyclient");
                });
                var page = await OfflinePage.OpenAsync(created, 1200, 900, new BrowserActivity(), activity, allowed.Contains);
                return (context: created, page);
            }, "opening its first page", cancel);
            context = opened.context;
            var plotPage = opened.page;
            watch.Watch(plotPage);
            await watch.RunAsync(() => plotPage.GotoAsync(files.PageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)limit.TotalMilliseconds }),
                "loading plotly.js", cancel);
            var loaded = await watch.RunAsync(() => plotPage.EvaluateAsync<string?>("() => typeof Plotly === 'object' ? Plotly.version : null"),
                "loading plotly.js", cancel);
            if (loaded is null)
                throw new ChartRenderException("plotly.js did not define the Plotly object after loading into the browser.");

            return new StaticChartRenderer(playwright, browser, context, plotPage, files, watch, process, activity, limit);
        }
        catch (Exception e)
        {
            files?.Dispose();
            await CloseBrowserAsync(browser, context, process);
            await StopDriverAsync(playwright);
            if (e is ChartRenderException)
                throw new BrowserUnavailableException($"The browser at {executablePath} started but could not be used: {e.Message}", e);
            throw;
        }
    }

    /// <summary>Why a launch failed, in one line: Playwright's message carries the browser's log on further lines,
    /// whose "process did exit" line says how a program that is not a browser ended.</summary>
    private static string LaunchFailure(string executablePath, Exception e, TimeSpan limit)
    {
        if (e is System.TimeoutException && e.Message.StartsWith("The operation has timed out", StringComparison.Ordinal))
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Could not start the browser at {executablePath}: it did not answer within {limit.TotalSeconds:0.#} s. Is it Chromium, Chrome or Edge?");
        var exit = System.Text.RegularExpressions.Regex.Match(e.Message, @"process did exit: exitCode=(\w+), signal=(\w+)");
        var why = e.Message.Contains("EACCES", StringComparison.Ordinal) ? "it is not an executable program (permission denied)"
            : !exit.Success ? BrowserWatch.FirstLine(e.Message).TrimEnd('.')
            : exit.Groups[2].Value != "null" ? $"it was ended by {exit.Groups[2].Value} as it started"
            : $"it exited with code {exit.Groups[1].Value} as it started";
        return $"Could not start the browser at {executablePath}: {why}. Is it Chromium, Chrome or Edge?";
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
            // The driver process is started inside this call; it and the browser it launches run at a lower priority.
            var create = LowPriority.Start(Playwright.CreateAsync);
            try
            {
                return await create.WaitAsync(DriverHandshakeLimit, cancel);
            }
            catch (Exception e) when (e is System.TimeoutException or OperationCanceledException)
            {
                _ = create.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                BrowserWatch.Abandon(create);
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
        var names = string.Join(" and ", new[] { wantSvg ? "svg" : null, wantPng ? "png" : null }.Where(n => n is not null));
        await _plotGate.WaitAsync(cancel);
        try
        {
            ThrowIfDisposed();
            var result = await _watch.RunAsync(() => _plotPage.EvaluateAsync<System.Text.Json.JsonElement>(RenderScript,
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
        return await _watch.RunAsync(() => page.Page.PdfAsync(paper.UsePageCss
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
            }), "printing the page to PDF", cancel, PageLimit);
    }

    /// <summary>A full-page PNG of an HTML page at the given viewport width, after its plots are drawn.</summary>
    public async Task<byte[]> ScreenshotHtmlAsync(string html, int width)
    {
        await using var page = await OpenHtmlAsync(html, width, 800);
        return await _watch.RunAsync(() => page.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png }),
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
            return await _watch.RunAsync(() => _plotPage.EvaluateAsync<string>(ToImageScript, new { figureJson, format, width, height, scale }),
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
    /// Closes the browser and stops the Playwright driver, so no browser process outlives the batch. Bounded: a browser
    /// that does not close within half a second (it hangs, or is gone) is killed with its child processes.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            await CloseBrowserAsync(_browser, _context, _process);
        }
        finally
        {
            await StopDriverAsync(_playwright);
            _files.Dispose();
        }
    }

    /// <summary>Closes the browser within <see cref="CloseLimit"/>, else kills it. Never throws: closing often runs
    /// while another exception unwinds (e.g. Ctrl+C in a terminal signals the browser together with this process), and
    /// must not replace it.</summary>
    private static async Task CloseBrowserAsync(IBrowser browser, IBrowserContext? context, BrowserProcess? process)
    {
        var close = CloseCoreAsync();
        try
        {
            await close.WaitAsync(CloseLimit);
            process?.Closed();
            return;
        }
        catch (Exception e) when (e is PlaywrightException or System.TimeoutException)
        {
            BrowserWatch.Abandon(close);
        }
        process?.Kill();

        async Task CloseCoreAsync()
        {
            if (context is not null)
                await context.CloseAsync();
            await browser.CloseAsync();
        }
    }

    /// <summary>Stops the driver within <see cref="DriverStopLimit"/>; see there.</summary>
    private static async Task StopDriverAsync(IPlaywright playwright)
    {
        var stop = Task.Run(playwright.Dispose);
        try
        {
            await stop.WaitAsync(DriverStopLimit);
        }
        catch (System.TimeoutException)
        {
            BrowserWatch.Abandon(stop);
        }
    }
}
