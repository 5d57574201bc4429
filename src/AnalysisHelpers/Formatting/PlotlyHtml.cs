using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnalysisHelpers.Charts;
using Plotly.NET;

namespace AnalysisHelpers.Formatting;

/// <summary>HTML that draws a figure with the page's own plotly.js. Nothing is fetched from the network: when
/// Plotly is not on the page the element says so instead of loading it. Element ids derive from the figure so the
/// same figure always renders to the same HTML.</summary>
public static class PlotlyHtml
{
    public static string ForSpec(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string elementId = $"chart-{spec.Id}-{ShortHash(spec.FigureJson)}";
        var html = new StringBuilder();
        html.Append("<figure class=\"analysis-chart\" style=\"margin:0\">");
        html.Append(PlotElement(elementId, spec.FigureJson, spec.Width, spec.Height));
        if (!string.IsNullOrWhiteSpace(spec.Caption))
        {
            html.Append("<figcaption style=\"font-family:")
                .Append(HtmlText.Escape(HouseStyle.FontFamily))
                .Append(";font-size:12px;color:#555;max-width:")
                .Append(spec.Width.ToString(CultureInfo.InvariantCulture))
                .Append("px\">")
                .Append(HtmlText.Escape(spec.Caption))
                .Append("</figcaption>");
        }
        html.Append("</figure>");
        return html.ToString();
    }

    public static string ForChart(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string json = GenericChart.toFigureJson(chart);
        return PlotElement("plotly-" + ShortHash(json), json, width: null, height: null);
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the text: stable across runs, unlike GetHashCode.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private static string PlotElement(string elementId, string figureJson, int? width, int? height)
    {
        string size = width is int w && height is int h
            ? $" style=\"width:{w.ToString(CultureInfo.InvariantCulture)}px;height:{h.ToString(CultureInfo.InvariantCulture)}px;max-width:100%\""
            : string.Empty;
        string id = HtmlText.Escape(elementId);
        // The script finds its element as its previous sibling, which still works if the same figure is shown twice
        // on a page; hosts that re-create scripts leave currentScript unset, so the id is the fallback.
        return $"<div id=\"{id}\" class=\"plotly-figure\"{size}></div>" +
               "<script type=\"text/javascript\">(function () {" +
               $"var figure = {ScriptJson.Embed(figureJson)};" +
               "var script = document.currentScript;" +
               $"var target = script && script.previousElementSibling ? script.previousElementSibling : document.getElementById(\"{id}\");" +
               "if (!target) { return; }" +
               "if (typeof Plotly !== \"undefined\") {" +
               "Plotly.newPlot(target, figure.data, figure.layout, {responsive: true, displaylogo: false});" +
               "} else {" +
               "target.textContent = \"Plotly is not loaded on this page, so the chart cannot be drawn here.\";" +
               "}" +
               "})();</script>";
    }
}
