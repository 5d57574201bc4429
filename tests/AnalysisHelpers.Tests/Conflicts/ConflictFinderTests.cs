using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Charts;

namespace AnalysisHelpers.Tests.Conflicts;

public class ConflictFinderTests
{
    private static Claim Cost(string id, Source source, string item, Quantity quantity, string asStated, string period = "") =>
        SampleArticles.Make(id, source, "training_cost", "DeepSeek", item, "training_cost", quantity, asStated, period: period);

    [Fact]
    public void The_same_figure_for_different_models_in_different_articles_is_found()
    {
        var conflicts = ConflictFinder.Find(SampleArticles.Claims);
        var found = Assert.Single(conflicts, c => c.Kind == ConflictKind.SameFigureDifferentItems);
        Assert.Equal([SampleArticles.V3TrainingCost.ClaimId, SampleArticles.R1TrainingCost.ClaimId], found.ClaimIds);
        Assert.Equal([SampleArticles.Impact.SourceId, SampleArticles.R1.SourceId], found.SourceIds);
        Assert.Contains("DeepSeek-V3", found.Description);
        Assert.Contains("DeepSeek-R1", found.Description);
    }

    [Fact]
    public void The_same_figure_hedged_differently_is_found()
    {
        var a = Cost("C1", SampleArticles.Impact, "DeepSeek-V3", Quantity.Point(6e6, Unit.USD, Qualifier.Approximate), "approximately $6 million");
        var b = Cost("C2", SampleArticles.R1, "DeepSeek-V3", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        var found = Assert.Single(ConflictFinder.Find([a, b]));
        Assert.Equal(ConflictKind.DifferentQualifier, found.Kind);
        Assert.Contains("given as approximate", found.Description);
        Assert.Contains("an upper bound", found.Description);
    }

    [Fact]
    public void Figures_that_cannot_both_hold_are_found()
    {
        var a = Cost("C1", SampleArticles.Impact, "DeepSeek-V3", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        var b = Cost("C2", SampleArticles.R1, "DeepSeek-V3", Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions");
        var found = Assert.Single(ConflictFinder.Find([a, b]));
        Assert.Equal(ConflictKind.IncompatibleValues, found.Kind);
        Assert.Equal(["C1", "C2"], found.ClaimIds);
    }

    [Fact]
    public void Agreeing_claims_are_not_flagged()
    {
        var atLeast = SampleArticles.Make("C1", SampleArticles.Impact, "training_cost", "OpenAI", "GPT-4", "training_cost",
            Quantity.AtLeast(1e8, Unit.USD), "$100 million+");
        var range = SampleArticles.Make("C2", SampleArticles.R1, "training_cost", "OpenAI", "GPT-4", "training_cost",
            Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions");
        var close = SampleArticles.Make("C3", SampleArticles.Lee, "training_cost", "OpenAI", "GPT-4", "training_cost",
            Quantity.AtLeast(1.05e8, Unit.USD), "over $105 million");
        Assert.Empty(ConflictFinder.Find([atLeast, range, close]));
    }

    [Fact]
    public void Claims_from_the_same_article_are_not_compared()
    {
        var a = Cost("C1", SampleArticles.Impact, "DeepSeek-V3", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        var b = Cost("C2", SampleArticles.Impact, "DeepSeek-V3", Quantity.Point(5e8, Unit.USD), "$500 million");
        Assert.Empty(ConflictFinder.Find([a, b]));
    }

    [Fact]
    public void Different_periods_are_not_compared_but_a_missing_period_is()
    {
        var q1 = Cost("C1", SampleArticles.Impact, "DeepSeek-V3", Quantity.Point(6e6, Unit.USD), "$6 million", period: "2024");
        var q2 = Cost("C2", SampleArticles.R1, "DeepSeek-V3", Quantity.Point(5e8, Unit.USD), "$500 million", period: "2025");
        var open = Cost("C3", SampleArticles.Lee, "DeepSeek-V3", Quantity.Point(5e8, Unit.USD), "$500 million");
        var conflicts = ConflictFinder.Find([q1, q2, open]);
        var found = Assert.Single(conflicts);
        Assert.Equal(["C1", "C3"], found.ClaimIds);
    }

    [Fact]
    public void Different_units_subjects_or_metrics_are_not_compared()
    {
        var usd = Cost("C1", SampleArticles.Impact, "DeepSeek-V3", Quantity.Point(6e6, Unit.USD), "$6 million");
        var cny = Cost("C2", SampleArticles.R1, "DeepSeek-V3", Quantity.Point(6e8, Unit.CNY), "600 million yuan");
        var other = usd with { ClaimId = "C3", SourceId = SampleArticles.Lee.SourceId, Subject = "OpenAI", Value = 5e8 };
        var metric = usd with { ClaimId = "C4", SourceId = SampleArticles.Takeaways.SourceId, Metric = "operating_cost", Value = 5e8 };
        Assert.Empty(ConflictFinder.Find([usd, cny, other, metric]));
    }

    [Fact]
    public void Order_is_by_kind_then_claim_ids_whatever_the_input_order()
    {
        var claims = SampleArticles.Claims.Concat([
            Cost("C900", SampleArticles.Lee, "DeepSeek-V3", Quantity.Point(5e8, Unit.USD), "$500 million"),
        ]).ToList();
        var forward = ConflictFinder.Find(claims);
        var backward = ConflictFinder.Find(Enumerable.Reverse(claims).ToList());
        Assert.Equal(forward.Select(c => (c.Kind, string.Join(",", c.ClaimIds))), backward.Select(c => (c.Kind, string.Join(",", c.ClaimIds))));
        Assert.Equal(forward.OrderBy(c => c.Kind).Select(c => c.Kind), forward.Select(c => c.Kind));
        Assert.Contains(forward, c => c.Kind == ConflictKind.IncompatibleValues && c.ClaimIds.SequenceEqual(["C037", "C900"]));
    }

    [Fact]
    public void Conflicts_become_a_table_with_one_row_each()
    {
        var conflicts = ConflictFinder.Find(SampleArticles.Claims);
        var frame = ConflictFinder.ToDataFrame(conflicts);
        Assert.Equal(conflicts.Count, frame.Rows.Count);
        Assert.Equal(["kind", "subject", "metric", "unit", "claim_ids", "source_ids", "description"], frame.Columns.Select(c => c.Name));
        Assert.Equal(string.Join(" ", conflicts[0].ClaimIds), frame["claim_ids"][0]);
        Assert.Equal(conflicts[0].Kind.Describe(), frame["kind"][0]);
    }
}
