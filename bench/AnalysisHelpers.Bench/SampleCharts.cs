using System.Globalization;
using System.Text;
using ExportChart = AnalysisHelpers.Charts.ChartSpec;

namespace AnalysisHelpers.Bench;

/// <summary>Deterministic figures shaped like the workbook's row charts: one labelled row per claim, a marker for a
/// point value, a bar from low to high for a range, a log axis for money, a title and a source line. Written as JSON
/// here rather than built by the chart classes, so the export timing does not move when those charts change.</summary>
internal static class SampleCharts
{
    private static readonly string[] Colours = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860"];

    public static IReadOnlyList<ExportChart> Build(int count, int seed = ClaimsGenerator.DefaultSeed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(1, count).Select(i => One(i, rng)).ToArray();
    }

    private static ExportChart One(int index, Random rng)
    {
        int rows = rng.Next(4, 41);
        bool log = rng.Next(2) == 0;
        const int width = 900;
        int height = 160 + rows * 26;
        var points = new StringBuilder();
        var order = new StringBuilder();
        var ranges = new StringBuilder();
        for (int r = 0; r < rows; r++)
        {
            double value = log ? Math.Pow(10, 6 + rng.NextDouble() * 6) : rng.NextDouble() * 100;
            string label = Json($"Company {r % 13} · claim C{index:000}{r:00} (source {r % 4 + 1})");
            order.Append(order.Length > 0 ? "," : "").Append(label);
            if (rng.Next(3) == 0)
            {
                double high = value * (log ? 10 : 1.5);
                ranges.Append(ranges.Length > 0 ? "," : "").Append(Inv(
                    $"{{\"type\":\"scatter\",\"mode\":\"lines\",\"x\":[{value:R},{high:R}],\"y\":[{label},{label}],\"line\":{{\"width\":8,\"color\":\"{Colours[r % Colours.Length]}\"}},\"opacity\":0.5,\"showlegend\":false,\"hovertext\":{Json($"range {value:R} to {high:R}")},\"hoverinfo\":\"text\"}}"));
            }
            points.Append(points.Length > 0 ? "," : "").Append(Inv(
                $"{{\"type\":\"scatter\",\"mode\":\"markers\",\"x\":[{value:R}],\"y\":[{label}],\"marker\":{{\"size\":10,\"color\":\"{Colours[r % Colours.Length]}\",\"symbol\":\"{(r % 2 == 0 ? "circle" : "diamond")}\"}},\"name\":{label},\"showlegend\":{(r < 6 ? "true" : "false")},\"hovertext\":{Json($"value {value:R}")},\"hoverinfo\":\"text\"}}"));
        }
        var title = Inv($"Sample chart {index}: {rows} claims");
        var figure = Inv($$$"""
            {"data":[{{{ranges}}}{{{(ranges.Length > 0 ? "," : "")}}}{{{points}}}],
             "layout":{"title":{"text":{{{Json(title)}}},"x":0},"width":{{{width}}},"height":{{{height}}},
               "font":{"family":"Arial, sans-serif","size":12},"paper_bgcolor":"#ffffff","plot_bgcolor":"#ffffff",
               "margin":{"l":260,"r":40,"t":110,"b":110},
               "xaxis":{"type":"{{{(log ? "log" : "linear")}}}","title":{"text":"{{{(log ? "US dollars (log scale)" : "per cent")}}}"},"gridcolor":"#e5e5e5","zeroline":false},
               "yaxis":{"autorange":"reversed","automargin":true,"categoryorder":"array","categoryarray":[{{{order}}}]},
               "legend":{"orientation":"h","x":0,"y":1.0,"yanchor":"bottom"},
               "annotations":[{"text":"Sources: four news articles on DeepSeek and China's AI industry; generated benchmark figures.","xref":"paper","yref":"paper","x":0,"y":0,"yanchor":"top","yshift":-70,"showarrow":false,"font":{"size":10,"color":"#666666"}}]}}
            """);
        // The exporters read only the figure JSON; the Plotly.NET chart object is a placeholder.
        return new ExportChart(Inv($"sample-{index:00}"), title, "Generated figure for timing static export.",
            Plotly.NET.GenericChart.ofTraceObject(false, new Plotly.NET.Trace2D("scatter")), figure, width, height, []);
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
