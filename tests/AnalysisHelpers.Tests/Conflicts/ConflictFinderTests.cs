using AnalysisHelpers.Conflicts;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Conflicts;

/// <summary>Each kind of conflict from a handful of rows: the rule fires where the rows disagree and stays silent
/// where they do not.</summary>
public class ConflictFinderTests
{
    private static Quantity Usd(double v, Qualifier q = Qualifier.Exact) => Quantity.Point(v, Unit.USD, q);

    [Fact]
    public void Figures_for_one_quantity_that_cannot_both_hold_are_incompatible_even_allowing_for_rounding()
    {
        var s = new Scenario();
        var (a, b) = (s.Article("001"), s.Article("002"));
        s.Claim("C1", a, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6), "$6 million");
        s.Claim("C2", b, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(5e8), "$500 million");
        var found = s.Run().Conflict(ConflictKind.IncompatibleValues);
        Assert.Equal(["C1", "C2"], found.ClaimIds);
        Assert.Equal(["a001", "a002"], found.SourceIds);
        Assert.Contains("cannot both hold", found.Explanation);
    }

    [Fact]
    public void Figures_whose_rounding_intervals_meet_are_not_incompatible()
    {
        // "$6 million" allows 5.5 to 6.5 million and "$6.4 million" 6.35 to 6.45 million: both can hold.
        var s = new Scenario();
        var (a, b) = (s.Article("001"), s.Article("002"));
        s.Claim("C1", a, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6), "$6 million");
        s.Claim("C2", b, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6.4e6), "$6.4 million");
        Assert.Empty(s.Run().Conflicts);
    }

    [Fact]
    public void Bounds_that_overlap_only_in_part_are_reported_with_the_interval_both_allow()
    {
        var s = new Scenario();
        var (a, b) = (s.Article("002"), s.Article("003"));
        s.Claim("C39", a, "OpenAI", "GPT-4", "training_cost", Quantity.AtLeast(1e8, Unit.USD), "$100 million+");
        s.Claim("C77", b, "OpenAI", "GPT-4", "training_cost", Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions");
        var found = s.Run().Conflict(ConflictKind.PartialOverlap);
        Assert.Equal(["C39", "C77"], found.ClaimIds);
        Assert.Contains("only $100M–$1B satisfies both", found.Explanation);
        Assert.Contains("article 003", found.Explanation);
    }

    [Fact]
    public void Claims_of_one_article_are_never_set_against_each_other()
    {
        var s = new Scenario();
        var a = s.Article("002");
        s.Claim("C1", a, "DeepSeek", "DeepSeek-V3", "training_cost", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        s.Claim("C2", a, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(5e8), "$500 million");
        Assert.Empty(s.Run().Conflicts);
    }

    [Fact]
    public void Different_periods_are_not_compared_but_a_missing_period_is()
    {
        var s = new Scenario();
        var (a, b, c) = (s.Article("001"), s.Article("002"), s.Article("003"));
        s.Claim("C1", a, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6), "$6 million", period: "2024");
        s.Claim("C2", b, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(5e8), "$500 million", period: "2025");
        s.Claim("C3", c, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(5e8), "$500 million");
        var found = Assert.Single(s.Run().Conflicts);
        Assert.Equal(["C1", "C3"], found.ClaimIds);
    }

    [Fact]
    public void One_word_for_two_quantities_in_two_articles_is_found_with_how_far_apart_they_are()
    {
        var s = new Scenario();
        var (lee, impact) = (s.Article("000", "2025-03"), s.Article("002"));
        s.Claim("C008", lee, "OpenAI", "", "operating_cost", Usd(7e9, Qualifier.Projected), "$7 billion", period: "2024");
        s.Claim("C009", lee, "DeepSeek", "", "relative_operating_cost", Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%", period: "2024");
        s.Claim("C037", impact, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6, Qualifier.Claimed), "approximately $6 million");
        s.Annotate("C009", topic: "deepseek-cost", scope: "operating-costs");
        s.Annotate("C037", topic: "deepseek-cost", scope: "final-training-run");
        var found = s.Run().Conflict(ConflictKind.SameWordDifferentQuantity);
        Assert.Equal(["C009", "C037"], found.ClaimIds);
        // 2% of $7B with rounding is 97.5 to 187.5 million; $6M is 5.5 to 6.5 million: 97.5/6.5 = 15, 187.5/5.5 = 34.09.
        Assert.Contains("$97.5M–$187.5M", found.Explanation);
        Assert.Contains("15×–34.09× apart", found.Explanation);
        Assert.Single(found.DerivedIds);
    }

    [Fact]
    public void Claims_on_one_topic_with_one_scope_are_not_the_same_word_for_two_things()
    {
        var s = new Scenario();
        var (a, b) = (s.Article("002"), s.Article("003"));
        s.Claim("C1", a, "DeepSeek", "", "training_cost", Usd(6e6), "$6 million");
        s.Claim("C2", b, "DeepSeek", "", "training_cost", Usd(6e6), "$6 million");
        s.Annotate("C1", topic: "deepseek-cost", scope: "final-training-run");
        s.Annotate("C2", topic: "deepseek-cost", scope: "final-training-run");
        Assert.Empty(s.Run().OfKind(ConflictKind.SameWordDifferentQuantity));
    }

    [Fact]
    public void An_article_naming_a_reference_figure_as_another_quantity_is_the_same_word_for_two_things()
    {
        var s = new Scenario();
        var lee = s.Article("000", "2025-03");
        s.Claim("C8", lee, "OpenAI", "", "operating_cost", Usd(7e9), "$7 billion", period: "2024");
        s.Annotate("C8", scope: "operating-costs");
        s.Reference("R09", "OpenAI 2024 compute spending", "OpenAI", "compute_spending", 7e9, "USD", period: "2024", scope: "compute-spending");
        s.Reference("R10", "OpenAI 2024 expected loss", "OpenAI", "expected_loss", 5e9, "USD", period: "2024");
        s.Link("C8", "R09", Relations.DifferentScope);
        s.Link("C8", "R10", Relations.DifferentScope);
        var found = Assert.Single(s.Run().OfKind(ConflictKind.SameWordDifferentQuantity));
        // R10's 5 billion is another number, not the article's figure under another name.
        Assert.Equal(["R09"], found.RefIds);
        Assert.Contains("compute spending", found.Explanation);
    }

    [Fact]
    public void A_figure_credited_to_another_model_than_its_source_is_found_with_the_article_that_credits_it_right()
    {
        var s = new Scenario();
        var (impact, r1) = (s.Article("002"), s.Article("003", "2025-06"));
        s.Claim("C37", impact, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6, Qualifier.Claimed), "approximately $6 million");
        s.Claim("C71", r1, "DeepSeek", "DeepSeek-R1", "training_cost", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        s.Reference("R02", "DeepSeek-V3 training cost", "DeepSeek", "training_cost", 5_576_000, "USD", item: "DeepSeek-V3", kind: "primary document");
        s.Link("C71", "R02", Relations.DifferentScope);
        var result = s.Run();
        var found = result.Conflict(ConflictKind.DifferentModel);
        Assert.Equal(["C71", "C37"], found.ClaimIds);
        Assert.Equal(["R02"], found.RefIds);
        Assert.Contains("credits “less than $6 million” to DeepSeek-R1", found.Explanation);
        // The same pair is one conflict, not a second one found from the claims alone.
        Assert.Single(result.Conflicts);
    }

    [Fact]
    public void Without_references_the_same_figure_for_two_models_in_two_articles_is_a_different_model()
    {
        var s = new Scenario();
        var (impact, r1) = (s.Article("002"), s.Article("003"));
        s.Claim("C37", impact, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6, Qualifier.Claimed), "approximately $6 million");
        s.Claim("C71", r1, "DeepSeek", "DeepSeek-R1", "training_cost", Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
        var found = Assert.Single(s.Run().Conflicts);
        Assert.Equal(ConflictKind.DifferentModel, found.Kind);
        Assert.Contains("DeepSeek-V3", found.Explanation);
        Assert.Contains("DeepSeek-R1", found.Explanation);
    }

    [Fact]
    public void Lists_of_named_players_on_one_topic_that_differ_say_who_is_only_in_each()
    {
        var s = new Scenario();
        var (lee, impact) = (s.Article("000"), s.Article("002"));
        s.Fact("C1", lee, "China", "", "players_surviving", "only three AI models", attribution: "Kai-Fu Lee");
        s.Fact("C43", impact, "China", "", "model_development_concentration", "only major players will compete");
        s.Annotate("C1", entities: "DeepSeek;Alibaba;ByteDance", topic: "china-model-leaders");
        s.Annotate("C43", entities: "Alibaba;Baidu;ByteDance", topic: "china-model-leaders");
        var found = s.Run().Conflict(ConflictKind.Membership);
        Assert.Contains("only the first names DeepSeek", found.Explanation);
        Assert.Contains("only the second Baidu", found.Explanation);
        Assert.StartsWith("Kai-Fu Lee (article 000)", found.Explanation);
    }

    [Fact]
    public void Explanations_name_an_article_by_its_label_where_the_data_gives_one()
    {
        var s = new Scenario();
        var (lee, impact) = (s.Article("000", label: "IndexBox: Kai-Fu Lee"), s.Article("002", label: "DeepSeek impact explainer"));
        s.Fact("C1", lee, "China", "", "players_surviving", "only three AI models", attribution: "Kai-Fu Lee");
        s.Fact("C43", impact, "China", "", "model_development_concentration", "only major players will compete");
        s.Annotate("C1", entities: "DeepSeek;Alibaba;ByteDance", topic: "china-model-leaders");
        s.Annotate("C43", entities: "Alibaba;Baidu;ByteDance", topic: "china-model-leaders");
        var found = s.Run().Conflict(ConflictKind.Membership);
        Assert.StartsWith("Kai-Fu Lee (IndexBox: Kai-Fu Lee) names", found.Explanation);
        Assert.Contains("DeepSeek impact explainer names", found.Explanation);
        Assert.DoesNotContain("article 00", found.Explanation);
    }

    [Fact]
    public void The_same_players_in_another_order_are_no_membership_conflict()
    {
        var s = new Scenario();
        var (lee, impact) = (s.Article("000"), s.Article("002"));
        s.Fact("C1", lee, "China", "", "leaders", "three models");
        s.Fact("C2", impact, "China", "", "leaders", "the giants");
        s.Annotate("C1", entities: "DeepSeek;Alibaba", topic: "leaders");
        s.Annotate("C2", entities: "alibaba;DeepSeek", topic: "leaders");
        Assert.Empty(s.Run().Conflicts);
    }

    [Fact]
    public void Opposite_stances_on_one_topic_are_found_and_like_stances_are_not()
    {
        var s = new Scenario();
        var (lee, impact) = (s.Article("000"), s.Article("002"));
        s.Fact("C90", lee, "AI industry", "", "funding_climate", "AI funding is thriving", attribution: "Kai-Fu Lee");
        s.Fact("C91", impact, "China", "", "funding_climate", "funding in the space remains muted");
        s.Fact("C13", lee, "AI industry", "", "pioneer_model_funding", "no one wants to fund pioneer models", attribution: "Kai-Fu Lee");
        s.Fact("C21", impact, "China", "", "pioneer_model_funding", "investor interest has waned");
        s.Annotate("C90", topic: "funding-climate", stance: "positive");
        s.Annotate("C91", topic: "funding-climate", stance: "negative");
        s.Annotate("C13", topic: "pioneer-funding", stance: "negative");
        s.Annotate("C21", topic: "pioneer-funding", stance: "negative");
        var found = Assert.Single(s.Run().Conflicts);
        Assert.Equal(ConflictKind.Stance, found.Kind);
        Assert.Equal(["C90", "C91"], found.ClaimIds);
    }

    [Fact]
    public void A_stated_fall_whose_implied_base_misses_the_reference_base_is_a_base_period_conflict()
    {
        var s = new Scenario();
        var impact = s.Article("002");
        s.Claim("C61", impact, "China", "", "vc_funding_total", Usd(1.2e9), "$1.2 billion", period: "2025-Q1");
        s.Claim("C63", impact, "China", "", "funding_change", Quantity.Point(0.3, Unit.Fraction), "30%", period: "2025-Q1");
        s.Reference("R14", "Q1 2024 funding", "China", "vc_funding_total", 2.6e9, "USD", period: "2024-Q1", asOf: "2025-03-17");
        s.Link("C63", "R14", Relations.BasePeriod);
        var result = s.Run();
        var found = result.Conflict(ConflictKind.BasePeriod);
        Assert.Equal(["C63", "C61"], found.ClaimIds);
        Assert.Equal(["R14"], found.RefIds);
        // 1.15/0.705 = 1.631 and 1.25/0.695 = 1.799 billion for 2024-Q1; from R14 (2.55 to 2.65 billion) the fall is
        // 1 − 1.25/2.55 = 51% to 1 − 1.15/2.65 = 56.6%.
        Assert.Contains("$1.63B–$1.8B for 2024-Q1", found.Explanation);
        Assert.Contains("51%–56.6%", found.Explanation);
        Assert.Equal(Verdict.Contradicted, result.Check("C63", "R14").Verdict);
    }

    [Fact]
    public void A_stated_fall_that_fits_the_reference_base_is_no_conflict()
    {
        var s = new Scenario();
        var impact = s.Article("002");
        s.Claim("C61", impact, "China", "", "vc_funding_total", Usd(1.2e9), "$1.2 billion", period: "2025-Q1");
        s.Claim("C63", impact, "China", "", "funding_change", Quantity.Point(0.3, Unit.Fraction), "30%", period: "2025-Q1");
        s.Reference("R14", "Q1 2024 funding", "China", "vc_funding_total", 1.7e9, "USD", period: "2024-Q1", asOf: "2025-03-17");
        s.Link("C63", "R14", Relations.BasePeriod);
        var result = s.Run();
        Assert.Empty(result.Conflicts);
        Assert.Equal(Verdict.Consistent, result.Check("C63", "R14").Verdict);
    }

    [Fact]
    public void Events_said_to_coincide_that_the_references_date_a_week_apart_are_a_timing_conflict()
    {
        var s = new Scenario();
        var r1 = s.Article("003", "2025-06");
        s.Fact("C75", r1, "US tech sector", "", "selloff_timing", "coincided with a sell-off");
        s.Annotate("C75", evt: "r1-release", sameTimeAs: "selloff", tense: "past");
        s.Reference("R13", "Sell-off", "US stock market", "market_value_loss", 1e12, "USD", period: "2025-01-27", evt: "selloff", asOf: "2025-01-27");
        s.Reference("R22", "R1 release", "DeepSeek", "release_date", 2025, "year", item: "DeepSeek-R1", period: "2025-01-20", evt: "r1-release", asOf: "2025-01-20");
        s.Link("C75", "R13", Relations.Timing);
        s.Link("C75", "R22", Relations.Timing);
        var result = s.Run();
        var found = result.Conflict(ConflictKind.Timing);
        Assert.Equal(["R13", "R22"], found.RefIds);
        Assert.Contains("7 days apart", found.Explanation);
        Assert.All(result.FactCheck, r => Assert.Equal(Verdict.Contradicted, r.Verdict));
    }

    [Fact]
    public void Events_said_to_coincide_a_day_apart_are_no_conflict()
    {
        var s = new Scenario();
        var r1 = s.Article("003", "2025-06");
        s.Fact("C75", r1, "US tech sector", "", "selloff_timing", "coincided with a sell-off");
        s.Annotate("C75", evt: "release", sameTimeAs: "selloff");
        s.Reference("R13", "Sell-off", "US stock market", "market_value_loss", 1e12, "USD", period: "2025-01-27", evt: "selloff");
        s.Reference("R22", "Release", "DeepSeek", "release_date", null, "none", period: "2025-01-26", evt: "release");
        s.Link("C75", "R13", Relations.Timing);
        Assert.Empty(s.Run().Conflicts);
    }

    [Fact]
    public void A_release_called_open_source_that_the_reference_says_was_api_only_is_a_release_access_conflict()
    {
        var s = new Scenario();
        var impact = s.Article("002");
        s.Fact("C48", impact, "Alibaba", "Qwen", "open_source_release", "on the first day of the Lunar New Year", period: "2025-01-29");
        s.Annotate("C48", evt: "lny-release", access: "open-weights");
        s.Reference("R18", "Qwen release", "Alibaba", "release", null, "none", item: "Qwen", period: "2025-01-28", evt: "lny-release", access: "api-only", asOf: "2025-01-28");
        s.Link("C48", "R18", Relations.Timing);
        var found = s.Run().Conflict(ConflictKind.ReleaseAccess);
        Assert.Contains("API", found.Explanation);
        Assert.Contains("a day apart", found.Explanation);
    }

    [Fact]
    public void A_launch_presented_as_current_long_after_it_happened_is_stale()
    {
        var s = new Scenario();
        var r1 = s.Article("003", "2025-06");
        s.Fact("C85", r1, "Elon Musk", "Grok-1", "model_launch", "launching Grok-1");
        s.Annotate("C85", evt: "grok-1-release", tense: "present");
        s.Reference("R24", "Grok-1 release", "xAI", "parameter_count", 3.14e11, "count", item: "Grok-1", period: "2024-03-13", evt: "grok-1-release", asOf: "2024-03-13");
        s.Link("C85", "R24", Relations.Timing);
        var result = s.Run();
        var found = result.Conflict(ConflictKind.Stale);
        Assert.Equal(Verdict.Stale, result.Check("C85", "R24").Verdict);
        // 2024-03-13 to 2025-06-01 is 445 days.
        Assert.Contains("445 days", found.Explanation);
    }

    [Fact]
    public void A_projection_for_a_period_over_before_its_article_is_stale()
    {
        var s = new Scenario();
        var lee = s.Article("000", "2025-03");
        s.Claim("C8", lee, "OpenAI", "", "operating_cost", Usd(7e9, Qualifier.Projected), "$7 billion", period: "2024");
        s.Reference("R09", "Compute spending", "OpenAI", "compute_spending", 7e9, "USD", period: "2024", asOf: "2024-07");
        s.Link("C8", "R09", Relations.DifferentScope);
        var found = s.Run().Conflict(ConflictKind.Stale);
        Assert.Equal(["R09"], found.RefIds);
        Assert.Contains("as a projection", found.Explanation);
    }

    [Fact]
    public void Something_still_to_come_that_came_after_the_article_is_not_stale()
    {
        var s = new Scenario();
        var impact = s.Article("002", "2025-04");
        s.Fact("C51", impact, "Alibaba", "Qwen", "next_generation_launch", "next generation of the Qwen LLM series");
        s.Annotate("C51", evt: "qwen-next", tense: "future");
        s.Reference("R23", "Qwen3", "Alibaba", "next_generation_release", 8, "count", item: "Qwen", period: "2025-04-29", evt: "qwen-next", asOf: "2025-04-29");
        s.Link("C51", "R23", Relations.Timing);
        var result = s.Run();
        Assert.Empty(result.Conflicts);
        Assert.Equal(Verdict.Consistent, result.Check("C51", "R23").Verdict);
    }

    [Fact]
    public void A_hedge_the_source_had_and_the_article_dropped_is_found()
    {
        var s = new Scenario();
        var lee = s.Article("000", "2025-03");
        s.Claim("C9", lee, "DeepSeek", "", "relative_operating_cost", Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%");
        s.Reference("R11", "Lee interview", "DeepSeek", "relative_operating_cost", 0.02, "fraction", hedge: "probably", asOf: "2025-03");
        s.Link("C9", "R11", Relations.SameQuantity);
        var found = s.Run().Conflict(ConflictKind.DroppedHedge);
        Assert.Contains("“probably”", found.Explanation);
        Assert.Equal(["R11"], found.RefIds);
    }

    [Fact]
    public void A_cost_a_stated_share_implies_that_misses_an_estimate_is_incompatible_with_it()
    {
        var s = new Scenario();
        var lee = s.Article("000", "2025-03");
        s.Claim("C8", lee, "OpenAI", "", "operating_cost", Usd(7e9, Qualifier.Projected), "$7 billion", period: "2024");
        s.Claim("C9", lee, "DeepSeek", "", "relative_operating_cost", Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%", period: "2024");
        s.Reference("R27", "DeepSeek operating costs", "DeepSeek", "operating_cost", 944e6, "USD", asOf: "2025-01-31");
        s.Link("C9", "R27", Relations.BoundCheck);
        var found = s.Run().Conflict(ConflictKind.IncompatibleValues);
        Assert.Equal(["C9", "C8"], found.ClaimIds);
        // 943.5/187.5 = 5.03 and 944.5/97.5 = 9.69.
        Assert.Contains("5.03–9.69 times", found.Explanation);
    }

    [Fact]
    public void Every_conflict_has_evidence_for_each_claim_and_reference_and_one_sentence()
    {
        var s = new Scenario();
        var (a, b) = (s.Article("002"), s.Article("003"));
        s.Claim("C39", a, "OpenAI", "GPT-4", "training_cost", Quantity.AtLeast(1e8, Unit.USD), "$100 million+", line: 6);
        s.Claim("C77", b, "OpenAI", "GPT-4", "training_cost", Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions", line: 54);
        var found = Assert.Single(s.Run().Conflicts);
        Assert.Equal(["002_x.txt:6", "003_x.txt:54"], found.Evidence.Select(e => e.Location));
        Assert.Contains("“$100 million+”", found.Evidence[0].Text);
        Assert.EndsWith(".", found.Explanation);
    }

    [Fact]
    public void Order_is_by_kind_then_ids_whatever_the_input_order()
    {
        static IReadOnlyList<Conflict> Run(bool reversed)
        {
            var s = new Scenario();
            var (a, b, c) = (s.Article("001"), s.Article("002"), s.Article("003"));
            var rows = new List<Action>
            {
                () => s.Claim("C1", a, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(6e6), "$6 million"),
                () => s.Claim("C2", b, "DeepSeek", "DeepSeek-V3", "training_cost", Usd(5e8), "$500 million"),
                () => s.Claim("C3", b, "OpenAI", "GPT-4", "training_cost", Quantity.AtLeast(1e8, Unit.USD), "$100 million+"),
                () => s.Claim("C4", c, "OpenAI", "GPT-4", "training_cost", Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions"),
            };
            if (reversed) rows.Reverse();
            rows.ForEach(r => r());
            return s.Run().Conflicts;
        }
        var forward = Run(false);
        Assert.Equal(forward.Select(c => c.Id), Run(true).Select(c => c.Id));
        Assert.Equal([ConflictKind.IncompatibleValues, ConflictKind.PartialOverlap], forward.Select(c => c.Kind));
    }

    [Fact]
    public void Conflicts_group_by_kind_with_a_heading_and_meaning_each()
    {
        var conflicts = ConflictFinder.Find(AnalysisHelpers.Tests.Charts.SampleArticles.Claims);
        var groups = ConflictFinder.ByKind(conflicts);
        Assert.Equal(conflicts.Select(c => c.Kind).Distinct(), groups.Select(g => g.Kind));
        Assert.All(groups, g => Assert.EndsWith(".", g.Meaning));
        Assert.Equal(conflicts.Count, groups.Sum(g => g.Conflicts.Count));
    }

    [Fact]
    public void Conflicts_become_a_table_with_one_row_each_and_their_evidence()
    {
        var conflicts = ConflictFinder.Find(AnalysisHelpers.Tests.Charts.SampleArticles.Claims);
        Assert.NotEmpty(conflicts);
        var frame = ConflictFinder.ToDataFrame(conflicts);
        Assert.Equal(conflicts.Count, frame.Rows.Count);
        Assert.Equal(["kind", "subject", "metric", "unit", "claim_ids", "ref_ids", "source_ids", "explanation", "evidence"], frame.Columns.Select(c => c.Name));
        Assert.Equal(string.Join(" ", conflicts[0].ClaimIds), frame["claim_ids"][0]);
        Assert.Equal(conflicts[0].Kind.Describe(), frame["kind"][0]);
    }
}
