using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>What comparing the two figures found, before the link's relation has its say.</summary>
internal sealed record Comparison(Verdict Verdict, bool? BoundHolds, string Explanation);

/// <summary>Sets a claim's figure against a reference's, like with like only: no currency is converted and figures
/// in different units are never compared. Points are judged by their relative difference; anything with a bound
/// is judged by whether the other figure satisfies it.</summary>
internal static class FigureComparison
{
    /// <summary>Points this close are the same figure.</summary>
    public const double SameTolerance = 0.01;

    /// <summary>Points this close are a rounding of each other when the claim is round or worded as approximate.</summary>
    public const double RoundingTolerance = 0.10;

    /// <param name="boundCheck">True for a bound-check link: two plain points then have no bound between them, and
    /// the link rests on arithmetic the figures alone do not show.</param>
    public static Comparison Compare(Claim claim, ReferenceFigure reference, bool boundCheck)
    {
        var c = Figure.Of(claim);
        var r = Figure.Of(reference);
        string article = $"the article's “{claim.AsStated}”";
        string refId = reference.RefId;

        if (!r.HasNumber)
            return new(Verdict.Unverifiable, null, $"{refId} gives no figure, so {article} cannot be checked against it");
        if (!c.HasNumber)
            return new(Verdict.Unverifiable, null,
                $"the article states no figure (“{claim.AsStated}”), so there is nothing to set against {FigureText.Owned(refId, r)}");
        if (c.UnitToken != r.UnitToken)
        {
            string text = $"the article's figure is in {FigureText.UnitWords(c.UnitToken)} and {refId}'s in " +
                          $"{FigureText.UnitWords(r.UnitToken)}, so the two are not compared";
            // Amounts in two currencies are still the same kind of figure, so a dropped hedge is worth a mention.
            if (FigureText.IsCurrency(c.UnitToken) && FigureText.IsCurrency(r.UnitToken)
                && ReferenceHedge.StatedFlat(claim) && ReferenceHedge.Of(reference) is { } hedge)
                text += $"; {refId} hedges its figure ({hedge}) where the article states it flat";
            return new(Verdict.Unverifiable, null, text);
        }
        if (boundCheck && c.IsFlatPoint && r.IsFlatPoint)
            return new(Verdict.Unverifiable, null,
                $"neither {article} nor {FigureText.Owned(refId, r)} is a bound, so the check rests on arithmetic beyond the two figures");

        var outcome = (c.IsFlatPoint, r.IsFlatPoint) switch
        {
            (true, true) => Points(article, c.Point!.Value, r.Point!.Value, claim, refId, r.UnitToken),
            (false, true) => ClaimBound(article, c, r.Point!.Value, refId, r.UnitToken),
            (true, false) => ReferenceBound(article, c.Point!.Value, r, claim, refId),
            _ => Overlap(article, c, r, refId),
        };
        if (outcome.Verdict.IsAgreement() && ReferenceHedge.StatedFlat(claim) && ReferenceHedge.Of(reference) is { } dropped)
            return outcome with
            {
                Verdict = Verdict.DroppedHedge,
                Explanation = outcome.Explanation + $", but the article drops the hedge {refId} puts on it ({dropped})",
            };
        return outcome;
    }

    private static Comparison Points(string article, double claimed, double reference, Claim claim, string refId, string unit)
    {
        string refText = $"{refId}'s {FigureText.Number(reference, unit)}";
        double difference = RelativeDifference(claimed, reference);
        if (difference == 0) return new(Verdict.Consistent, null, $"{article} equals {refText}");
        string gap = $"{article} is {NumberFormat.Percent(difference)} {(claimed > reference ? "above" : "below")} {refText}";
        if (difference <= SameTolerance) return new(Verdict.Consistent, null, $"{article} is within 1% of {refText}");
        if (difference <= RoundingTolerance)
        {
            return IsRound(claimed) || WordedApproximate(claim)
                ? new(Verdict.Rounded, null, gap + ", which reads as a rounding of it")
                : new(Verdict.Contradicted, null, gap + ", too precise a figure to be a rounding of it");
        }
        return new(Verdict.Contradicted, null, gap + ", more than rounding explains");
    }

    private static Comparison ClaimBound(string article, Figure claim, double reference, string refId, string unit)
    {
        string refText = $"{refId}'s {FigureText.Number(reference, unit)}";
        bool holds = claim.Interval!.Value.Contains(reference);
        string text = (claim.IsCeilingOnly, claim.IsFloorOnly) switch
        {
            (true, _) => holds
                ? $"{article} sets a ceiling and {refText} is under it, so the bound holds"
                : $"{article} sets a ceiling, but {refText} is above it, so the bound fails",
            (_, true) => holds
                ? $"{article} sets a floor and {refText} is above it, so the bound holds"
                : $"{article} sets a floor, but {refText} is below it, so the bound fails",
            _ => holds
                ? $"{refText} lies inside the range {article} gives ({FigureText.Describe(claim)}), so the range holds"
                : $"{refText} lies outside the range {article} gives ({FigureText.Describe(claim)}), so the range fails",
        };
        return new(holds ? Verdict.Consistent : Verdict.Contradicted, holds, text);
    }

    private static Comparison ReferenceBound(string article, double claimed, Figure reference, Claim claim, string refId)
    {
        bool inside = reference.Interval!.Value.Contains(claimed);
        string bound = FigureText.Owned(refId, reference);
        if (inside)
            return new(Verdict.Consistent, true, $"{article} fits {bound}");
        // A reference with a stated figure beside its spread is still a figure the claim may round.
        if (reference.Point is double point)
        {
            var byPoint = Points(article, claimed, point, claim, refId, reference.UnitToken);
            return byPoint with { BoundHolds = false };
        }
        return new(Verdict.Contradicted, false, $"{article} falls outside {bound}");
    }

    private static Comparison Overlap(string article, Figure claim, Figure reference, string refId)
    {
        var a = claim.Interval!.Value;
        var b = reference.Interval!.Value;
        string both = $"{article} ({FigureText.Describe(claim)}) and {FigureText.Owned(refId, reference)}";
        if (Math.Max(a.Low, b.Low) <= Math.Min(a.High, b.High))
            return new(Verdict.Consistent, true, both + " overlap, so both can hold");
        string side = b.High < a.Low ? "below" : "above";
        return new(Verdict.Contradicted, false, both + $" do not overlap: the reference lies wholly {side} the claim");
    }

    /// <summary>|claim − reference| relative to the reference.</summary>
    public static double RelativeDifference(double claimed, double reference) =>
        reference == 0 ? (claimed == 0 ? 0 : double.PositiveInfinity) : Math.Abs(claimed - reference) / Math.Abs(reference);

    /// <summary>A round number has at most two significant digits: 6 million, 1.2 billion, 53 billion, 2%.</summary>
    public static bool IsRound(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value == 0;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))));
        double tenths = Math.Abs(value) / magnitude * 10;
        return Math.Abs(tenths - Math.Round(tenths)) < 1e-6;
    }

    /// <summary>True when the article hedges the figure as approximate, in its words or in the stored qualifier.</summary>
    private static bool WordedApproximate(Claim claim) =>
        claim.Qualifier == Qualifier.Approximate
        || QuantityParser.TryParse(claim.AsStated, out var parsed, out _) && parsed?.Qualifier == Qualifier.Approximate;
}
