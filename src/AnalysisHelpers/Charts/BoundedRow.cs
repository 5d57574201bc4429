using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>One labelled row of a horizontal chart: a figure with the shape of what is known about it. For
/// <see cref="BoundShape.AtMost"/> only <see cref="High"/> is meaningful, for <see cref="BoundShape.AtLeast"/> only
/// <see cref="Low"/>; a point has Low == High. Label, value text and hover are plain text (escaped when drawn),
/// except hover, which is already Plotly markup.</summary>
internal sealed record BoundedRow(
    string Label,
    BoundShape Shape,
    double Low,
    double High,
    string Colour,
    string LegendGroup,
    string ValueText,
    string Hover,
    bool IsDerived,
    string Id)
{
    /// <summary>Rows that only read together (the claims of one conflict, a claim and the reference that checks it)
    /// share a group, so a figure too small for every row leaves out a group whole; empty for a row on its own.</summary>
    public string Group { get; init; } = "";

    /// <summary>The finite numbers this row draws, which the value axis must show.</summary>
    public IEnumerable<double> DrawnValues => Shape switch
    {
        BoundShape.AtMost => [High],
        BoundShape.AtLeast => [Low],
        BoundShape.Point => [Low],
        _ => [Low, High],
    };

    public static BoundedRow? FromClaim(Claim claim, string label, Source? source)
    {
        var quantity = claim.Quantity;
        (BoundShape Shape, double Low, double High)? shape = quantity switch
        {
            { Value: double v } => (BoundShape.Point, v, v),
            // "billions of yuan": the stored top is the convention's, so the figure is drawn as the floor it states.
            { Qualifier: Qualifier.Range, Low: double l } when claim.HasConventionalTop => (BoundShape.AtLeast, l, double.NaN),
            { Qualifier: Qualifier.UpperBound, High: double h } => (BoundShape.AtMost, double.NaN, h),
            { Qualifier: Qualifier.LowerBound, Low: double l } => (BoundShape.AtLeast, l, double.NaN),
            { Qualifier: Qualifier.Range, Low: double l, High: double h } => (BoundShape.Between, l, h),
            _ => null,
        };
        if (shape is not { } s) return null;
        return new BoundedRow(label, s.Shape, s.Low, s.High, CompanyColours.For(claim.Subject), claim.Subject,
            claim.FigureInWords(), HoverText.ForClaim(claim, source), IsDerived: false, claim.ClaimId);
    }

    /// <summary>A derived figure's interval as a row. On a log axis a lower end at or below zero cannot be drawn,
    /// so such an interval reads as "at most" its upper end, which is what it says.</summary>
    /// <param name="inputs">Claims to look up the figure's inputs in, for its colour.</param>
    public static BoundedRow? FromDerived(DerivedFigure figure, string label, bool logAxis, IEnumerable<Claim> inputs)
    {
        var value = figure.Value;
        bool lowOpen = !double.IsFinite(value.Low) || (logAxis && value.Low <= 0);
        bool highOpen = !double.IsFinite(value.High);
        (BoundShape Shape, string Text)? shape = (lowOpen, highOpen) switch
        {
            (false, false) when value.IsPoint => (BoundShape.Point, NumberFormat.Format(value.Low, figure.Unit)),
            (false, false) => (BoundShape.Between, NumberFormat.FormatInterval(value, figure.Unit)),
            (true, false) => (BoundShape.AtMost, "at most " + NumberFormat.Format(value.High, figure.Unit)),
            (false, true) => (BoundShape.AtLeast, "at least " + NumberFormat.Format(value.Low, figure.Unit)),
            _ => null,
        };
        if (shape is not { } s) return null;
        return new BoundedRow(label, s.Shape, value.Low, value.High, DerivedColour(figure, inputs), "derived",
            "derived: " + s.Text, HoverText.ForDerived(figure), IsDerived: true, figure.Id);
    }

    /// <summary>The colour of the organisation a derived figure is named after ("DeepSeek's implied operating cost"),
    /// or else of the one organisation all its inputs are about, or else a neutral grey.</summary>
    private static string DerivedColour(DerivedFigure figure, IEnumerable<Claim> inputs)
    {
        if (CompanyColours.MentionedIn(figure.Name) is { } named) return CompanyColours.For(named);
        var ids = figure.ClaimIds.ToHashSet(StringComparer.Ordinal);
        var subjects = inputs.Where(c => ids.Contains(c.ClaimId)).Select(c => c.Subject).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return CompanyColours.For(subjects.Count == 1 ? subjects[0] : figure.Name);
    }
}
