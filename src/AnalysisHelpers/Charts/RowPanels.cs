using AnalysisHelpers.Formatting;
using Plotly.NET;
using static AnalysisHelpers.Charts.PlotlyObjects;

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
            string suffix = i == 0 ? string.Empty : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string xId = "x" + suffix, yId = "y" + suffix;
            double header = panels.Count > 1 ? PanelHeaderHeight : 0;
            double note = panel.NotDrawn > 0 ? RowHeight : 0;
            double bodyTop = top + header + note;
            double bodyBottom = bodyTop + Math.Max(1, panel.Rows.Count) * RowHeight;
            double domainTop = 1 - bodyTop / plotHeight, domainBottom = 1 - bodyBottom / plotHeight;

            draft.Layout["xaxis" + suffix] = panel.Axis.ToLayout(panel.AxisTitle, yId);
            draft.Layout["yaxis" + suffix] = CategoryAxis(panel.Rows, xId, domainBottom, domainTop);
            if (header > 0)
            {
                draft.Annotations.Add(Object(
                    ("text", "<b>" + HtmlText.Escape(panel.Title) + "</b>"), ("xref", "paper"), ("yref", "paper"),
                    ("x", draft.PaperLeftEdge), ("y", domainTop + note / plotHeight), ("xanchor", "left"), ("yanchor", "bottom"),
                    ("yshift", 4), ("showarrow", false), ("font", Object(("size", 13), ("color", HouseStyle.TextColour)))));
            }
            if (note > 0)
            {
                draft.Annotations.Add(Object(
                    ("text", "<i>" + HtmlText.Escape(NotDrawnNote(panel, notDrawnWhere)) + "</i>"), ("xref", "paper"), ("yref", "paper"),
                    ("x", draft.PaperLeftEdge), ("y", domainTop), ("xanchor", "left"), ("yanchor", "bottom"),
                    ("yshift", 8), ("showarrow", false), ("align", "left"),
                    ("font", Object(("size", 12), ("color", HouseStyle.MutedTextColour)))));
            }
            if (panel.Rows.Count == 0)
            {
                draft.Annotations.Add(Object(
                    ("text", "no figures of this kind in the claims"), ("xref", xId + " domain"), ("yref", yId + " domain"),
                    ("x", 0.5), ("y", 0.5), ("showarrow", false), ("font", Object(("color", HouseStyle.MutedTextColour)))));
            }
            foreach (var row in panel.Rows) draft.Traces.Add(RowTrace(draft, row, panel, xId, yId));
            top = bodyBottom + PanelGap;
        }
    }

    private static Dictionary<string, object> CategoryAxis(IReadOnlyList<BoundedRow> rows, string anchor, double bottom, double top)
    {
        var labels = rows.Select(r => HtmlText.Escape(r.Label)).ToArray();
        return Object(
            ("type", "category"), ("categoryorder", "array"), ("categoryarray", labels),
            // Reversed so the first row reads at the top.
            ("autorange", "reversed"), ("domain", new[] { Math.Max(0, bottom), Math.Min(1, top) }), ("anchor", anchor),
            // Invisible ticks set the labels off from the plot, clear of an arrow that runs to the low end of the value axis.
            ("showgrid", true), ("gridcolor", "#F2F2F2"), ("showline", false), ("ticks", "outside"), ("ticklen", 10), ("tickcolor", "rgba(0,0,0,0)"),
            ("automargin", false), ("fixedrange", true), ("tickfont", Object(("size", 12))));
    }

    private static Trace RowTrace(FigureDraft draft, BoundedRow row, RowPanel panel, string xId, string yId)
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
        string floorLabel = FitsLeft(row.Low) ? "middle left" : FitsRight(row.Low) ? "top right" : "top left";
        var trace = row.Shape == BoundShape.Point && panel.PointsAsBars
            ? Bar(row, label, text)
            : row.Shape switch
            {
                BoundShape.Point => Segment(row, [row.Low], label, [text], FitsRight(row.Low) ? "middle right" : "middle left",
                    [row.IsDerived ? "diamond-open" : "circle"], [12], lineWidth: 0),
                BoundShape.AtMost => Segment(row, [axis.Min, row.High], label, ["", text], "middle right",
                    [row.IsDerived ? "triangle-left-open" : "triangle-left", "line-ns-open"], [12, 18], lineWidth: 2),
                BoundShape.AtLeast => Segment(row, [row.Low, axis.Max], label, [floorLabel == "middle left" ? HtmlText.Escape(row.ValueText) + "\u2002" : text, ""], floorLabel,
                    ["line-ns-open", row.IsDerived ? "triangle-right-open" : "triangle-right"], [18, 12], lineWidth: 2),
                _ => Segment(row, [row.Low, row.High], label, ["", text], "middle right",
                    ["line-ns-open", "line-ns-open"], [18, 18], lineWidth: 6),
            };
        trace.With("name", HtmlText.Escape(row.LegendGroup))
            .With("legendgroup", HtmlText.Escape(row.LegendGroup))
            .With("showlegend", draft.ClaimLegendEntry(row.LegendGroup))
            .With("customdata", Enumerable.Repeat(HtmlText.Escape(row.Id), row.Shape == BoundShape.Point ? 1 : 2).ToArray())
            .With("xaxis", xId)
            .With("yaxis", yId);
        return trace;
    }

    /// <summary>About how wide a value label is drawn at the row font (12 px), with the en space before it.</summary>
    private static double LabelWidth(string text) => (text.Length + 1) * 7.0;

    private static Trace Segment(BoundedRow row, double[] x, string label, string[] text, string textPosition,
        string[] symbols, int[] sizes, int lineWidth)
    {
        var trace = Trace("scatter")
            .With("mode", lineWidth > 0 ? "lines+markers+text" : "markers+text")
            .With("x", x)
            .With("y", Enumerable.Repeat(label, x.Length).ToArray())
            .With("marker", Object(("color", row.Colour), ("symbol", symbols), ("size", sizes),
                ("line", Object(("color", row.Colour), ("width", 2.5)))));
        if (lineWidth > 0)
        {
            trace.With("line", Object(("color", row.Colour), ("width", lineWidth), ("dash", row.IsDerived ? "dash" : "solid")));
        }
        return trace
            .With("text", text)
            .With("textposition", textPosition)
            .With("textfont", Object(("size", 12), ("color", HouseStyle.TextColour)))
            .With("hovertext", Enumerable.Repeat(row.Hover, x.Length).ToArray())
            .With("hoverinfo", "text")
            .With("cliponaxis", false);
    }

    private static Trace Bar(BoundedRow row, string label, string text)
    {
        var marker = row.IsDerived
            ? Object(("color", HouseStyle.Background), ("line", Object(("color", row.Colour), ("width", 2))),
                ("pattern", Object(("shape", "/"), ("fgcolor", row.Colour), ("bgcolor", HouseStyle.Background), ("size", 8), ("solidity", 0.3))))
            : Object(("color", row.Colour), ("line", Object(("color", row.Colour), ("width", 2))));
        return Trace("bar")
            .With("orientation", "h")
            .With("x", new[] { row.Low })
            .With("y", new[] { label })
            .With("marker", marker)
            .With("width", 0.6)
            .With("text", new[] { text })
            .With("textposition", "outside")
            .With("hovertext", new[] { row.Hover })
            .With("hoverinfo", "text")
            .With("cliponaxis", false);
    }
}
