using AnalysisHelpers.Charts;
using AnalysisHelpers.Web;
using Plotly.NET;

namespace AnalysisHelpers.Formatting;

/// <summary>Mime bundles for charts: the Plotly figure JSON, which notebook front ends draw natively, and HTML for
/// those that only show HTML (drawn with the page's own plotly.js, see <see cref="PlotlyEmbed"/>). Anything else is
/// not a chart and gets no bundle.</summary>
public static class ChartMime
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    public const string HtmlMimeType = "text/html";

    public static IReadOnlyDictionary<string, string>? ToMimeBundle(object? value) => value switch
    {
        ChartSpec spec => Bundle(spec.FigureJson, Html(spec)),
        GenericChart chart => Bundle(PlotlyFigureJson.Of(chart), Html(chart)),
        _ => null,
    };

    /// <summary>The chart drawn at its own size with its caption below. Ids derive from the figure, so the same
    /// chart always renders to the same HTML.</summary>
    public static string Html(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string plot = PlotlyEmbed.Html(PlotlyEmbed.ElementId("chart-" + spec.Id, spec.FigureJson), spec.FigureJson);
        string caption = string.IsNullOrWhiteSpace(spec.Caption)
            ? string.Empty
            : "<figcaption style=\"font-family:" + HtmlText.Escape(HouseStyle.FontFamily) + ";font-size:12px;color:#555;max-width:" +
              spec.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "px\">" + HtmlText.Escape(spec.Caption) + "</figcaption>";
        return "<figure class=\"analysis-chart\" style=\"margin:0\">" + plot + caption + "</figure>";
    }

    /// <summary>A Plotly.NET chart drawn with the page's plotly.js.</summary>
    public static string Html(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string json = PlotlyFigureJson.Of(chart);
        return PlotlyEmbed.Html(PlotlyEmbed.ElementId("plotly", json), json);
    }

    private static IReadOnlyDictionary<string, string> Bundle(string figureJson, string html) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PlotlyMimeType] = figureJson,
            [HtmlMimeType] = html,
        };
}
