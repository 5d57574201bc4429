using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>The checks run on the workbook's own data folder, for the pairs whose outcome is known from the
/// sources: what rounds, what is another model's, what is another scope, what the dates decide.</summary>
public class FactCheckShippedDataTests
{
    private static readonly Lazy<(ClaimsDataset Data, IReadOnlyList<FactCheckResult> Results)> Shipped = new(() =>
    {
        var folder = RepoPaths.Data;
        var data = ClaimsDataset.Load(folder);
        return (data, FactChecker.Check(data));
    });

    private static FactCheckResult Result(string claimId, string refId) =>
        Assert.Single(Shipped.Value.Results, r => r.ClaimId == claimId && r.RefId == refId);

    [Fact]
    public void Every_link_row_yields_exactly_one_result()
    {
        var (data, results) = Shipped.Value;
        Assert.Equal(data.Links.Count, results.Count);
        Assert.Equal(
            data.Links.Select(l => (l.ClaimId, l.RefId, l.Relation)).Order(),
            results.Select(r => (r.ClaimId, r.RefId, r.Relation)).Order());
    }

    [Fact]
    public void Results_are_ordered_by_claim_then_reference()
    {
        var keys = Shipped.Value.Results.Select(r => r.ClaimId + "/" + r.RefId).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void The_v3_training_cost_of_about_six_million_is_a_rounding_of_the_technical_report()
    {
        var result = Result("C037", "R02");
        Assert.Contains(result.Verdict, new[] { Verdict.Consistent, Verdict.Rounded });
        // 6,000,000 / 5,576,000 = 1.07604...
        Assert.Equal(1.07604, result.Ratio!.Value, 5);
        Assert.Equal(result.Reference.Citation, result.Citation);
    }

    [Fact]
    public void The_same_figure_given_for_r1_is_misattributed_although_its_bound_holds_and_gets_no_ratio()
    {
        var result = Result("C071", "R02");
        Assert.Equal("DeepSeek-R1", result.Claim.Item);
        Assert.Equal(Verdict.Misattributed, result.Verdict);
        Assert.True(result.BoundHolds);
        Assert.Contains("the bound holds", result.Explanation);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void A_later_figure_for_another_stage_of_r1_is_a_different_scope_with_no_ratio_for_the_ceiling()
    {
        // "less than $6 million" against R1's reasoning-stage figure of 294 thousand dollars.
        var result = Result("C071", "R05");
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Equal(new AnalysisHelpers.Quantities.Interval(0, 6e6), result.ClaimInterval);
        Assert.Null(result.Ratio);
        Assert.Null(result.PercentDifference);
    }

    [Theory]
    [InlineData("C039", "R07")]
    [InlineData("C039", "R08")]
    [InlineData("C077", "R07")]
    [InlineData("C077", "R08")]
    public void A_floor_or_range_on_the_whole_cost_against_a_compute_or_hardware_only_estimate_is_a_different_scope(string claimId, string refId)
    {
        var result = Result(claimId, refId);
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Contains("different scope", result.Explanation);
        Assert.Null(result.BoundHolds);
        Assert.Null(result.Ratio);
    }

    [Theory]
    [InlineData("C075", "R13")]
    [InlineData("C075", "R22")]
    public void Coincided_against_release_and_sell_off_a_week_apart_is_contradicted_by_the_dates(string claimId, string refId)
    {
        var result = Result(claimId, refId);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("2025-01-20", result.Explanation);
        Assert.Contains("2025-01-27", result.Explanation);
        Assert.Contains("7 days apart", result.Explanation);
    }

    [Fact]
    public void The_lunar_new_year_release_called_open_source_is_contradicted_by_the_api_only_reference()
    {
        var result = Result("C048", "R18");
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("2025-01-28", result.Explanation);
        Assert.Contains("only through an API", result.Explanation);
    }

    [Fact]
    public void The_year_earlier_quarter_is_dated_by_its_period_not_by_its_publication()
    {
        var result = Result("C061", "R14");
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Contains("2024-Q1", result.Explanation);
        Assert.DoesNotContain(result.Reference.AsOf, result.Explanation);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void The_stated_fall_implies_a_base_quarter_the_reference_contradicts()
    {
        var result = Result("C063", "R14");
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.StartsWith(DerivedCatalogue.ImpliedPriorYearFunding + "-", result.DerivedId);
        Assert.Contains("2024-Q1", result.Explanation);
    }

    [Fact]
    public void A_cost_is_not_compared_with_a_loss()
    {
        var result = Result("C008", "R10");
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Null(result.Ratio);
        Assert.Null(result.PercentDifference);
    }

    [Fact]
    public void No_ratio_is_given_for_a_bound_a_range_a_year_or_two_units()
    {
        Assert.All(Shipped.Value.Results.Where(r => r.Ratio is not null), r =>
        {
            Assert.True(r.ClaimInterval!.Value.IsPoint, $"{r.ClaimId}–{r.RefId} has a ratio for a claim that is not a point");
            Assert.Equal(r.Claim.Unit.ToToken(), r.Reference.Unit);
            Assert.NotEqual("year", r.Reference.Unit);
            Assert.Contains(r.Relation, new[] { Relations.SameQuantity, Relations.AttributionCheck });
        });
    }

    [Fact]
    public void Two_per_cent_of_seven_billion_against_the_estimate_of_deepseeks_costs_is_contradicted()
    {
        var result = Result("C009", "R27");
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.StartsWith(DerivedCatalogue.ImpliedOperatingCost + "-", result.DerivedId);
    }

    [Fact]
    public void The_v3_cost_agrees_with_its_gpu_hours_at_the_stated_price()
    {
        var result = Result("C037", "R01");
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.StartsWith(DerivedCatalogue.StatedCostOverComputeCost + "-", result.DerivedId);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void Grok_one_presented_as_launching_in_a_mid_2025_article_is_stale()
    {
        Assert.Equal(Verdict.Stale, Result("C085", "R24").Verdict);
    }

    [Fact]
    public void The_h800_cluster_documented_for_v3_is_a_different_scope_for_r1_which_was_built_on_v3()
    {
        // R1 is trained from V3, so V3's chips are not another model's fact carried over; no annotation ties them.
        var result = Result("C076", "R03");
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Contains("DeepSeek-V3", result.Explanation);
    }

    [Fact]
    public void The_sell_off_stated_flat_drops_the_hedge_of_the_approximate_reference()
    {
        var result = Result("C072", "R13");
        Assert.Equal(Verdict.DroppedHedge, result.Verdict);
        Assert.Equal(1, result.Ratio);
    }

    [Fact]
    public void Timing_links_with_dates_on_both_sides_are_decided_by_them()
    {
        Assert.Equal(Verdict.Consistent, Result("C004", "R22").Verdict);
        Assert.Equal(Verdict.Consistent, Result("C065", "R26").Verdict);
        Assert.Equal(Verdict.Consistent, Result("C051", "R23").Verdict);
        Assert.Equal(Verdict.Unverifiable, Result("C021", "R17").Verdict);
    }

    [Fact]
    public void A_reference_without_a_figure_never_confirms_a_figure()
    {
        Assert.All(Shipped.Value.Results.Where(r => r.Reference.Unit == "none" && r.Claim.IsQuantitative),
            r => Assert.False(r.Verdict.IsAgreement(), $"{r.ClaimId}–{r.RefId}: {r.Verdict}"));
    }

    [Fact]
    public void Every_explanation_is_one_sentence()
    {
        Assert.All(Shipped.Value.Results, r =>
        {
            Assert.EndsWith(".", r.Explanation);
            Assert.True(char.IsUpper(r.Explanation[0]), r.Explanation);
            // Quoted article text may hold its own full stops ("the U.S. in ..."); the sentence around it may not.
            var outsideQuotes = System.Text.RegularExpressions.Regex.Replace(r.Explanation, "“[^”]*”", "“”");
            Assert.DoesNotContain(". ", outsideQuotes);
        });
    }
}
