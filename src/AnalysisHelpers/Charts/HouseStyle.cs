using AnalysisHelpers.Formatting;
using static AnalysisHelpers.Charts.PlotlyObjects;

namespace AnalysisHelpers.Charts;

/// <summary>The look every chart shares: one font stack, company colours, white background, a left-aligned title
/// and a source line under the plot naming the articles and claims behind it.</summary>
public static class HouseStyle
{
    public const string FontFamily = "Inter, \"Helvetica Neue\", Helvetica, Arial, sans-serif";
    public const int FontSize = 13;
    public const int TitleFontSize = 18;
    public const int SourceFontSize = 11;
    public const string TextColour = "#222222";
    public const string MutedTextColour = "#666666";
    public const string Background = "#FFFFFF";
    public const string GridColour = "#E5E5E5";
    public const string AxisLineColour = "#9E9E9E";
    public const int DefaultWidth = 960;

    /// <summary>The tallest figure a chart may be: the report takes figures up to 2000 px high, and a printed page or a
    /// static image of a taller one is unreadable. Charts with more rows than fit draw the first and count the rest
    /// (see <see cref="RowBudget"/>).</summary>
    public const int MaxHeight = 2000;

    /// <summary>Pixels per character of the source line, used to wrap it to the chart width.</summary>
    private const double SourceCharWidth = 6.2;
    private const int SourceLineHeight = 15;

    /// <summary>Room under the plot area for tick labels and the axis title, above the source line.</summary>
    public const int AxisSpace = 52;

    /// <summary>The house colour of an organisation (see <see cref="CompanyColours"/>).</summary>
    public static string CompanyColour(string? name) => CompanyColours.For(name);

    /// <summary>Margins for a chart whose row labels are as long as the longest given label, leaving room under
    /// the plot for the wrapped source line.</summary>
    public static ChartMargins MarginsFor(IEnumerable<string> rowLabels, string sourceLine, int width, bool legend = true)
    {
        int longest = rowLabels.Select(l => l.Length).DefaultIfEmpty(0).Max();
        int left = Math.Clamp((int)Math.Ceiling(longest * 7.0) + 24, 80, width / 2);
        int top = legend ? 84 : 60;
        int bottom = AxisSpace + 12 + SourceLineHeight * WrapSourceLine(sourceLine, width).Count;
        return new ChartMargins(left, 48, top, bottom);
    }

    /// <summary>Breaks the source line at word boundaries so it fits under a chart of the given width.</summary>
    public static IReadOnlyList<string> WrapSourceLine(string sourceLine, int width)
    {
        int max = Math.Max(20, (int)((width - 24) / SourceCharWidth));
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var word in sourceLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > max)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    /// <summary>Starts a figure in house style: fonts, background, title, legend along the top, source line
    /// under the plot area.</summary>
    internal static FigureDraft NewFigure(string title, string sourceLine, int width, int height, ChartMargins margins)
    {
        var draft = new FigureDraft(width, height, margins);
        var layout = draft.Layout;
        layout["width"] = width;
        layout["height"] = height;
        layout["font"] = Object(("family", FontFamily), ("size", FontSize), ("color", TextColour));
        layout["paper_bgcolor"] = Background;
        layout["plot_bgcolor"] = Background;
        layout["margin"] = Object(("l", margins.Left), ("r", margins.Right), ("t", margins.Top), ("b", margins.Bottom), ("pad", 4));
        layout["title"] = Object(
            ("text", "<b>" + HtmlText.Escape(title) + "</b>"),
            ("x", 12.0 / width), ("xref", "container"), ("xanchor", "left"),
            ("y", 1 - 14.0 / height), ("yref", "container"), ("yanchor", "top"),
            ("font", Object(("family", FontFamily), ("size", TitleFontSize), ("color", TextColour))));
        layout["showlegend"] = true;
        layout["legend"] = Object(
            ("orientation", "h"), ("x", draft.PaperLeftEdge), ("xanchor", "left"), ("y", 1), ("yanchor", "bottom"),
            ("yref", "paper"), ("font", Object(("size", 12))), ("bgcolor", "rgba(255,255,255,0)"));
        layout["hovermode"] = "closest";
        layout["hoverlabel"] = Object(("bgcolor", Background), ("bordercolor", AxisLineColour),
            ("font", Object(("family", FontFamily), ("size", 12), ("color", TextColour))), ("align", "left"));
        draft.Annotations.Add(Object(
            ("text", string.Join("<br>", WrapSourceLine(sourceLine, width).Select(HtmlText.Escape))),
            ("xref", "paper"), ("yref", "paper"), ("x", draft.PaperLeftEdge), ("y", 0),
            ("xanchor", "left"), ("yanchor", "top"), ("yshift", -AxisSpace), ("align", "left"), ("showarrow", false),
            ("font", Object(("size", SourceFontSize), ("color", MutedTextColour)))));
        return draft;
    }

    /// <summary>A value axis in house style.</summary>
    internal static Dictionary<string, object> ValueAxisStyle(string title) => Object(
        ("title", Object(("text", HtmlText.Escape(title)), ("font", Object(("size", 12), ("color", MutedTextColour))), ("standoff", 8))),
        ("gridcolor", GridColour), ("zeroline", false), ("showline", true), ("linecolor", AxisLineColour),
        ("ticks", "outside"), ("tickcolor", AxisLineColour), ("automargin", false));
}
