using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>The checks run on the workbook's own data folder, for the pairs whose outcome is known from the
/// sources: the V3 cost as rounded, the same figure given for R1 as misattributed.</summary>
public class FactCheckShippedDataTests
{
    private static readonly Lazy<(ClaimsDataset Data, IReadOnlyList<FactCheckResult> Results)> Shipped = new(() =>
    {
        var folder = RepoPaths.DataFolder() ?? throw new InvalidOperationException("AnalysisHelpers.sln not found above the test folder");
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
    public void The_same_figure_given_for_r1_is_misattributed_although_its_bound_holds()
    {
        var result = Result("C071", "R02");
        Assert.Equal("DeepSeek-R1", result.Claim.Item);
        Assert.Equal(Verdict.Misattributed, result.Verdict);
        Assert.True(result.BoundHolds);
        Assert.Contains("the bound holds", result.Explanation);
    }

    [Fact]
    public void A_later_figure_for_another_stage_of_r1_is_a_different_scope_with_its_ratio()
    {
        // "less than $6 million" against R1's reasoning-stage figure of 294 thousand dollars.
        var result = Result("C071", "R05");
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Equal(new AnalysisHelpers.Quantities.Interval(0, 6e6), result.ClaimInterval);
        // The ceiling over the point: 6,000,000 / 294,000 = 20.408...
        Assert.Equal(20.408, result.Ratio!.Value, 3);
    }

    [Fact]
    public void A_floor_above_the_compute_only_estimate_is_contradicted()
    {
        var result = Result("C039", "R07");
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.False(result.BoundHolds);
    }

    [Fact]
    public void Figures_in_dollars_and_gpu_hours_are_not_compared()
    {
        var result = Result("C037", "R01");
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void A_reference_without_a_figure_never_verifies_a_claim()
    {
        Assert.All(Shipped.Value.Results.Where(r => r.Reference.Unit == "none"),
            r => Assert.Contains(r.Verdict, new[] { Verdict.Unverifiable, Verdict.Misattributed, Verdict.Postdated }));
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
