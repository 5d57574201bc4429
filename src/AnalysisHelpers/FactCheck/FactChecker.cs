using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.FactCheck;

/// <summary>Checks every claim against the reference figures it is linked to, one result per link, ordered by claim
/// id then reference id. The link's relation says what kind of check applies:
/// <list type="bullet">
/// <item>same-quantity and bound-check compare the figures (<see cref="FigureComparison"/>) when they are in one
/// unit and cover one scope. Figures in different units are compared through the derived figure that carries the
/// claim to the reference's quantity (2% of $7 billion against an estimate of DeepSeek's costs), and a bound-check
/// between two plain points with no such figure is left unverified.</item>
/// <item>base-period compares the base a stated change implies (the prior-year total behind "fell 30%") with the
/// reference's figure for that period.</item>
/// <item>different-scope is <see cref="Verdict.DifferentScope"/>, unless the claim's figure or named thing matches a
/// reference about another model, which is <see cref="Verdict.Misattributed"/>. A claim and a reference whose
/// annotated scopes differ (a total cost against a compute-only estimate) are a different scope whatever the
/// relation.</item>
/// <item>attribution-check is <see cref="Verdict.Misattributed"/> when the reference's topic names a different model
/// from the claim's item, and otherwise compares the figures.</item>
/// <item>timing compares dates (<see cref="TimingCheck"/>): consistent, contradicted or <see cref="Verdict.Stale"/>.</item>
/// </list>
/// A reference that appeared after the article turns a contradiction (or an unverifiable timing) into
/// <see cref="Verdict.Postdated"/>. A ratio is given only where two plain amounts of one quantity were compared.</summary>
public static class FactChecker
{
    public static IReadOnlyList<FactCheckResult> Check(ClaimsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Check(data.Claims, data.References, data.Links, data.Sources, data.AnnotationOf, DerivedCatalogue.Compute(data));
    }

    /// <summary>Checks the given links. Every link must name a claim and a reference in the lists; a claim whose
    /// article is missing is checked without its date. Without annotations every claim reads as unannotated; without
    /// derived figures they are computed from the lists.</summary>
    public static IReadOnlyList<FactCheckResult> Check(
        IReadOnlyList<Claim> claims, IReadOnlyList<ReferenceFigure> references,
        IReadOnlyList<ClaimReferenceLink> links, IReadOnlyList<Source> sources,
        Func<string, ClaimAnnotation>? annotationOf = null, IReadOnlyList<DerivedFigure>? derived = null)
    {
        annotationOf ??= ClaimAnnotation.None;
        derived ??= DerivedCatalogue.Compute(claims, references, links, annotationOf);
        var claimById = ById(claims, c => c.ClaimId);
        var referenceById = ById(references, r => r.RefId);
        var sourceById = ById(sources, s => s.SourceId);
        var models = new ModelNames(claims.Select(c => c.Item).Concat(references.Select(r => r.Item)));
        return links
            .OrderBy(l => l.ClaimId, StringComparer.Ordinal)
            .ThenBy(l => l.RefId, StringComparer.Ordinal)
            .Select(link =>
            {
                var claim = claimById.GetValueOrDefault(link.ClaimId)
                    ?? throw new KeyNotFoundException($"link {link.ClaimId}–{link.RefId} names no known claim");
                var reference = referenceById.GetValueOrDefault(link.RefId)
                    ?? throw new KeyNotFoundException($"link {link.ClaimId}–{link.RefId} names no known reference");
                // The references of the claim's own links come first when an event's date is looked up.
                var datedFirst = links.Where(l => l.ClaimId == claim.ClaimId).Select(l => referenceById.GetValueOrDefault(l.RefId)).OfType<ReferenceFigure>()
                    .Concat(references).Distinct().ToList();
                return CheckLink(link, claim, reference, sourceById.GetValueOrDefault(claim.SourceId), models, annotationOf(claim.ClaimId), derived, datedFirst);
            })
            .ToList();
    }

    /// <summary>The results as a table: ids, relation, verdict, both figures in words, ratio, percent difference,
    /// whether a bound held, the explanation and the citation.</summary>
    public static DataFrame ToDataFrame(IEnumerable<FactCheckResult> results) => FactCheckTable.ToDataFrame(results);

    private static FactCheckResult CheckLink(ClaimReferenceLink link, Claim claim, ReferenceFigure reference, Source? source,
        ModelNames models, ClaimAnnotation annotation, IReadOnlyList<DerivedFigure> derived, IReadOnlyList<ReferenceFigure> datedFirst)
    {
        var claimFigure = Figure.Of(claim);
        var referenceFigure = Figure.Of(reference);
        string articleDate = source?.Date ?? "";
        bool postdated = DateOrder.IsLater(reference.AsOf, articleDate);
        string postdatedText = $"{reference.RefId} dates from {reference.AsOf}, after the article ({articleDate}), so the article could not have known it";

        var (comparison, comparedFigures, derivedId) = link.Relation switch
        {
            Relations.Timing => (TimingCheck.Compare(claim, annotation, reference, datedFirst, source), false, null),
            Relations.AttributionCheck => models.OtherModels(claim.Item, reference.Topic) is { Count: > 0 } other
                ? (new Comparison(Verdict.Misattributed, null,
                    $"the article ties “{claim.AsStated}” to {claim.Item}, but {reference.RefId} ({reference.Topic}) is about {string.Join(" and ", other)}"), false, null)
                : (FigureComparison.Compare(claim, reference, boundCheck: false), true, null),
            Relations.DifferentScope => (DifferentScope(claim, annotation, reference, models), false, null),
            Relations.SameQuantity => Measured(claim, annotation, reference, derived, boundCheck: false),
            Relations.BoundCheck => Measured(claim, annotation, reference, derived, boundCheck: true),
            Relations.BasePeriod => BasePeriod(claim, reference, derived),
            _ => throw new ArgumentException($"link {link.ClaimId}–{link.RefId} has unknown relation '{link.Relation}'", nameof(link)),
        };
        if (postdated && (comparison.Verdict == Verdict.Contradicted || (link.Relation == Relations.Timing && !comparison.Verdict.IsAgreement())))
            comparison = comparison with { Verdict = Verdict.Postdated, Explanation = comparison.Explanation + "; " + postdatedText };

        bool oneQuantity = link.Relation is Relations.SameQuantity or Relations.AttributionCheck;
        double? ratio = comparedFigures && oneQuantity && comparison.Verdict != Verdict.DifferentScope ? Ratio(claimFigure, referenceFigure) : null;
        return new FactCheckResult(
            claim.ClaimId, reference.RefId, link.Relation, comparison.Verdict,
            claimFigure.Interval, referenceFigure.Interval, ratio, ratio is double q ? (q - 1) * 100 : null,
            comparison.BoundHolds, FigureText.Sentence(comparison.Explanation), reference.Citation, link.Note, claim, reference, derivedId);
    }

    /// <summary>A same-quantity or bound-check link: scopes first, then the figures themselves when they share a
    /// unit, else the derived figure that carries the claim to the reference's quantity.</summary>
    private static (Comparison, bool ComparedFigures, string? DerivedId) Measured(Claim claim, ClaimAnnotation annotation, ReferenceFigure reference,
        IReadOnlyList<DerivedFigure> derived, bool boundCheck)
    {
        if (annotation.Scope.Length > 0 && reference.Scope.Length > 0 && annotation.Scope != reference.Scope)
            return (ScopeText(claim, annotation, reference), false, null);
        var c = Figure.Of(claim);
        var r = Figure.Of(reference);
        bool needsArithmetic = c.HasNumber && r.HasNumber && (c.UnitToken != r.UnitToken || (boundCheck && c.IsFlatPoint && r.IsFlatPoint));
        if (needsArithmetic && ThroughDerived(claim, reference, derived) is { } through)
            return (through.Comparison, false, through.Id);
        return (FigureComparison.Compare(claim, reference, boundCheck), true, null);
    }

    private static (Comparison Comparison, string Id)? ThroughDerived(Claim claim, ReferenceFigure reference, IReadOnlyList<DerivedFigure> derived)
    {
        var refInterval = Measure.Of(reference)?.Rounded;
        if (refInterval is not { } refValues) return null;
        string owned = FigureText.Owned(reference.RefId, Figure.Of(reference)) + (reference.Hedge.Length > 0 ? $" (“{reference.Hedge}”)" : "");
        foreach (var d in derived.Where(d => d.ClaimIds.Contains(claim.ClaimId)))
        {
            if (d.ComparesClaimToReference && d.ReferenceIds.Contains(reference.RefId))
            {
                bool holds = d.Value.Contains(1);
                string text = $"the article's “{claim.AsStated}” is {NumberFormat.FormatInterval(d.Value, d.Unit)} the amount {string.Join(" and ", d.ReferenceIds)} give ({d.Formula}), " +
                              (holds ? "an interval that takes in 1, so the two agree" : "an interval that leaves out 1, so the two disagree");
                return (new Comparison(holds ? Verdict.Consistent : Verdict.Contradicted, holds, text), d.Id);
            }
            if (SameQuantity(d, reference))
            {
                bool overlap = Math.Max(d.Value.Low, refValues.Low) <= Math.Min(d.Value.High, refValues.High);
                var others = d.Inputs.Where(i => i.Id != claim.ClaimId).Select(i => $"{i.Id}'s {i.Text}").ToList();
                string with = others.Count > 0 ? " with " + string.Join(" and ", others) : "";
                string implied = $"the article's “{claim.AsStated}”{with} implies {NumberFormat.FormatInterval(d.Value, d.Unit)} as {d.Name}";
                string text = overlap
                    ? $"{implied}, which takes in {owned}"
                    : $"{implied}, while {owned} is {Times(refValues / d.Value)} that";
                return (new Comparison(overlap ? Verdict.Consistent : Verdict.Contradicted, overlap, text), d.Id);
            }
        }
        return null;
    }

    /// <summary>A stated change against the reference's figure for the period it is measured from: the base the
    /// change implies must take in the reference's figure.</summary>
    private static (Comparison, bool, string?) BasePeriod(Claim claim, ReferenceFigure reference, IReadOnlyList<DerivedFigure> derived)
    {
        var refValues = Measure.Of(reference)?.Rounded;
        var implied = derived.FirstOrDefault(d => d.ClaimIds.Contains(claim.ClaimId) && SameQuantity(d, reference) && d.Period.Length > 0);
        if (refValues is not { } refInterval || implied is null)
            return (new Comparison(Verdict.Unverifiable, null,
                $"no derived figure takes the article's “{claim.AsStated}” to {reference.Dated}'s period, so the base cannot be compared"), false, null);
        bool overlap = Math.Max(implied.Value.Low, refInterval.Low) <= Math.Min(implied.Value.High, refInterval.High);
        var current = implied.Inputs.FirstOrDefault(i => i.Id != claim.ClaimId && !i.IsReference);
        string owned = FigureText.Owned(reference.RefId, Figure.Of(reference));
        string text = $"the stated change “{claim.AsStated}”{(current is null ? "" : $" on {current.Id}'s {current.Text}")} implies {NumberFormat.FormatInterval(implied.Value, implied.Unit)} for {implied.Period}";
        if (overlap)
            return (new Comparison(Verdict.Consistent, true, $"{text}, which takes in {owned} for that period"), false, implied.Id);
        if (current is not null && refInterval.Low > 0)
        {
            var fall = Interval.Point(1) - current.Value / refInterval;
            text += $", but {owned} for that period would make the fall {NumberFormat.FormatInterval(fall, Unit.Fraction)}";
        }
        else text += $", which leaves out {owned} for that period";
        return (new Comparison(Verdict.Contradicted, false, text), false, implied.Id);
    }

    private static bool SameQuantity(DerivedFigure d, ReferenceFigure reference) =>
        d.Subject.Length > 0 && string.Equals(d.Subject, reference.Subject, StringComparison.OrdinalIgnoreCase)
        && d.Metric == reference.Metric
        && (d.Period.Length == 0 || reference.Period.Length == 0 || d.Period == reference.Period);

    /// <summary>A neighbouring figure informs the claim without testing it, with one exception: when the claim's
    /// figure fits a reference that is about another model, or the thing the claim names is the one the reference
    /// documents for another model, it has been carried over to the wrong model.</summary>
    private static Comparison DifferentScope(Claim claim, ClaimAnnotation annotation, ReferenceFigure reference, ModelNames models)
    {
        var other = models.OtherModels(claim.Item, reference.Topic);
        var referenceFigure = Figure.Of(reference);
        if (other.Count > 0 && referenceFigure.HasNumber && Figure.Of(claim).HasNumber)
        {
            var comparison = FigureComparison.Compare(claim, reference, boundCheck: false);
            if (comparison.Verdict.IsAgreement())
                return comparison with
                {
                    Verdict = Verdict.Misattributed,
                    Explanation = comparison.Explanation + $", yet the article gives it for {claim.Item} while {reference.RefId} is about {string.Join(" and ", other)}",
                };
        }
        if (other.Count > 0 && !claim.IsQuantitative && annotation.Entities.FirstOrDefault(e => NamedIn(e, reference.Topic)) is { } thing)
            return new Comparison(Verdict.Misattributed, null,
                $"the article ties {thing} (“{claim.AsStated}”) to {claim.Item}, but {reference.RefId} ({reference.Topic}) documents it for {string.Join(" and ", other)}");
        return ScopeText(claim, annotation, reference);
    }

    private static Comparison ScopeText(Claim claim, ClaimAnnotation annotation, ReferenceFigure reference)
    {
        string refScope = reference.Scope.Length > 0 ? $" ({ScopeWords(reference.Scope)})" : "";
        string claimScope = annotation.Scope.Length > 0 ? $" ({ScopeWords(annotation.Scope)})" : "";
        string text = $"{reference.RefId} measures “{reference.Topic}”{refScope}, a different scope from the claim{claimScope}, so it informs the claim without testing it";
        if (claim.Period.Length > 0 && reference.Period.Length > 0 && claim.Period != reference.Period)
            text += $"; {reference.RefId}'s figure is for {reference.Period}, the claim's for {claim.Period}";
        var figure = Figure.Of(reference);
        if (figure.HasNumber) text += $"; {reference.RefId} gives {FigureText.Describe(figure)}";
        return new Comparison(Verdict.DifferentScope, null, text);
    }

    /// <summary>"compute-only" reads "compute only".</summary>
    internal static string ScopeWords(string scope) => scope.Replace('-', ' ');

    private static bool NamedIn(string name, string text)
    {
        for (int at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    private static string Times(Interval multiple) =>
        multiple.Low >= 1 ? $"{FigureText.Ratio(multiple.Low)}–{FigureText.Ratio(multiple.High)} times"
        : $"{FigureText.Ratio(multiple.Low)}–{FigureText.Ratio(multiple.High)} of";

    /// <summary>Claim over reference for two plain amounts of the same quantity in one unit (a reference's stated
    /// figure beside its spread counts as plain). Bounds, ranges, years, ranks and figures of different quantities
    /// get none: a ratio of a ceiling or of a loss to a cost says nothing.</summary>
    private static double? Ratio(Figure claim, Figure reference)
    {
        if (claim.UnitToken != reference.UnitToken || claim.UnitToken is "year" or "years" or "rank" or Figure.NoUnit) return null;
        if (!claim.IsFlatPoint) return null;
        bool referencePlain = reference.IsFlatPoint || (reference.Point is not null && reference.Low is not null && reference.High is not null);
        return referencePlain && reference.Point is double r && r != 0 ? claim.Point!.Value / r : null;
    }

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byId.TryAdd(id(item), item);
        return byId;
    }
}
