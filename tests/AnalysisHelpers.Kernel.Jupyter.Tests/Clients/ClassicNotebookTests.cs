using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AnalysisHelpers.Kernel.Jupyter.Tests.Support;
using Microsoft.Playwright;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Clients;

/// <summary>
/// The classic Jupyter notebook (Debian's jupyter-notebook) on 127.0.0.1 with a token, driven by Chromium through
/// Playwright as a user would: open a paired notebook, Cell > Run All, see a drawn chart and a DataFrame table.
/// </summary>
[Collection(JupyterClientsCollection.Name)]
public sealed class ClassicNotebookTests(InstalledKernel kernel)
{
    private const string Notebook = "01-claims-overview";

    [Fact]
    public async Task Run_all_in_the_classic_notebook_draws_a_plotly_chart_and_shows_a_dataframe_table()
    {
        ExternalTools.RequireChromium();
        kernel.AssertInstalled();
        var cancel = TestContext.Current.CancellationToken;
        var token = Guid.NewGuid().ToString("N");
        var port = FreePort();
        using var server = StartServer(port, token);
        try
        {
            await RunAllAsync(server, $"http://127.0.0.1:{port}", token, cancel);
        }
        finally
        {
            // The server started the kernel; both end with the server's process tree.
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task RunAllAsync(Process server, string baseUrl, string token, CancellationToken cancel)
    {
        await WaitForServerAsync(server, $"{baseUrl}/api/status?token={token}", cancel);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };

        await page.GotoAsync($"{baseUrl}/notebooks/{Notebook}.ipynb?token={token}");
        // The notebook names our kernel in its metadata; the page starts it and shows it in the toolbar.
        await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        Assert.Equal(AnalysisHelpers.Kernel.Jupyter.KernelSpecs.KernelSpec.DisplayName, (await page.InnerTextAsync("#kernel_indicator .kernel_indicator_name")).Trim());

        await page.ClickAsync("#celllink");
        await page.ClickAsync("#run_all_cells > a");
        await page.WaitForFunctionAsync(
            "() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').every(c => typeof c.input_prompt_number === 'number')" +
            " && Jupyter.notebook.kernel_busy === false",
            null, new PageWaitForFunctionOptions { Timeout = 240_000, PollingInterval = 500 });
        await page.WaitForSelectorAsync(".output_area .js-plotly-plot svg.main-svg g.trace", new PageWaitForSelectorOptions { Timeout = 30_000 });

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        var chart = page.Locator(".output_area .js-plotly-plot").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"classic-notebook-{Notebook}.png") });
        await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, $"classic-notebook-{Notebook}-chart.png") });

        var traces = await page.Locator(".output_area .js-plotly-plot svg.main-svg g.trace").CountAsync();
        var rendered = await page.Locator("[data-plot-state='rendered']").CountAsync();
        var tables = await page.Locator(".output_area table.analysis-frame").CountAsync();
        var errors = await page.Locator(".output_area .output_error").CountAsync();
        Assert.True(traces > 0, "no plotly trace was drawn");
        Assert.True(rendered > 0, "no chart reached the rendered state");
        Assert.True(tables > 0, "no DataFrame table was shown");
        Assert.True(errors == 0, $"{errors} cells failed: " + string.Join("\n", await page.Locator(".output_area .output_error").AllInnerTextsAsync()));
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Plot ", StringComparison.Ordinal));

        await ReloadAndDrawAChartAsync(page);
    }

    /// <summary>A reload shows the notebook as saved, without the output that carried plotly.js, on the same kernel: the
    /// next chart must bring plotly.js again.</summary>
    private static async Task ReloadAndDrawAChartAsync(IPage page)
    {
        await page.EvaluateAsync("() => { Jupyter.notebook.set_dirty(false); window.onbeforeunload = null; }");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Plotly === 'undefined'"), "the reloaded page has plotly.js before any chart");

        await page.EvaluateAsync("code => { const cell = Jupyter.notebook.insert_cell_at_bottom('code'); cell.set_text(code); cell.execute(); }",
            "Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })");
        await page.WaitForSelectorAsync(".output_area .js-plotly-plot svg.main-svg g.trace", new PageWaitForSelectorOptions { Timeout = 60_000 });
    }

    private Process StartServer(int port, string token)
    {
        var jupyter = Path.Combine(Path.GetDirectoryName(ExternalTools.Python)!, "jupyter-notebook");
        var info = new ProcessStartInfo(jupyter)
        {
            WorkingDirectory = kernel.Notebooks,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0", $"--NotebookApp.token={token}",
                     $"--notebook-dir={kernel.Notebooks}", "--NotebookApp.open_browser=False",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in kernel.Environment) info.Environment[name] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) TestContext.Current.SendDiagnosticMessage(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) TestContext.Current.SendDiagnosticMessage(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForServerAsync(Process server, string statusUrl, CancellationToken cancel)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, $"jupyter-notebook exited with {(server.HasExited ? server.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync(statusUrl, cancel)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250, cancel);
        }

        Assert.Fail($"jupyter-notebook did not answer {statusUrl} within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
