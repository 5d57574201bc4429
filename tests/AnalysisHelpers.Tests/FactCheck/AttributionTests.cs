using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>A figure belongs to the model the reference is about: the claim's item is compared with the models the
/// reference's topic names, from the vocabulary of items the claims use.</summary>
public class AttributionTests
{
    private static readonly ReferenceFigure V3Cost = Reference(5_576_000, "USD", topic: "DeepSeek-V3 training cost", id: "R02");

    private static FactCheckResult CheckWithV3Claim(Claim claim, ReferenceFigure reference, string relation)
    {
        // A second claim about V3 puts "DeepSeek-V3" into the vocabulary of model names.
        var v3 = Claim(Quantity.Point(6e6, Unit.USD), "$6 million", item: "DeepSeek-V3", id: "C900");
        var results = FactChecker.Check([claim, v3], [reference], [new ClaimReferenceLink(claim.ClaimId, reference.RefId, relation, "A link.")],
            [Article()]);
        return Assert.Single(results);
    }

    [Fact]
    public void A_matching_figure_given_for_another_model_is_misattributed()
    {
        var r1 = Claim(Quantity.AtMost(6e6, Unit.USD), "less than $6 million", item: "DeepSeek-R1");
        var result = CheckWithV3Claim(r1, V3Cost, Relations.DifferentScope);
        Assert.Equal(Verdict.Misattributed, result.Verdict);
        Assert.True(result.BoundHolds);
        Assert.Contains("DeepSeek-V3", result.Explanation);
    }

    [Fact]
    public void A_different_figure_for_another_model_is_only_a_different_scope()
    {
        // 600 thousand is far from 5.576 million, so the figure was not carried over.
        var r1 = Claim(Quantity.Point(6e5, Unit.USD), "$600,000", item: "DeepSeek-R1");
        var result = CheckWithV3Claim(r1, V3Cost, Relations.DifferentScope);
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        // Figures of different things are not divided into each other.
        Assert.Null(result.Ratio);
    }

    [Fact]
    public void An_attribution_check_naming_another_model_is_misattributed_without_any_figure()
    {
        var r1 = NoFigure("lower production cost", item: "DeepSeek-R1");
        var result = CheckWithV3Claim(r1, Reference(null, "none", topic: "DeepSeek-V3 technical report"), Relations.AttributionCheck);
        Assert.Equal(Verdict.Misattributed, result.Verdict);
    }

    [Fact]
    public void An_attribution_check_about_the_same_model_compares_the_figures()
    {
        var v3 = Claim(Quantity.Point(5_576_000, Unit.USD), "$5.576 million", item: "DeepSeek-V3");
        var result = Check(v3, V3Cost, Relations.AttributionCheck);
        Assert.Equal(Verdict.Consistent, result.Verdict);
    }

    [Fact]
    public void A_model_name_inside_a_longer_name_does_not_count()
    {
        // The topic names GPT-4o only; reading "GPT-4" inside it would wrongly make the GPT-4 claim match.
        var gpt4 = Claim(Quantity.Point(1e8, Unit.USD), "$100 million", item: "GPT-4");
        var gpt4o = Claim(Quantity.Point(1e8, Unit.USD), "$100 million", item: "GPT-4o", id: "C901");
        var reference = Reference(1e8, "USD", topic: "GPT-4o training cost");
        var result = Assert.Single(FactChecker.Check([gpt4, gpt4o], [reference],
            [new ClaimReferenceLink(gpt4.ClaimId, reference.RefId, Relations.AttributionCheck, "A link.")], [Article()]));
        Assert.Equal(Verdict.Misattributed, result.Verdict);
    }

    [Fact]
    public void A_different_scope_keeps_its_verdict_and_gives_no_ratio_when_the_claim_names_no_model()
    {
        // A market-wide sell-off against one company's loss: the share is a derived figure, not a ratio of two
        // measures of one thing.
        var total = Claim(Quantity.Point(1e12, Unit.USD), "$1 trillion");
        var result = Check(total, Reference(593e9, "USD", low: 589e9, high: 594e9, topic: "Nvidia one-day market value loss"), Relations.DifferentScope);
        Assert.Equal(Verdict.DifferentScope, result.Verdict);
        Assert.Null(result.Ratio);
        Assert.Contains("$593B", result.Explanation);
    }

    [Fact]
    public void A_fact_the_reference_documents_for_another_model_is_misattributed_when_the_claim_names_the_same_thing()
    {
        var chips = NoFigure("primarily utilizing Nvidia's H800 chips", item: "DeepSeek-R1");
        var cluster = Reference(2048, "count", topic: "DeepSeek-V3 training cluster size (H800 GPUs)", id: "R03");
        var v3 = Claim(Quantity.Point(6e6, Unit.USD), "$6 million", item: "DeepSeek-V3", id: "C900");
        ClaimAnnotation Reading(string id) => id == chips.ClaimId
            ? new ClaimAnnotation(id, ["H800"], "", "", "", "", "", "", "", "The chips named.")
            : ClaimAnnotation.None(id);
        var link = new ClaimReferenceLink(chips.ClaimId, cluster.RefId, Relations.DifferentScope, "A link.");
        var named = Assert.Single(FactChecker.Check([chips, v3], [cluster], [link], [Article()], Reading));
        Assert.Equal(Verdict.Misattributed, named.Verdict);
        Assert.Contains("documents it for DeepSeek-V3", named.Explanation);
        // Without the annotation naming the thing, the reference only informs the claim.
        var unnamed = Assert.Single(FactChecker.Check([chips, v3], [cluster], [link], [Article()]));
        Assert.Equal(Verdict.DifferentScope, unnamed.Verdict);
    }
}
