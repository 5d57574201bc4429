using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using static AnalysisHelpers.Charts.PlotlyInit;
using static AnalysisHelpers.Charts.PlotlyOptions;

namespace AnalysisHelpers.Charts;

/// <summary>The fall in venture funding: the quarter's total as stated beside the prior-year quarter it implies
/// (hatched, because it is derived), an arrow marking the fall, and the deal count and average deal size below.</summary>
public static class FundingDeclineChart
{
    public const string Id = "funding-decline";
    public const string Title = "Venture funding for Chinese AI: the quarter and the year before";

    /// <param name="priorYearQuarter">The prior-year total implied by the stated fall, from the derived catalogue.</param>
    /// <param name="averageDealSize">Total over number of deals, from the derived catalogue.</param>
    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources,
        DerivedFigure? priorYearQuarter = null, DerivedFigure? averageDealSize = null)
    {
        var claimList = claims.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var funding = claimList
            .Where(c => ClaimCategories.Is(c.Category, ClaimCategories.Funding))
            .OrderBy(c => c.SourceId, StringComparer.Ordinal)
            .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
        var totals = funding.Where(c => c.Unit == Unit.USD).ToList();
        var dealCounts = funding.Where(c => c.Unit == Unit.Count).ToList();
        var changes = funding.Where(c => c.Unit == Unit.Fraction).ToList();

        var totalRows = new List<BoundedRow>();
        if (priorYearQuarter is { Unit: Unit.USD } && BoundedRow.FromDerived(priorYearQuarter, priorYearQuarter.Name + " (derived)", logAxis: false, claimList) is { } priorRow)
        {
            totalRows.Add(priorRow);
        }
        totalRows.AddRange(ClaimRows.Of(totals, byId, (c, source) => $"{PeriodOf(c)} total · {SourceLabels.ShortTitle(source)}"));
        var dealRows = ClaimRows.Of(dealCounts, byId, (c, source) => $"{PeriodOf(c)} deals · {SourceLabels.ShortTitle(source)}");
        var averageRows = new List<BoundedRow>();
        if (averageDealSize is { Unit: Unit.USD } && BoundedRow.FromDerived(averageDealSize, averageDealSize.Name + " (derived)", logAxis: false, claimList) is { } averageRow)
        {
            averageRows.Add(averageRow);
        }

        var panels = new List<RowPanel>
        {
            new("Total raised (US dollars)", totalRows, Axis(totalRows, Unit.USD), "US dollars", PointsAsBars: true),
            new("Number of deals", dealRows, Axis(dealRows, Unit.Count), "deals", PointsAsBars: true),
        };
        if (averageRows.Count > 0)
        {
            panels.Add(new("Average deal size (derived)", averageRows, Axis(averageRows, Unit.USD), "US dollars per deal", PointsAsBars: true));
        }

        var derived = new[] { priorYearQuarter, averageDealSize }.OfType<DerivedFigure>().Where(d => d.Unit == Unit.USD).ToList();
        var drawn = totals.Concat(dealCounts).Concat(changes).ToList();
        var evidence = ChartEvidence.Of(drawn, derived, claimList);
        string caption = Caption(totalRows.Concat(averageRows).ToList(), changes.Count > 0);
        return RowChart.Build(Id, Title, caption, panels, evidence, sourceList, derived,
            (draft, drawnPanels) => AnnotateChange(draft, drawnPanels[0].Rows, changes.FirstOrDefault()));
    }

    /// <summary>Says what the figure draws: a derived figure is a hatched bar only when it is one amount (an interval
    /// from rounded inputs is a span), and the arrow is drawn only from such a bar (see <see cref="AnnotateChange"/>).</summary>
    private static string Caption(IReadOnlyList<BoundedRow> rows, bool stated)
    {
        var derived = rows.Where(r => r.IsDerived).ToList();
        string text = "Solid bars are figures the article states";
        if (derived.Any(r => r.Shape == BoundShape.Point)) text += "; hatched bars are derived by the workbook";
        if (derived.Any(r => r.Shape != BoundShape.Point)) text += "; a capped span is a derived figure's interval, the values its rounded inputs allow";
        if (derived.Count > 0) text += " (formulas in the derived-figures table)";
        text += ".";
        bool arrow = derived.Any(r => r.Shape == BoundShape.Point && r.Low != 0) && rows.Any(r => !r.IsDerived && r.Shape == BoundShape.Point);
        if (arrow) text += " The arrow runs from the implied prior-year quarter to the stated quarter and is labelled with the change.";
        else if (stated) text += " The stated change is written beside the stated quarter.";
        return text;
    }

    private static ValueAxis Axis(IEnumerable<BoundedRow> rows, Unit unit) =>
        ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), unit, log: false);

    private static string PeriodOf(Claim claim) => string.IsNullOrWhiteSpace(claim.Period) ? "period not stated" : claim.Period;

    /// <summary>Draws an arrow from the derived prior-year bar to the first stated total, labelled with the change
    /// the two imply; with no prior-year figure the stated change is written beside the total instead.</summary>
    private static void AnnotateChange(FigureDraft draft, IReadOnlyList<BoundedRow> totalRows, Claim? change)
    {
        var prior = totalRows.FirstOrDefault(r => r.IsDerived && r.Shape == BoundShape.Point);
        var current = totalRows.FirstOrDefault(r => !r.IsDerived && r.Shape == BoundShape.Point);
        if (current is null) return;
        int currentIndex = IndexOf(totalRows, current);
        string asStated = change is null ? string.Empty : $" (stated: “{change.AsStated}”, {change.ClaimId})";
        if (prior is null || prior.Low == 0)
        {
            if (change is null) return;
            // On two lines: in one, at the label font, it ran past the figure's right edge beside a bar half the axis long.
            draft.Annotations.Add(Init<Annotation>(
                ("Text", HtmlText.Escape("change on the year") + "<br>" + HtmlText.Escape(asStated.Trim())), ("XRef", "x"), ("YRef", "y"),
                ("X", current.Low), ("Y", currentIndex), ("XAnchor", StyleParam.XAnchorPosition.Left),
                // Clear of the bar's own value label, which plotly sets just outside the bar's end.
                ("XShift", (int)Math.Ceiling((current.ValueText.Length + 3) * HouseStyle.LabelCharWidth)),
                ("ShowArrow", false), ("Align", StyleParam.AnnotationAlignment.Left), ("Font", FontOf(HouseStyle.LabelFontSize, HouseStyle.TextColour))));
            return;
        }
        int priorIndex = IndexOf(totalRows, prior);
        double relativeChange = (current.Low - prior.Low) / prior.Low;
        // Bars are 0.6 of a row thick: the arrow runs between the facing edges of the two bars, clear of their labels.
        double edge = Math.Sign(currentIndex - priorIndex) * 0.3;
        var arrow = Init<Annotation>(
            ("Text", ""), ("XRef", "x"), ("YRef", "y"), ("X", current.Low), ("Y", currentIndex - edge),
            ("AXRef", "x"), ("AYRef", "y"), ("AX", prior.Low), ("AY", priorIndex + edge),
            ("ShowArrow", true), ("ArrowHead", StyleParam.ArrowHead.TriangleTall), ("ArrowSize", 1.2),
            ("ArrowColor", Colour(HouseStyle.TextColour)), ("StandOff", 0));
        // Plotly.NET's Annotation has no member for the width of the arrow's line; plotly.js's name for it is set.
        arrow.SetProperty("arrowwidth", 1.5);
        draft.Annotations.Add(arrow);
        draft.Annotations.Add(Init<Annotation>(
            ("Text", "<b>" + HtmlText.Escape(NumberFormat.SignedPercent(relativeChange)) + "</b>" + HtmlText.Escape(" on a year earlier" + asStated)),
            ("XRef", "x"), ("YRef", "y"), ("X", (current.Low + prior.Low) / 2), ("Y", (currentIndex + priorIndex) / 2.0),
            ("XAnchor", StyleParam.XAnchorPosition.Left), ("XShift", 10), ("YAnchor", StyleParam.YAnchorPosition.Middle),
            ("ShowArrow", false), ("Align", StyleParam.AnnotationAlignment.Left),
            ("BGColor", Colour("rgba(255,255,255,0.85)")), ("Font", FontOf(HouseStyle.LabelFontSize, HouseStyle.TextColour))));
    }

    private static int IndexOf(IReadOnlyList<BoundedRow> rows, BoundedRow row)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            if (ReferenceEquals(rows[i], row)) return i;
        }
        return -1;
    }
}
