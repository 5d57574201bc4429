using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>A reference that appeared after the article cannot be held against it; dates are compared at the
/// precision both have.</summary>
public class TimingTests
{
    [Fact]
    public void A_timing_reference_later_than_the_article_is_postdated()
    {
        var result = Check(NoFigure("launched in January"), Reference(2025, "year", asOf: "2025-09-17"), Relations.Timing, articleDate: "2025-03");
        Assert.Equal(Verdict.Postdated, result.Verdict);
        Assert.Contains("could not have known", result.Explanation);
    }

    [Fact]
    public void A_timing_reference_from_before_the_article_compares_no_figures()
    {
        var result = Check(NoFigure("launched in January"), Reference(2025, "year", asOf: "2025-01-20"), Relations.Timing, articleDate: "2025-03");
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("2025-01-20", result.Explanation);
    }

    [Fact]
    public void A_reference_day_inside_the_article_month_is_not_later()
    {
        // 2026-01-13 may fall before or after an article dated only 2026-01.
        var result = Check(NoFigure("most downloaded in December"), Reference(7e8, "count", asOf: "2026-01-13"), Relations.Timing, articleDate: "2026-01");
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
    }

    [Fact]
    public void A_later_reference_year_than_an_undated_article_is_not_later()
    {
        var result = Check(NoFigure("launched"), Reference(2025, "year", asOf: "2025-09-17"), Relations.Timing, articleDate: "unknown");
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
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
}
