using System.Diagnostics;
using System.Globalization;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;

namespace AnalysisHelpers.Bench;

/// <summary>Static export per chart with a warm browser: starts Chromium once, renders one chart to warm it, then
/// times ChartExporter writing SVG and PNG for each chart in turn, and SVG and PNG rendering on their own.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(int count, string? browser)
    {
        var charts = SampleCharts.Build(count);
        var location = BrowserLocator.Find(browser);
        var outDir = Path.Combine(RepoPaths.ScratchRoot, "export");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);

        var sw = Stopwatch.StartNew();
        await using var renderer = await StaticChartRenderer.StartAsync(location);
        double startMs = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine($"browser: {renderer.ExecutablePath} {renderer.BrowserVersion}");

        sw.Restart();
        await ChartExporter.ExportAsync(outDir, [charts[0]], ChartFormats.Svg | ChartFormats.Png, renderer);
        double firstMs = sw.Elapsed.TotalMilliseconds;

        var perChart = new List<double>();
        foreach (var chart in charts)
        {
            sw.Restart();
            await ChartExporter.ExportAsync(outDir, [chart], ChartFormats.Svg | ChartFormats.Png, renderer);
            perChart.Add(sw.Elapsed.TotalMilliseconds);
        }
        var svg = new List<double>();
        var png = new List<double>();
        foreach (var chart in charts)
        {
            sw.Restart();
            await renderer.RenderSvgAsync(chart.FigureJson, chart.Width, chart.Height);
            svg.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await renderer.RenderPngAsync(chart.FigureJson, chart.Width, chart.Height, ChartExporter.PngScale);
            png.Add(sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser start (launch + plotly.js): {startMs:F0} ms; first chart after start: {firstMs:F0} ms"));
        Console.WriteLine($"{"warm, per chart (" + count + " charts)",-36} {"median ms",10} {"p10",7} {"p90",7} {"min",7} {"max",7}");
        Print("export SVG+PNG to files", perChart);
        Print("render SVG only", svg);
        Print("render PNG only (scale 2)", png);
        if (renderer.Activity.BlockedRequests.Count > 0 || renderer.Activity.ConsoleErrors.Count > 0)
            Console.WriteLine($"browser activity: {renderer.Activity.BlockedRequests.Count} blocked requests, {renderer.Activity.ConsoleErrors.Count} console errors");
        return 0;
    }

    private static void Print(string name, List<double> ms)
    {
        var s = ms.Order().ToArray();
        double P(double q) => s[(int)Math.Round(q * (s.Length - 1))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {P(0.5),10:F1} {P(0.1),7:F1} {P(0.9),7:F1} {s[0],7:F1} {s[^1],7:F1}"));
    }
}
