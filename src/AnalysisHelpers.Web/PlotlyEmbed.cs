using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AnalysisHelpers.Web;

/// <summary>
/// The markup that draws one Plotly figure with the plotly.js already on the page: a div, then a script that draws the
/// figure into it. Nothing is fetched from the network; when the page has no Plotly the div says so. The same markup
/// serves notebook outputs, the chart pages and the report.
/// </summary>
/// <remarks>
/// The div carries <see cref="StateAttribute"/>: <see cref="Pending"/> until Plotly has drawn, then
/// <see cref="Rendered"/> or <see cref="Failed"/> (with the error in <see cref="ErrorAttribute"/>, also logged to the
/// console), so a headless browser knows when a page is ready to print and which plot broke.
/// </remarks>
public static class PlotlyEmbed
{
    public const string StateAttribute = "data-plot-state";
    public const string ErrorAttribute = "data-plot-error";
    public const string Pending = "pending";
    public const string Rendered = "rendered";
    public const string Failed = "failed";

    /// <summary>The class of every plot div, for stylesheets.</summary>
    public const string CssClass = "plotly-figure";

    /// <summary>
    /// A div with id <paramref name="elementId"/> and the script that draws <paramref name="figureJson"/> into it.
    /// </summary>
    /// <param name="elementId">The div's id; <see cref="ElementId"/> makes one that is stable for a figure.</param>
    /// <param name="figureJson">Plotly figure JSON, <c>{"data":[...],"layout":{...},"config":{...}}</c>; validated.</param>
    /// <param name="width">Fixed width in CSS pixels (with <paramref name="height"/>), overriding the layout's; null
    /// keeps the layout's own size.</param>
    /// <param name="height">Fixed height in CSS pixels; given together with <paramref name="width"/>.</param>
    /// <param name="responsive">Whether the plot follows the size of its container when the window changes.</param>
    public static string Html(string elementId, string figureJson, int? width = null, int? height = null, bool responsive = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        if (width.HasValue != height.HasValue)
            throw new ArgumentException("Give both width and height, or neither.", nameof(width));
        if (width is < 1 || height is < 1)
            throw new ArgumentOutOfRangeException(nameof(width), "Plot sizes are at least one pixel.");
        string figure = FigureJson.ToScriptSafe(figureJson, nameof(figureJson));
        string id = HtmlText.Escape(elementId);
        string style = width is int w && height is int h
            ? string.Create(CultureInfo.InvariantCulture, $" style=\"width:{w}px;height:{h}px\"")
            : string.Empty;

        var html = new StringBuilder(figure.Length + DrawScript.Length + 256);
        html.Append("<div id=\"").Append(id).Append("\" class=\"").Append(CssClass).Append("\" ")
            .Append(StateAttribute).Append("=\"").Append(Pending).Append('"').Append(style).Append("></div>");
        // The script finds its div as its previous sibling, which still works when the same figure (and so the same
        // id) is shown twice on a page; hosts that re-create scripts leave currentScript unset, so the id is the fallback.
        html.Append("<script>(function () {\nvar figure = ").Append(figure)
            .Append(";\nvar id = ").Append(ScriptJson.String(elementId))
            .Append(", width = ").Append(width?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", height = ").Append(height?.ToString(CultureInfo.InvariantCulture) ?? "null")
            .Append(", responsive = ").Append(responsive ? "true" : "false").Append(";\n")
            .Append(DrawScript)
            .Append("})();</script>");
        return html.ToString();
    }

    /// <summary>An element id for a figure that is the same every time the same figure is shown:
    /// <c>prefix-</c> and the first 12 hex digits of the SHA-256 of the figure JSON.</summary>
    public static string ElementId(string prefix, string figureJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentNullException.ThrowIfNull(figureJson);
        return prefix + "-" + ShortHash(figureJson);
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the text: stable across runs, unlike GetHashCode.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private const string DrawScript = $$"""
        var script = document.currentScript, attempts = 0, el;
        function find() {
          return script && script.previousElementSibling && script.previousElementSibling.id === id
            ? script.previousElementSibling : document.getElementById(id);
        }
        function fail(err) {
          var message = String(err && err.message || err);
          el.setAttribute('{{StateAttribute}}', '{{Failed}}');
          el.setAttribute('{{ErrorAttribute}}', message);
          console.error('Plot ' + id + ' failed: ' + message);
        }
        function draw() {
          el = find();
          if (!el) {
            // Some hosts run an output's scripts before they attach its elements to the page (the classic Jupyter
            // notebook evaluates them while building the output area): look again until the div is there.
            if (attempts++ < 600) { setTimeout(draw, 50); }
            else { console.error('Plot ' + id + ' failed: its element never reached the page'); }
            return;
          }
          if (typeof Plotly === 'undefined') {
            el.textContent = 'Plotly is not loaded on this page, so the chart cannot be drawn here.';
            fail('plotly.js is not loaded on this page');
            return;
          }
          try {
            var layout = Object.assign({}, figure.layout || {});
            if (width !== null) { layout.width = width; layout.height = height; layout.autosize = false; }
            var config = Object.assign({}, figure.config || {}, {responsive: responsive, displaylogo: false});
            Plotly.newPlot(el, figure.data || [], layout, config).then(function () {
              el.setAttribute('{{StateAttribute}}', '{{Rendered}}');
            }, fail);
          } catch (err) {
            fail(err);
          }
        }
        draw();

        """;
}
