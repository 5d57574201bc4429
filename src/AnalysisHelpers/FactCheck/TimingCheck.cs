using AnalysisHelpers.Claims;

namespace AnalysisHelpers.FactCheck;

/// <summary>A timing link compares dates: the date the claim gives or implies for the event the reference dates,
/// against the reference's date for it (its period, never its publication date), at the precision both have; and
/// when both say how a release was made available, whether it was open or API-only.
/// <list type="bullet">
/// <item>A claim dated in its own period is consistent when the two dates are at most <see cref="CoincidenceDays"/>
/// apart (a month takes in every day of it), contradicted otherwise.</item>
/// <item>A claim that two events coincided (annotation same_time_as) takes the date the references give the other
/// event, so "coincided" against dates a week apart is a contradiction.</item>
/// <item>A claim with no date of its own is read by its tense against the article's date: what it presents as
/// happening now is stale when the reference dates it more than <see cref="StaleAfterDays"/> before the article,
/// what it presents as still to come is stale when the reference dates it before the article, and what it
/// presents as past is contradicted when the reference dates it after the article.</item>
/// </list></summary>
internal static class TimingCheck
{
    /// <summary>Two dated events count as the same time when at most one day apart: a day of slack for time zones
    /// and for reports dated the morning after.</summary>
    public const int CoincidenceDays = 1;

    /// <summary>What an article presents as happening now may have started up to a quarter before it.</summary>
    public const int StaleAfterDays = 90;

    public static Comparison Compare(Claim claim, ClaimAnnotation annotation, ReferenceFigure reference,
        IReadOnlyList<ReferenceFigure> datedFirst, Source? source)
    {
        var refDate = reference.When;
        if (refDate is not { } refWhen)
            return new(Verdict.Unverifiable, null, $"{reference.RefId} gives no date, so “{claim.AsStated}” cannot be timed against it");
        string refText = $"{reference.RefId} ({reference.Topic}) gives {refWhen}";
        string accessAgreement = annotation.Access.Length > 0 && annotation.Access == reference.Access
            ? $", and both call the release {AccessWords(annotation.Access)}" : "";
        string? accessClash = AccessClash(annotation, reference);

        // "Coincided": the claim puts the reference's event at the date of the other event it names.
        string? otherEvent = annotation.SameTimeAs.Length > 0 && annotation.SameTimeAs == reference.Event ? annotation.Event
            : annotation.Event.Length > 0 && annotation.Event == reference.Event && annotation.SameTimeAs.Length > 0 ? annotation.SameTimeAs
            : null;
        if (otherEvent is not null)
        {
            var other = datedFirst.FirstOrDefault(r => r.Event == otherEvent && r.RefId != reference.RefId && r.When is not null);
            var otherDate = annotation.Event == otherEvent ? PartialDate.Parse(claim.Period) ?? other?.When : other?.When;
            if (otherDate is not { } when)
                return new(Verdict.Unverifiable, null, $"the article's “{claim.AsStated}” ties the event to another that no reference dates");
            int gap = when.DaysApartFrom(refWhen);
            string otherText = other is not null && other.When == when ? $"{other.RefId} ({other.Topic}) gives {when}" : $"the article gives {when}";
            return gap <= CoincidenceDays
                ? new(Verdict.Consistent, null, $"the article's “{claim.AsStated}” puts the two at one time, and {otherText} and {refText}")
                : new(Verdict.Contradicted, null, $"the article's “{claim.AsStated}” puts the two at one time, but {otherText} and {refText}, {Days(gap)} apart");
        }

        Comparison dated;
        if (PartialDate.Parse(claim.Period) is { } claimDate)
        {
            int gap = claimDate.DaysApartFrom(refWhen);
            dated = gap <= CoincidenceDays
                ? new(Verdict.Consistent, null, $"the article dates “{claim.AsStated}” to {claimDate} and {refText}, {(gap == 0 ? "which it takes in" : "a day apart")}")
                : new(Verdict.Contradicted, null, $"the article dates “{claim.AsStated}” to {claimDate}, but {refText}, {Days(gap)} apart");
        }
        else if (annotation.Tense.Length > 0 && PartialDate.Parse(source?.Date) is { } article)
        {
            dated = annotation.Tense switch
            {
                ClaimAnnotation.Present when refWhen.Last.AddDays(StaleAfterDays) < article.First => new(Verdict.Stale, null,
                    $"the article's “{claim.AsStated}” presents it as happening as it writes ({article}), but {refText}, {Days(article.First.DayNumber - refWhen.Last.DayNumber)} before the article's date"),
                ClaimAnnotation.Future when refWhen.IsBefore(article) => new(Verdict.Stale, null,
                    $"the article's “{claim.AsStated}” presents it as still to come ({article}), but {refText}, before the article's date"),
                ClaimAnnotation.Past when refWhen.IsAfter(article) => new(Verdict.Contradicted, null,
                    $"the article's “{claim.AsStated}” presents it as past ({article}), but {refText}, after the article's date"),
                ClaimAnnotation.Future => new(Verdict.Consistent, null,
                    $"the article's “{claim.AsStated}” presents it as still to come ({article}), and {refText}, not before the article's date"),
                ClaimAnnotation.Past => new(Verdict.Consistent, null,
                    $"the article's “{claim.AsStated}” puts it before the article's date ({article}), and {refText}{accessAgreement}"),
                _ => new(Verdict.Consistent, null,
                    $"the article's “{claim.AsStated}” presents it as happening as it writes ({article}), and {refText}, within a quarter of that"),
            };
        }
        else
        {
            dated = new(Verdict.Unverifiable, null, $"the article fixes no date for “{claim.AsStated}”, so there is nothing to set against {reference.RefId}'s {refWhen}");
        }

        if (accessClash is null) return dated;
        return new(Verdict.Contradicted, null, dated.Verdict == Verdict.Contradicted || dated.Verdict == Verdict.Stale
            ? dated.Explanation + "; " + accessClash
            : dated.Explanation + ", but " + accessClash);
    }

    private static string? AccessClash(ClaimAnnotation annotation, ReferenceFigure reference) =>
        annotation.Access.Length > 0 && reference.Access.Length > 0 && annotation.Access != reference.Access
            ? $"the article calls the release {AccessWords(annotation.Access)} where {reference.RefId} says it was {AccessWords(reference.Access)}"
            : null;

    public static string AccessWords(string access) => access switch
    {
        "open-weights" => "open-source (open weights)",
        "api-only" => "offered only through an API, without open weights",
        _ => access,
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
