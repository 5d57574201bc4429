using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>Timing links compare dates: the claim's date (its period, the date of an event it says coincided, or its
/// tense against the article's date) against the reference's date for the event (its period, never its publication
/// date), at the precision both have.</summary>
public class TimingTests
{
    private static FactCheckResult Timed(Claim claim, ReferenceFigure reference, ClaimAnnotation? annotation = null,
        string articleDate = ArticleDate, params ReferenceFigure[] others)
    {
        var links = new List<ClaimReferenceLink> { new(claim.ClaimId, reference.RefId, Relations.Timing, "A link.") };
        var results = FactChecker.Check([claim], [reference, .. others], links, [Article(articleDate)],
            id => annotation ?? ClaimAnnotation.None(id));
        return Assert.Single(results);
    }

    private static ClaimAnnotation Reading(string evt = "", string sameTimeAs = "", string tense = "", string access = "") =>
        new("C001", [], "", "", "", evt, sameTimeAs, tense, access, "A reading.");

    private static Claim Dated(string asStated, string period) =>
        new("C001", "article", 1, "company", "DeepSeek", "", "launch", null, null, null, Unit.None, Qualifier.Exact, period, asStated, "article", "A claim.", "");

    [Fact]
    public void A_claim_month_that_takes_in_the_reference_day_is_consistent()
    {
        var result = Timed(Dated("launched in January", "2025-01"), Reference(2025, "year", period: "2025-01-20", asOf: "2025-01-20"));
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.Contains("2025-01-20", result.Explanation);
    }

    [Fact]
    public void A_claim_day_two_days_from_the_reference_day_is_contradicted()
    {
        var result = Timed(Dated("on the first day of the Lunar New Year", "2025-01-29"), Reference(null, "none", period: "2025-01-27", asOf: "2025-01-27"));
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("2 days apart", result.Explanation);
    }

    [Fact]
    public void The_reference_is_dated_by_its_period_not_by_when_it_was_published()
    {
        // Published in March 2025 about the first quarter of 2024.
        var result = Timed(Dated("in the first quarter", "2024-Q1"), Reference(2.6e9, "USD", period: "2024-Q1", asOf: "2025-03-17"));
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.DoesNotContain("2025-03-17", result.Explanation);
    }

    [Fact]
    public void Coinciding_events_a_week_apart_in_the_references_are_contradicted()
    {
        var selloff = Reference(1e12, "USD", id: "R13", topic: "Sell-off", period: "2025-01-27", evt: "selloff", asOf: "2025-01-27");
        var release = Reference(2025, "year", id: "R22", topic: "Release", period: "2025-01-20", evt: "release", asOf: "2025-01-20");
        var result = Timed(NoFigure("coincided with a sell-off"), selloff, Reading(evt: "release", sameTimeAs: "selloff"), "2025-06", release);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("7 days apart", result.Explanation);
        Assert.Contains("R22", result.Explanation);
    }

    [Fact]
    public void A_release_called_open_that_the_reference_calls_api_only_is_contradicted_though_the_day_matches()
    {
        var result = Timed(Dated("released an open-source version", "2025-01-29"),
            Reference(null, "none", period: "2025-01-28", evt: "lny", access: "api-only", asOf: "2025-01-28"),
            Reading(evt: "lny", access: "open-weights"));
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("a day apart", result.Explanation);
        Assert.Contains("only through an API", result.Explanation);
    }

    [Fact]
    public void Something_presented_as_happening_now_that_happened_a_year_before_is_stale()
    {
        var result = Timed(NoFigure("launching Grok-1"), Reference(3.14e11, "count", period: "2024-03-13", evt: "grok", asOf: "2024-03-13"),
            Reading(evt: "grok", tense: "present"), "2025-06");
        Assert.Equal(Verdict.Stale, result.Verdict);
    }

    [Fact]
    public void Something_presented_as_happening_now_within_a_quarter_of_the_article_is_consistent()
    {
        var result = Timed(NoFigure("launching"), Reference(null, "none", period: "2025-04-20", evt: "e", asOf: "2025-04-20"),
            Reading(evt: "e", tense: "present"), "2025-06");
        Assert.Equal(Verdict.Consistent, result.Verdict);
    }

    [Fact]
    public void Something_still_to_come_that_had_happened_before_the_article_is_stale()
    {
        var result = Timed(NoFigure("is launching the next model in the coming weeks"), Reference(null, "none", period: "2025-02-01", evt: "e", asOf: "2025-02-01"),
            Reading(evt: "e", tense: "future"), "2025-04");
        Assert.Equal(Verdict.Stale, result.Verdict);
    }

    [Fact]
    public void Something_in_the_past_that_the_reference_dates_after_the_article_is_postdated()
    {
        var result = Timed(NoFigure("has introduced"), Reference(null, "none", period: "2025-09-01", evt: "e", asOf: "2025-09-01"),
            Reading(evt: "e", tense: "past"), "2025-06");
        Assert.Equal(Verdict.Postdated, result.Verdict);
        Assert.Contains("could not have known", result.Explanation);
    }

    [Fact]
    public void A_claim_without_a_date_or_tense_compares_nothing()
    {
        var result = Timed(NoFigure("most downloaded in December"), Reference(7e8, "count", period: "2026-01-13", asOf: "2026-01-13"), articleDate: "2026-01");
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("fixes no date", result.Explanation);
    }

    [Fact]
    public void A_reference_without_a_date_times_nothing()
    {
        var result = Timed(Dated("launched in January", "2025-01"), Reference(2025, "year", asOf: "2025-01-20"));
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("gives no date", result.Explanation);
    }

    [Fact]
    public void A_contradiction_by_a_later_reference_is_postdated()
    {
        // 6 million against 294 thousand would contradict, but the reference came out after the article.
        var result = Check(Claim(Quantity.Point(6e6, Unit.USD), "$6 million"), Reference(294_000, "USD", asOf: "2025-09-17"),
            Relations.SameQuantity, articleDate: "2025-02");
        Assert.Equal(Verdict.Postdated, result.Verdict);
    }

    [Fact]
    public void Agreement_with_a_later_reference_stays_agreement()
    {
        var result = Check(Claim(Quantity.AtLeast(6e8, Unit.Count), "over 600 million downloads"), Reference(7e8, "count", asOf: "2026-02-01"),
            Relations.BoundCheck, articleDate: "2026-01");
        Assert.Equal(Verdict.Consistent, result.Verdict);
    }

    [Fact]
    public void A_reference_day_inside_the_article_month_is_not_later()
    {
        // 2026-01-13 may fall before or after an article dated only 2026-01.
        var result = Timed(NoFigure("most downloaded in December"), Reference(7e8, "count", period: "2026-01-13", asOf: "2026-01-13"), articleDate: "2026-01");
        Assert.NotEqual(Verdict.Postdated, result.Verdict);
    }
}
