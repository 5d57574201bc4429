using AnalysisHelpers.Formatting;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static AnalysisHelpers.Charts.PlotlyInit;
using static AnalysisHelpers.Charts.PlotlyOptions;

namespace AnalysisHelpers.Charts;

/// <summary>Draws panels of labelled rows stacked top to bottom, each with its own category axis and value axis.
/// Bounds are drawn for what they are: an upper bound is a cap at the bound with an arrow running to the low end of
/// the axis, a lower bound an arrow running to the high end, a range a segment between its ends. Only point values
/// may become bars.</summary>
internal static class RowPanels
{
    public const int RowHeight = 36;
    public const int PanelHeaderHeight = 26;
    public const int PanelGap = 64;

    /// <summary>The height of the plot area the panels need. A panel with rows left out has one more row's height,
    /// above its rows, for the line that counts them.</summary>
    public static int PlotHeight(IReadOnlyList<RowPanel> panels) =>
        panels.Sum(p => (Math.Max(1, p.Rows.Count) + (p.NotDrawn > 0 ? 1 : 0)) * RowHeight + (panels.Count > 1 ? PanelHeaderHeight : 0))
        + Math.Max(0, panels.Count - 1) * PanelGap;

    /// <summary>The line above a panel whose rows did not all fit: how many are drawn, how many not, and where all
    /// of them are.</summary>
    public static string NotDrawnNote(RowPanel panel, string where) =>
        $"{Counted.Of(panel.Rows.Count, "row", "rows")} of {Counted.Number(panel.TotalRows)} drawn, the first in the order below; " +
        $"{Counted.Number(panel.NotDrawn)} more not drawn, all in {where}";

    public static void Draw(FigureDraft draft, IReadOnlyList<RowPanel> panels, string notDrawnWhere)
    {
        double plotHeight = PlotHeight(panels);
        double top = 0;
        for (int i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var xId = XAxisId(i + 1);
            var yId = YAxisId(i + 1);
            double header = panels.Count > 1 ? PanelHeaderHeight : 0;
            double note = panel.NotDrawn > 0 ? RowHeight : 0;
            double bodyTop = top + header + note;
            double bodyBottom = bodyTop + Math.Max(1, panel.Rows.Count) * RowHeight;
            double domainTop = 1 - bodyTop / plotHeight, domainBottom = 1 - bodyBottom / plotHeight;

            draft.AddXAxis(i + 1, panel.Axis.ToLayout(panel.AxisTitle, yId));
            draft.AddYAxis(i + 1, CategoryAxis(panel.Rows, xId, domainBottom, domainTop));
            if (header > 0)
            {
                draft.Annotations.Add(PaperText("<b>" + HtmlText.Escape(panel.Title) + "</b>", draft.PaperLeftEdge, domainTop + note / plotHeight,
                    yShift: 4, FontOf(HouseStyle.PanelTitleFontSize, HouseStyle.TextColour)));
            }
            if (note > 0)
            {
                draft.Annotations.Add(PaperText("<i>" + HtmlText.Escape(NotDrawnNote(panel, notDrawnWhere)) + "</i>", draft.PaperLeftEdge, domainTop,
                    yShift: 8, FontOf(HouseStyle.LabelFontSize, HouseStyle.MutedTextColour)));
            }
            if (panel.Rows.Count == 0)
            {
                draft.Annotations.Add(Init<Annotation>(
                    ("Text", "no figures of this kind in the claims"), ("XRef", $"{xId} domain"), ("YRef", $"{yId} domain"),
                    ("X", 0.5), ("Y", 0.5), ("ShowArrow", false), ("Font", Init<Font>(("Color", Colour(HouseStyle.MutedTextColour))))));
            }
            foreach (var row in panel.Rows) draft.Traces.Add(RowTrace(draft, row, panel, xId, yId));
            top = bodyBottom + PanelGap;
        }
    }

    /// <summary>Text set left-aligned above a point of the figure, in paper coordinates (panel headings, notes).</summary>
    private static Annotation PaperText(string text, double x, double y, int yShift, Font font) => Init<Annotation>(
        ("Text", text), ("XRef", "paper"), ("YRef", "paper"), ("X", x), ("Y", y),
        ("XAnchor", StyleParam.XAnchorPosition.Left), ("YAnchor", StyleParam.YAnchorPosition.Bottom), ("YShift", yShift),
        ("Align", StyleParam.AnnotationAlignment.Left), ("ShowArrow", false), ("Font", font));

    private static LinearAxis CategoryAxis(IReadOnlyList<BoundedRow> rows, StyleParam.LinearAxisId anchor, double bottom, double top) => Init<LinearAxis>(
        ("AxisType", StyleParam.AxisType.Category),
        // Half a row above the first and below the last, reversed so the first row reads at the top. Plotly's own
        // autorange pads a category axis for marker and text sizes, which left blank bands of about two rows above
        // and below a tall panel.
        ("Range", StyleParam.Range.NewMinMax(Math.Max(1, rows.Count) - 0.5, -0.5)),
        ("FixedRange", true),
        // Invisible ticks set the labels off from the plot, clear of an arrow that runs to the low end of the value axis.
        ("Ticks", StyleParam.TickOptions.Outside),
        ("TickLen", 10),
        ("TickColor", Colour("rgba(0,0,0,0)")),
        ("TickFont", FontOf(HouseStyle.LabelFontSize)),
        ("ShowLine", false),
        ("ShowGrid", true),
        ("GridColor", Colour("#F2F2F2")),
        ("Anchor", anchor),
        ("Domain", StyleParam.Range.NewMinMax(Math.Max(0, bottom), Math.Min(1, top))),
        ("CategoryOrder", StyleParam.CategoryOrder.Array),
        ("CategoryArray", rows.Select(r => HtmlText.Escape(r.Label)).ToArray()));

    private static Trace RowTrace(FigureDraft draft, BoundedRow row, RowPanel panel, StyleParam.LinearAxisId xId, StyleParam.LinearAxisId yId)
    {
        string label = HtmlText.Escape(row.Label);
        // An en space keeps text placed right of a mark from touching it.
        string text = "\u2002" + HtmlText.Escape(row.ValueText);
        var axis = panel.Axis;
        // A label set to the right of a mark near the axis end would run past the figure's edge and be cut off; there
        // it goes to the left of the mark.
        bool FitsRight(double x) => (1 - axis.Position(x)) * draft.PlotWidth + draft.Margins.Right >= LabelWidth(row.ValueText);
        bool FitsLeft(double x) => axis.Position(x) * draft.PlotWidth >= LabelWidth(row.ValueText);
        // A floor's arrow runs right, so its label goes on its own row to the left of the floor where there is room
        // (a label above the arrow would meet the row above's); else above the arrow.
        var floorLabel = FitsLeft(row.Low) ? StyleParam.TextPosition.MiddleLeft : FitsRight(row.Low) ? StyleParam.TextPosition.TopRight : StyleParam.TextPosition.TopLeft;
        var info = new RowTraceInfo(HtmlText.Escape(row.LegendGroup), draft.ClaimLegendEntry(row.LegendGroup), HtmlText.Escape(row.Id), xId, yId);
        var cap = Open(StyleParam.MarkerSymbol.LineNS);
        if (row.Shape == BoundShape.Point && panel.PointsAsBars) return Bar(row, label, text, info);
        return row.Shape switch
        {
            BoundShape.Point => Segment(row, info, [row.Low], label, [text], FitsRight(row.Low) ? StyleParam.TextPosition.MiddleRight : StyleParam.TextPosition.MiddleLeft,
                [row.IsDerived ? Open(StyleParam.MarkerSymbol.Diamond) : StyleParam.MarkerSymbol.Circle], [12], lineWidth: 0),
            BoundShape.AtMost => Segment(row, info, [axis.Min, row.High], label, ["", text], StyleParam.TextPosition.MiddleRight,
                [row.IsDerived ? Open(StyleParam.MarkerSymbol.TriangleLeft) : StyleParam.MarkerSymbol.TriangleLeft, cap], [12, 18], lineWidth: 2),
            BoundShape.AtLeast => Segment(row, info, [row.Low, axis.Max], label,
                [floorLabel == StyleParam.TextPosition.MiddleLeft ? HtmlText.Escape(row.ValueText) + "\u2002" : text, ""], floorLabel,
                [cap, row.IsDerived ? Open(StyleParam.MarkerSymbol.TriangleRight) : StyleParam.MarkerSymbol.TriangleRight], [18, 12], lineWidth: 2),
            _ => Segment(row, info, [row.Low, row.High], label, ["", text], StyleParam.TextPosition.MiddleRight, [cap, cap], [18, 18], lineWidth: 6),
        };
    }

    private static StyleParam.MarkerSymbol Open(StyleParam.MarkerSymbol symbol) => StyleParam.MarkerSymbol.NewModified(symbol, StyleParam.SymbolStyle.Open);

    /// <summary>What every trace of a row carries: its legend entry, its id (in customdata, one per point, so a reader
    /// of the figure finds the row's claim) and the panel's axes.</summary>
    private sealed record RowTraceInfo(string LegendGroup, bool ShowLegend, string Id, StyleParam.LinearAxisId XAxis, StyleParam.LinearAxisId YAxis);

    /// <summary>About how wide a value label is drawn at the row font, with the en space before it.</summary>
    private static double LabelWidth(string text) => (text.Length + 1) * HouseStyle.LabelCharWidth;

    private static Trace Segment(BoundedRow row, RowTraceInfo info, double[] x, string label, string[] text, StyleParam.TextPosition textPosition,
        StyleParam.MarkerSymbol[] symbols, int[] sizes, int lineWidth) => PlotlyInit.Trace2D("Scatter",
        ("Name", info.LegendGroup),
        ("ShowLegend", info.ShowLegend),
        ("LegendGroup", info.LegendGroup),
        ("Mode", lineWidth > 0 ? StyleParam.Mode.Lines_Markers_Text : StyleParam.Mode.Markers_Text),
        ("X", x),
        ("Y", Enumerable.Repeat(label, x.Length).ToArray()),
        ("MultiText", text),
        ("TextPosition", textPosition),
        ("MultiHoverText", Enumerable.Repeat(row.Hover, x.Length).ToArray()),
        ("HoverInfo", StyleParam.HoverInfo.Text),
        ("CustomData", Enumerable.Repeat(info.Id, x.Length).ToArray()),
        ("XAxis", info.XAxis),
        ("YAxis", info.YAxis),
        ("Marker", Init<Marker>(
            ("Color", Colour(row.Colour)), ("MultiSymbol", symbols), ("MultiSize", sizes),
            ("Outline", Init<Line>(("Color", Colour(row.Colour)), ("Width", 2.5))))),
        ("Line", lineWidth > 0
            ? Init<Line>(("Color", Colour(row.Colour)), ("Width", (double)lineWidth),
                ("Dash", row.IsDerived ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid))
            : null),
        ("TextFont", FontOf(HouseStyle.LabelFontSize, HouseStyle.TextColour)),
        ("ClipOnAxis", false));

    private static Trace Bar(BoundedRow row, string label, string text, RowTraceInfo info)
    {
        var outline = Init<Line>(("Color", Colour(row.Colour)), ("Width", 2.0));
        var marker = row.IsDerived
            ? Init<Marker>(("Color", Colour(HouseStyle.Background)), ("Outline", outline),
                ("Pattern", Init<Pattern>(("BGColor", Colour(HouseStyle.Background)), ("FGColor", Colour(row.Colour)),
                    ("Shape", StyleParam.PatternShape.DiagonalAscending), ("Size", 8), ("Solidity", 0.3))))
            : Init<Marker>(("Color", Colour(row.Colour)), ("Outline", outline));
        return PlotlyInit.Trace2D("Bar",
            ("Name", info.LegendGroup),
            ("ShowLegend", info.ShowLegend),
            ("LegendGroup", info.LegendGroup),
            ("X", new[] { row.Low }),
            ("Y", new[] { label }),
            ("Width", 0.6),
            ("MultiText", new[] { text }),
            ("TextPosition", StyleParam.TextPosition.Outside),
            ("MultiHoverText", new[] { row.Hover }),
            ("HoverInfo", StyleParam.HoverInfo.Text),
            ("CustomData", new[] { info.Id }),
            ("XAxis", info.XAxis),
            ("YAxis", info.YAxis),
            ("Orientation", StyleParam.Orientation.Horizontal),
            ("Marker", marker),
            ("ClipOnAxis", false));
    }
}
