using AnalysisHelpers.Formatting;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using static AnalysisHelpers.Charts.PlotlyInit;
using static AnalysisHelpers.Charts.PlotlyOptions;

namespace AnalysisHelpers.Charts;

/// <summary>The look every chart shares: one font stack, company colours, white background, a left-aligned title
/// and a source line under the plot naming the articles and claims behind it.</summary>
public static class HouseStyle
{
    public const string FontFamily = "Inter, \"Helvetica Neue\", Helvetica, Arial, sans-serif";
    // The report prints a chart at about 0.68 of the width it is drawn at (960 px into a 174 mm column), so chart
    // text is sized for that: 15 px prints at about 7.7 pt, beside 8 pt tables and 10 pt text. At 12 px it printed
    // at about 6 pt, too small to read on paper.
    public const int FontSize = 15;
    /// <summary>Row labels, value labels, the legend, axis titles and notes on the plot.</summary>
    public const int LabelFontSize = 15;
    /// <summary>The heading of a panel in a chart of several.</summary>
    public const int PanelTitleFontSize = 16;
    public const int TitleFontSize = 20;
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

    /// <summary>About how wide one character of a label is drawn at <see cref="LabelFontSize"/>, in pixels: measured
    /// on the rendered charts, the house sans-serif's labels (mixed case, digits, "$" and "·") average about 0.5 em, so
    /// 0.54 em leaves a little room. Too wide an estimate pushes a floor's label off its row onto the one above.</summary>
    public const double LabelCharWidth = LabelFontSize * 0.54;

    /// <summary>Pixels per character of the source line, used to wrap it to the chart width.</summary>
    private const double SourceCharWidth = 6.2;
    private const int SourceLineHeight = 15;

    /// <summary>Room under the plot area for tick labels and the axis title, above the source line.</summary>
    public const int AxisSpace = 58;

    /// <summary>The house colour of an organisation (see <see cref="CompanyColours"/>).</summary>
    public static string CompanyColour(string? name) => CompanyColours.For(name);

    /// <summary>Margins for a chart whose row labels are as long as the longest given label, leaving room under
    /// the plot for the wrapped source line.</summary>
    public static ChartMargins MarginsFor(IEnumerable<string> rowLabels, string sourceLine, int width, bool legend = true)
    {
        int longest = rowLabels.Select(l => l.Length).DefaultIfEmpty(0).Max();
        int left = Math.Clamp((int)Math.Ceiling(longest * LabelCharWidth) + 24, 80, width / 2);
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
        var family = StyleParam.FontFamily.NewCustom(FontFamily);
        var layout = Init<Layout>(
            ("Title", Init<Title>(
                ("Text", "<b>" + HtmlText.Escape(title) + "</b>"),
                ("Font", Init<Font>(("Family", family), ("Size", (double)TitleFontSize), ("Color", Colour(TextColour)))),
                ("X", 12.0 / width), ("XAnchor", StyleParam.XAnchorPosition.Left), ("XRef", "container"),
                ("Y", 1 - 14.0 / height), ("YAnchor", StyleParam.YAnchorPosition.Top), ("YRef", "container"))),
            ("ShowLegend", true),
            ("Margin", Init<Margin>(("Left", margins.Left), ("Right", margins.Right), ("Top", margins.Top), ("Bottom", margins.Bottom), ("Pad", 4))),
            ("Width", width),
            ("Height", height),
            ("Font", Init<Font>(("Family", family), ("Size", (double)FontSize), ("Color", Colour(TextColour)))),
            ("PaperBGColor", Colour(Background)),
            ("PlotBGColor", Colour(Background)),
            ("HoverMode", StyleParam.HoverMode.Closest),
            ("Hoverlabel", Init<Hoverlabel>(
                ("Align", StyleParam.Align.Left), ("BgColor", Colour(Background)), ("BorderColor", Colour(AxisLineColour)),
                ("Font", Init<Font>(("Family", family), ("Size", 13.0), ("Color", Colour(TextColour)))))));
        double paperLeftEdge = -(margins.Left - 12) / Math.Max(1.0, width - margins.Left - margins.Right);
        var legend = Init<Legend>(
            ("BGColor", Colour("rgba(255,255,255,0)")), ("Font", FontOf(LabelFontSize)), ("Orientation", StyleParam.Orientation.Horizontal),
            ("X", paperLeftEdge), ("XAnchor", StyleParam.XAnchorPosition.Left),
            ("Y", 1.0), ("YAnchor", StyleParam.YAnchorPosition.Bottom), ("YRef", "paper"));
        var draft = new FigureDraft(width, height, margins, layout, legend);
        draft.Annotations.Add(Init<Annotation>(
            ("Text", string.Join("<br>", WrapSourceLine(sourceLine, width).Select(HtmlText.Escape))),
            ("XRef", "paper"), ("YRef", "paper"), ("X", draft.PaperLeftEdge), ("Y", 0.0),
            ("XAnchor", StyleParam.XAnchorPosition.Left), ("YAnchor", StyleParam.YAnchorPosition.Top), ("YShift", -AxisSpace),
            ("Align", StyleParam.AnnotationAlignment.Left), ("ShowArrow", false), ("Font", FontOf(SourceFontSize, MutedTextColour))));
        return draft;
    }

    /// <summary>A value axis in house style: titled, gridded, with an axis line and outside ticks, never zoomed.</summary>
    internal static LinearAxis ValueAxis(string title, StyleParam.AxisType type, double[] range, IEnumerable<double>? tickValues = null,
        IEnumerable<string>? tickText = null, double? tickStep = null, StyleParam.LinearAxisId? anchor = null) =>
        Init<LinearAxis>(
            ("Title", Init<Title>(("Text", HtmlText.Escape(title)), ("Font", FontOf(LabelFontSize, MutedTextColour)), ("Standoff", 8))),
            ("AxisType", type),
            ("Range", StyleParam.Range.NewMinMax(range[0], range[1])),
            ("FixedRange", true),
            ("TickMode", tickValues is null ? null : StyleParam.TickMode.Array),
            ("DTick", tickStep),
            ("TickVals", tickValues?.ToArray()),
            ("TickText", tickText?.ToArray()),
            ("Ticks", StyleParam.TickOptions.Outside),
            ("TickColor", Colour(AxisLineColour)),
            ("ShowLine", true),
            ("LineColor", Colour(AxisLineColour)),
            ("GridColor", Colour(GridColour)),
            ("ZeroLine", false),
            ("Anchor", anchor));
}
