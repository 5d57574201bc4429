using AnalysisHelpers.Charts;
using Plotly.NET;

namespace AnalysisHelpers.Formatting;

/// <summary>Mime bundles for charts: the Plotly figure JSON, which notebook front ends draw natively, and HTML for
/// those that only show HTML. Anything else is not a chart and gets no bundle.</summary>
public static class ChartMime
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    public const string HtmlMimeType = "text/html";

    public static IReadOnlyDictionary<string, string>? ToMimeBundle(object? value) => value switch
    {
        ChartSpec spec => Bundle(spec.FigureJson, PlotlyHtml.ForSpec(spec)),
        GenericChart chart => Bundle(GenericChart.toFigureJson(chart), PlotlyHtml.ForChart(chart)),
        _ => null,
    };

    private static IReadOnlyDictionary<string, string> Bundle(string figureJson, string html) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PlotlyMimeType] = figureJson,
            [HtmlMimeType] = html,
        };
}
