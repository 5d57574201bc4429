using AnalysisHelpers.Claims;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.FactCheck;

/// <summary>Checks every claim against the reference figures it is linked to, one result per link, ordered by claim
/// id then reference id. The link's relation says what kind of check applies:
/// <list type="bullet">
/// <item>same-quantity and bound-check compare the figures (<see cref="FigureComparison"/>); a bound-check between two
/// plain points has no bound to test and is left unverified.</item>
/// <item>different-scope is <see cref="Verdict.DifferentScope"/>, unless the claim's figure matches a reference about
/// another model, which is <see cref="Verdict.Misattributed"/>.</item>
/// <item>attribution-check is <see cref="Verdict.Misattributed"/> when the reference's topic names a different model
/// from the claim's item, and otherwise compares the figures.</item>
/// <item>timing compares dates, not figures: <see cref="Verdict.Postdated"/> when the reference appeared after the
/// article, otherwise <see cref="Verdict.Unverifiable"/>.</item>
/// </list>
/// A reference that appeared after the article turns a contradiction into <see cref="Verdict.Postdated"/>.</summary>
public static class FactChecker
{
    public static IReadOnlyList<FactCheckResult> Check(ClaimsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Check(data.Claims, data.References, data.Links, data.Sources);
    }

    /// <summary>Checks the given links. Every link must name a claim and a reference in the lists; a claim whose
    /// article is missing is checked without its date.</summary>
    public static IReadOnlyList<FactCheckResult> Check(
        IReadOnlyList<Claim> claims, IReadOnlyList<ReferenceFigure> references,
        IReadOnlyList<ClaimReferenceLink> links, IReadOnlyList<Source> sources)
    {
        var claimById = ById(claims, c => c.ClaimId);
        var referenceById = ById(references, r => r.RefId);
        var sourceById = ById(sources, s => s.SourceId);
        var models = new ModelNames(claims.Select(c => c.Item));
        return links
            .OrderBy(l => l.ClaimId, StringComparer.Ordinal)
            .ThenBy(l => l.RefId, StringComparer.Ordinal)
            .Select(link =>
            {
                var claim = claimById.GetValueOrDefault(link.ClaimId)
                    ?? throw new KeyNotFoundException($"link {link.ClaimId}–{link.RefId} names no known claim");
                var reference = referenceById.GetValueOrDefault(link.RefId)
                    ?? throw new KeyNotFoundException($"link {link.ClaimId}–{link.RefId} names no known reference");
                return CheckLink(link, claim, reference, sourceById.GetValueOrDefault(claim.SourceId), models);
            })
            .ToList();
    }

    /// <summary>The results as a table: ids, relation, verdict, both figures in words, ratio, percent difference,
    /// whether a bound held, the explanation and the citation.</summary>
    public static DataFrame ToDataFrame(IEnumerable<FactCheckResult> results) => FactCheckTable.ToDataFrame(results);

    private static FactCheckResult CheckLink(ClaimReferenceLink link, Claim claim, ReferenceFigure reference, Source? source, ModelNames models)
    {
        var claimFigure = Figure.Of(claim);
        var referenceFigure = Figure.Of(reference);
        string articleDate = source?.Date ?? "";
        bool postdated = DateOrder.IsLater(reference.AsOf, articleDate);
        string postdatedText = $"{reference.RefId} dates from {reference.AsOf}, after the article ({articleDate}), so the article could not have known it";

        var comparison = link.Relation switch
        {
            Relations.Timing => postdated
                ? new Comparison(Verdict.Postdated, null, postdatedText)
                : new Comparison(Verdict.Unverifiable, null, TimingText(claim, reference)),
            Relations.AttributionCheck => models.OtherModels(claim.Item, reference.Topic) is { Count: > 0 } other
                ? new Comparison(Verdict.Misattributed, null,
                    $"the article ties “{claim.AsStated}” to {claim.Item}, but {reference.RefId} ({reference.Topic}) is about {string.Join(" and ", other)}")
                : FigureComparison.Compare(claim, reference, boundCheck: false),
            Relations.DifferentScope => DifferentScope(claim, reference, models),
            Relations.SameQuantity => FigureComparison.Compare(claim, reference, boundCheck: false),
            Relations.BoundCheck => FigureComparison.Compare(claim, reference, boundCheck: true),
            _ => throw new ArgumentException($"link {link.ClaimId}–{link.RefId} has unknown relation '{link.Relation}'", nameof(link)),
        };
        if (postdated && comparison.Verdict == Verdict.Contradicted)
            comparison = comparison with { Verdict = Verdict.Postdated, Explanation = comparison.Explanation + "; " + postdatedText };

        double? ratio = Ratio(claimFigure, referenceFigure);
        return new FactCheckResult(
            claim.ClaimId, reference.RefId, link.Relation, comparison.Verdict,
            claimFigure.Interval, referenceFigure.Interval, ratio, ratio is double q ? (q - 1) * 100 : null,
            comparison.BoundHolds, FigureText.Sentence(comparison.Explanation), reference.Citation, link.Note, claim, reference);
    }

    /// <summary>A neighbouring figure informs the claim without testing it, with one exception: when the claim's
    /// figure fits a reference that is about another model, the figure has been carried over to the wrong model.</summary>
    private static Comparison DifferentScope(Claim claim, ReferenceFigure reference, ModelNames models)
    {
        var comparison = FigureComparison.Compare(claim, reference, boundCheck: false);
        if (!Figure.Of(reference).HasNumber) return comparison;
        var other = models.OtherModels(claim.Item, reference.Topic);
        if (other.Count > 0 && comparison.Verdict.IsAgreement())
            return comparison with
            {
                Verdict = Verdict.Misattributed,
                Explanation = comparison.Explanation + $", yet the article gives it for {claim.Item} while {reference.RefId} is about {string.Join(" and ", other)}",
            };
        string text = $"{reference.RefId} measures “{reference.Topic}”, a different scope from the claim, so it informs the claim without testing it";
        string owned = FigureText.Owned(reference.RefId, Figure.Of(reference));
        if (Ratio(Figure.Of(claim), Figure.Of(reference)) is double ratio)
            text += ratio == 1
                ? $"; in number the article's “{claim.AsStated}” equals {owned}"
                : $"; the article's “{claim.AsStated}” is {FigureText.Ratio(ratio)} times {owned}";
        return new Comparison(Verdict.DifferentScope, null, text);
    }

    private static string TimingText(Claim claim, ReferenceFigure reference)
    {
        string period = string.IsNullOrWhiteSpace(claim.Period) ? "" : $" and the claim to {claim.Period}";
        return $"{reference.RefId} dates the event to {reference.AsOf}{period}; a timing link is about when, so no figures are compared";
    }

    /// <summary>Claim over reference for figures in the same unit that each come down to one number.</summary>
    private static double? Ratio(Figure claim, Figure reference) =>
        claim.UnitToken == reference.UnitToken && claim.Single is double c && reference.Single is double r && r != 0 ? c / r : null;

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byId.TryAdd(id(item), item);
        return byId;
    }
}
