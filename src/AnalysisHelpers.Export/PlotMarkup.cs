using System.Globalization;
using System.Text;

namespace AnalysisHelpers.Export;

/// <summary>
/// The markup contract between the HTML pages and <see cref="StaticChartRenderer"/>: each plot div carries
/// <c>data-plot-state</c>, which starts as "pending" and becomes "rendered" or "failed" once Plotly finishes,
/// so the renderer knows when a page is ready to print.
/// </summary>
public static class PlotMarkup
{
    public const string StateAttribute = "data-plot-state";
    public const string ErrorAttribute = "data-plot-error";
    public const string Pending = "pending";
    public const string Rendered = "rendered";
    public const string Failed = "failed";

    /// <summary>One plot to draw: the div id, its figure JSON and, when fixed, its size in CSS pixels.</summary>
    internal sealed record Plot(string DivId, string FigureJson, int? Width, int? Height);

    /// <summary>The div a plot is drawn into, sized up front when the size is fixed so the page does not reflow.</summary>
    internal static string Div(string divId, string cssClass, int? width, int? height)
    {
        var style = width is { } w && height is { } h
            ? string.Create(CultureInfo.InvariantCulture, $" style=\"width:{w}px;height:{h}px\"")
            : string.Empty;
        return $"<div id=\"{Html.Escape(divId)}\" class=\"{Html.Escape(cssClass)}\" {StateAttribute}=\"{Pending}\"{style}></div>";
    }

    /// <summary>
    /// A script element that draws every plot. Figure JSON is embedded script-safe, so text inside a figure
    /// cannot end the element.
    /// </summary>
    internal static string Script(IEnumerable<Plot> plots, bool responsive)
    {
        var builder = new StringBuilder();
        builder.Append("<script>\n(function () {\n  var plots = [\n");
        foreach (var plot in plots)
        {
            builder.Append("    {div: ").Append(FigureJson.ScriptSafeString(plot.DivId))
                .Append(", width: ").Append(plot.Width?.ToString(CultureInfo.InvariantCulture) ?? "null")
                .Append(", height: ").Append(plot.Height?.ToString(CultureInfo.InvariantCulture) ?? "null")
                .Append(", figure: ").Append(FigureJson.ToScriptSafe(plot.FigureJson))
                .Append("},\n");
        }
        builder.Append("  ];\n  var responsive = ").Append(responsive ? "true" : "false").Append(";\n");
        builder.Append(DrawLoop);
        builder.Append("})();\n</script>");
        return builder.ToString();
    }

    // Failures are reported on the div and on the console so both a reader and the renderer notice them.
    private const string DrawLoop = """
          plots.forEach(function (p) {
            var el = document.getElementById(p.div);
            function fail(err) {
              el.setAttribute('data-plot-state', 'failed');
              el.setAttribute('data-plot-error', String(err && err.message || err));
              console.error('Plot ' + p.div + ' failed: ' + (err && err.message || err));
            }
            try {
              var layout = Object.assign({}, p.figure.layout || {});
              if (p.width !== null) { layout.width = p.width; layout.height = p.height; layout.autosize = false; }
              var config = Object.assign({}, p.figure.config || {}, {responsive: responsive, displaylogo: false});
              Plotly.newPlot(el, p.figure.data || [], layout, config).then(function () {
                el.setAttribute('data-plot-state', 'rendered');
              }, fail);
            } catch (err) {
              fail(err);
            }
          });

        """;
}
