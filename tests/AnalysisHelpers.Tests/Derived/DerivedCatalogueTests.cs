using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Derived;

/// <summary>Each formula from a small fixture. Expected intervals are worked out in the comments from the inputs'
/// rounding: "$1.2 billion" is 1.15 to 1.25 billion, "30%" is 29.5% to 30.5%, bounds stay as written.</summary>
public class DerivedCatalogueTests
{
    private static Claim C(string id, string category, string subject, string item, string metric, Quantity q,
        string source = "s1", string period = "", string asStated = "x") =>
        new(id, source, 1, category, subject, item, metric, q.Value, q.Low, q.High, q.Unit, q.Qualifier, period, asStated, "article", "", "");

    private static readonly Claim OpenAiCost = C("C008", "operating_cost", "OpenAI", "", "operating_cost", Quantity.Point(7e9, Unit.USD, Qualifier.Projected), period: "2024", asStated: "$7 billion");
    private static readonly Claim DeepSeekShare = C("C009", "cost_efficiency", "DeepSeek", "", "relative_operating_cost", Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), period: "2024", asStated: "just 2%");
    private static readonly Claim Total = C("C061", "funding", "China", "", "vc_funding_total", Quantity.Point(1.2e9, Unit.USD), period: "2025-Q1", asStated: "$1.2 billion");
    private static readonly Claim Deals = C("C062", "funding", "China", "", "deal_count", Quantity.Point(144, Unit.Count), period: "2025-Q1", asStated: "144 deals");
    private static readonly Claim Fall = C("C063", "funding", "China", "", "funding_change", Quantity.Point(0.3, Unit.Fraction), period: "2025-Q1", asStated: "30%");
    private static readonly Claim Gpt4 = C("C039", "training_cost", "OpenAI", "GPT-4", "training_cost", Quantity.AtLeast(1e8, Unit.USD), asStated: "$100 million+");
    private static readonly Claim R1 = C("C071", "training_cost", "DeepSeek", "DeepSeek-R1", "training_cost", Quantity.AtMost(6e6, Unit.USD), asStated: "less than $6 million");
    private static readonly Claim V3 = C("C037", "training_cost", "DeepSeek", "DeepSeek-V3", "training_cost", Quantity.Point(6e6, Unit.USD, Qualifier.Claimed), asStated: "approximately $6 million");

    private static ReferenceFigure Ref(string id, string subject, string metric, double? value, string unit, string period = "",
        double? low = null, double? high = null, string item = "", string scope = "") =>
        new(id, id + " topic", value, low, high, unit, "2025-01-01", "secondary report", "A citation", "", subject, item, metric, period, scope);

    private static IReadOnlyList<DerivedFigure> Compute(Claim[] claims, ReferenceFigure[]? references = null, ClaimReferenceLink[]? links = null) =>
        DerivedCatalogue.Compute(claims, references ?? [], links ?? [], _ => null);

    private static DerivedFigure One(IEnumerable<DerivedFigure> figures, string kind) => Assert.Single(figures, f => f.Kind == kind);

    private static void Near(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Abs(expected), $"expected {expected}, got {actual}");

    [Fact]
    public void The_cost_multiple_implied_by_two_per_cent_is_fifty_times_forty_to_sixty_seven_with_rounding()
    {
        var f = One(Compute([DeepSeekShare]), DerivedCatalogue.CostMultipleFromShare);
        Assert.Equal(Interval.Point(50), f.Stated);
        // 1 / 0.025 = 40 and 1 / 0.015 = 66.67.
        Near(40, f.Value.Low);
        Near(1 / 0.015, f.Value.High);
        Assert.Equal(Unit.Multiple, f.Unit);
    }

    [Fact]
    public void Implied_operating_cost_is_the_share_of_openais_cost_with_both_roundings()
    {
        var f = One(Compute([OpenAiCost, DeepSeekShare]), DerivedCatalogue.ImpliedOperatingCost);
        Assert.Equal(Interval.Point(1.4e8), f.Stated);
        // 6.5e9 × 0.015 = 97.5 million; 7.5e9 × 0.025 = 187.5 million.
        Near(97.5e6, f.Value.Low);
        Near(187.5e6, f.Value.High);
        Assert.Equal(["C008", "C009"], f.ClaimIds);
        Assert.Equal(("DeepSeek", "operating_cost", "2024"), (f.Subject, f.Metric, f.Period));
        Assert.Equal(DerivedScope.WithinArticle, f.Scope);
    }

    [Fact]
    public void Implied_prior_year_funding_is_labelled_with_the_quarter_a_year_earlier_and_spans_the_rounding()
    {
        var f = One(Compute([Total, Fall]), DerivedCatalogue.ImpliedPriorYearFunding);
        Assert.Equal("Implied prior-year funding (2024-Q1)", f.Name);
        Assert.Equal("2024-Q1", f.Period);
        Near(1.2e9 / 0.7, f.Stated.Low);
        // 1.15 / (1 − 0.295) = 1.631 billion; 1.25 / (1 − 0.305) = 1.799 billion.
        Near(1.15e9 / 0.705, f.Value.Low);
        Near(1.25e9 / 0.695, f.Value.High);
        Assert.Equal(["this period's total", "stated fall"], f.Inputs.Select(i => i.Role));
    }

    [Fact]
    public void Funding_drop_is_prior_year_less_this_period_with_each_input_once()
    {
        var f = One(Compute([Total, Fall]), DerivedCatalogue.FundingDrop);
        Near(1.2e9 * 0.3 / 0.7, f.Stated.Low);
        Near(1.15e9 * 0.295 / 0.705, f.Value.Low);
        Near(1.25e9 * 0.305 / 0.695, f.Value.High);
    }

    [Fact]
    public void An_open_ended_fall_gives_a_prior_year_floor()
    {
        var moreThan = Fall with { Value = null, ValueLow = 0.3, Qualifier = Qualifier.LowerBound, AsStated = "more than 30%" };
        var f = One(Compute([Total, moreThan]), DerivedCatalogue.ImpliedPriorYearFunding);
        Near(1.15e9 / 0.7, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
    }

    [Fact]
    public void Average_deal_size_is_total_over_deals_with_a_whole_count_taken_as_exact()
    {
        var f = One(Compute([Total, Deals]), DerivedCatalogue.AverageDealSize);
        Near(1.15e9 / 144, f.Value.Low);
        Near(1.25e9 / 144, f.Value.High);
    }

    [Fact]
    public void Training_ratio_of_bounds_is_open_above()
    {
        var f = One(Compute([Gpt4, R1]), DerivedCatalogue.TrainingCostRatio);
        Assert.Equal(1e8 / 6e6, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
        Assert.Equal(["C039", "C071"], f.ClaimIds);
    }

    [Fact]
    public void A_zero_cost_divisor_yields_no_ratio()
    {
        var free = R1 with { Value = 0, ValueHigh = null, Qualifier = Qualifier.Exact, AsStated = "0" };
        Assert.DoesNotContain(Compute([Gpt4, free]), f => f.Kind == DerivedCatalogue.TrainingCostRatio);
    }

    [Fact]
    public void A_multi_year_pledge_per_year_is_the_amount_over_its_years()
    {
        var pledge = C("C049", "pledge", "Alibaba", "", "pledge_amount", Quantity.Point(53e9, Unit.USD), asStated: "$53 billion");
        var years = C("C050", "pledge", "Alibaba", "", "pledge_duration", Quantity.Point(3, Unit.Years), asStated: "three years");
        var f = One(Compute([pledge, years]), DerivedCatalogue.PerYearRate);
        Near(52.5e9 / 3, f.Value.Low);
        Near(53.5e9 / 3, f.Value.High);
    }

    [Fact]
    public void A_fall_of_more_than_ninety_per_cent_is_at_least_ten_times_cheaper()
    {
        var fall = C("C053", "cost_efficiency", "AI industry", "", "cost_reduction", Quantity.AtLeast(0.9, Unit.Fraction), asStated: "more than 90%");
        var f = One(Compute([fall]), DerivedCatalogue.CostMultipleFromFall);
        Near(10, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
    }

    [Fact]
    public void Bounds_from_two_articles_intersect_to_what_both_allow()
    {
        var range = C("C077", "training_cost", "OpenAI", "GPT-4", "training_cost", Quantity.Between(1e8, 1e9, Unit.USD), source: "s2", asStated: "hundreds of millions");
        var f = One(Compute([Gpt4, range]), DerivedCatalogue.BoundIntersection);
        Assert.Equal(new Interval(1e8, 1e9), f.Value);
        Assert.Equal(DerivedScope.AcrossArticles, f.Scope);
    }

    [Fact]
    public void A_training_run_as_a_share_of_the_operating_cost_another_article_implies()
    {
        var v3 = V3 with { SourceId = "s2" };
        var f = One(Compute([OpenAiCost, DeepSeekShare, v3]), DerivedCatalogue.TrainingRunShareOfOperatingCost);
        // 5.5 million / 187.5 million = 2.93%; 6.5 million / 97.5 million = 6.67%.
        Near(5.5e6 / 187.5e6, f.Value.Low);
        Near(6.5e6 / 97.5e6, f.Value.High);
        Assert.Equal(DerivedScope.AcrossArticles, f.Scope);
        Assert.Equal(["s2", "s1"], f.SourceIds);
    }

    [Fact]
    public void The_headroom_under_a_ceiling_is_the_ceiling_less_its_reference()
    {
        var r02 = Ref("R02", "DeepSeek", "training_cost", 5_576_000, "USD", item: "DeepSeek-V3");
        var f = One(Compute([R1], [r02], [new("C071", "R02", Relations.DifferentScope, "")]), DerivedCatalogue.HeadroomUnderCeiling);
        // R02 is rounded at its last digit, 5.5755 to 5.5765 million.
        Near(6e6 - 5_576_500, f.Value.Low);
        Near(6e6 - 5_575_500, f.Value.High);
        Assert.Equal(DerivedScope.WithReferences, f.Scope);
        Assert.Equal(["R02"], f.ReferenceIds);
    }

    [Fact]
    public void The_margin_of_a_reference_above_a_floor()
    {
        var floor = C("C020", "adoption", "Alibaba", "Qwen", "download_count", Quantity.AtLeast(6e8, Unit.Count), asStated: "over 600 million downloads");
        var r17 = Ref("R17", "Alibaba", "download_count", 7e8, "count", item: "Qwen");
        var f = One(Compute([floor], [r17], [new("C020", "R17", Relations.BoundCheck, "")]), DerivedCatalogue.MarginAboveFloor);
        Near(7e8 - 0.5e6 - 6e8, f.Value.Low);
        Near(7e8 + 0.5e6 - 6e8, f.Value.High);
    }

    [Fact]
    public void Compute_hours_times_the_stated_price_against_the_stated_costs()
    {
        var hours = Ref("R01", "DeepSeek", "training_compute", 2_788_000, "gpu_hours", item: "DeepSeek-V3");
        var price = Ref("R34", "DeepSeek", "gpu_hour_price", 2, "usd_per_gpu_hour", item: "DeepSeek-V3");
        var cost = Ref("R02", "DeepSeek", "training_cost", 5_576_000, "USD", item: "DeepSeek-V3");
        var figures = Compute([V3], [hours, price, cost]);
        var product = One(figures, DerivedCatalogue.ComputeCostFromHours);
        Assert.Equal(Interval.Point(5_576_000), product.Stated);
        var ratios = figures.Where(f => f.Kind == DerivedCatalogue.StatedCostOverComputeCost).ToList();
        Assert.Equal(2, ratios.Count);
        var claimRatio = Assert.Single(ratios, r => r.ClaimIds.Contains("C037"));
        Assert.True(claimRatio.ComparesClaimToReference);
        // 5.5 million / (2,788,500 × 2) = 0.986; 6.5 million / (2,787,500 × 2) = 1.166.
        Near(5.5e6 / (2_788_500 * 2), claimRatio.Value.Low);
        Near(6.5e6 / (2_787_500 * 2), claimRatio.Value.High);
        var referenceRatio = Assert.Single(ratios, r => r.ClaimIds.Count == 0);
        Assert.True(referenceRatio.Value.Contains(1));
    }

    [Fact]
    public void A_one_day_loss_as_a_share_of_the_stated_sell_off()
    {
        var selloff = C("C072", "market", "US tech sector", "", "market_value_loss", Quantity.Point(1e12, Unit.USD), asStated: "$1 trillion");
        var nvidia = Ref("R12", "Nvidia", "market_value_loss", 593e9, "USD", period: "2025-01-27", low: 589e9, high: 594e9);
        var f = One(Compute([selloff], [nvidia], [new("C072", "R12", Relations.DifferentScope, "")]), DerivedCatalogue.ShareOfSellOff);
        Assert.Equal(Interval.Point(0.593), f.Stated);
        // The spread 589 to 594 billion over 0.5 to 1.5 trillion.
        Near(589e9 / 1.5e12, f.Value.Low);
        Near(594e9 / 0.5e12, f.Value.High);
    }

    [Fact]
    public void Changes_against_the_reference_figures_for_the_base_period()
    {
        var r14 = Ref("R14", "China", "vc_funding_total", 2.6e9, "USD", period: "2024-Q1");
        var r28 = Ref("R28", "China", "deal_count", 196, "count", period: "2024-Q1");
        var figures = Compute([Total, Deals], [r14, r28]);
        var changes = figures.Where(f => f.Kind == DerivedCatalogue.ChangeAgainstReferenceBase).ToList();
        var money = Assert.Single(changes, f => f.ReferenceIds.Contains("R14"));
        Near(1 - 1.25e9 / 2.55e9, money.Value.Low);
        Near(1 - 1.15e9 / 2.65e9, money.Value.High);
        var deals = Assert.Single(changes, f => f.ReferenceIds.Contains("R28"));
        Near(1 - 144.0 / 196, deals.Value.Low);
        Assert.True(deals.Value.IsPoint);
        var average = One(figures, DerivedCatalogue.AverageDealSizeChange);
        Near(1.15e9 / 144 / (2.65e9 / 196) - 1, average.Value.Low);
        Assert.Contains(figures, f => f.Kind == DerivedCatalogue.AverageDealSize && f.ReferenceIds.SequenceEqual(["R14", "R28"]));
    }

    [Fact]
    public void Spending_implied_by_a_loss_and_revenue_and_costs_with_staff_set_against_the_stated_cost()
    {
        var loss = Ref("R10", "OpenAI", "expected_loss", 5e9, "USD", period: "2024");
        var revenue = Ref("R31", "OpenAI", "expected_revenue", 3.7e9, "USD", period: "2024");
        var compute = Ref("R09", "OpenAI", "compute_spending", 7e9, "USD", period: "2024");
        var staff = Ref("R32", "OpenAI", "staff_cost", 1.5e9, "USD", period: "2024");
        var figures = Compute([OpenAiCost], [loss, revenue, compute, staff]);
        var spending = One(figures, DerivedCatalogue.ImpliedSpending);
        Near(4.5e9 + 3.65e9, spending.Value.Low);
        var share = One(figures, DerivedCatalogue.StatedCostShareOfSpending);
        Near(6.5e9 / (5.5e9 + 3.75e9), share.Value.Low);
        var total = One(figures, DerivedCatalogue.CostWithStaff);
        Near(6.5e9 + 1.45e9, total.Value.Low);
    }

    [Fact]
    public void An_estimate_against_the_cost_a_stated_share_implies_and_as_a_share_of_the_same_base()
    {
        var estimate = Ref("R27", "DeepSeek", "operating_cost", 944e6, "USD");
        var compute = Ref("R09", "OpenAI", "compute_spending", 7e9, "USD", period: "2024");
        var figures = Compute([OpenAiCost, DeepSeekShare], [estimate, compute], [new("C008", "R09", Relations.DifferentScope, "")]);
        var multiple = One(figures, DerivedCatalogue.ReferenceOverImpliedCost);
        Near(943.5e6 / 187.5e6, multiple.Value.Low);
        Near(944.5e6 / 97.5e6, multiple.Value.High);
        var share = One(figures, DerivedCatalogue.ReferenceShareOfBase);
        Near(943.5e6 / 7.5e9, share.Value.Low);
    }

    [Fact]
    public void Like_for_like_compute_multiple_and_the_final_run_as_a_share_of_the_firms_costs()
    {
        var gpt4 = Ref("R07", "OpenAI", "training_cost", 78.4e6, "USD", item: "GPT-4", scope: "compute-only");
        var run = Ref("R02", "DeepSeek", "training_cost", 5_576_000, "USD", item: "DeepSeek-V3", scope: "final-training-run");
        var costs = Ref("R27", "DeepSeek", "operating_cost", 944e6, "USD");
        var figures = Compute([], [gpt4, run, costs]);
        Near(78.35e6 / 5_576_500, One(figures, DerivedCatalogue.LikeForLikeComputeMultiple).Value.Low);
        Near(5_575_500 / 944.5e6, One(figures, DerivedCatalogue.TrainingRunShareOfReferenceCost).Value.Low);
    }

    [Fact]
    public void A_reference_pledge_per_year_of_the_duration_an_article_gives()
    {
        var years = C("C050", "pledge", "Alibaba", "", "pledge_duration", Quantity.Point(3, Unit.Years), asStated: "three years");
        var r15 = Ref("R15", "Alibaba", "pledge_amount", 380e9, "CNY", low: 380e9);
        var f = One(Compute([years], [r15]), DerivedCatalogue.PerYearRate);
        Near(380e9 / 3, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
        Assert.Equal(Unit.CNY, f.Unit);
    }

    [Fact]
    public void Within_article_figures_never_mix_articles()
    {
        var figures = Compute([
            OpenAiCost, DeepSeekShare with { SourceId = "s2" },
            Total, Deals with { SourceId = "s2" }, Fall with { SourceId = "s2" },
            Gpt4 with { SourceId = "s2" }, R1]);
        Assert.All(figures.Where(f => f.Scope == DerivedScope.WithinArticle), f => Assert.Single(f.SourceIds));
        Assert.DoesNotContain(figures, f => f.Kind is DerivedCatalogue.ImpliedOperatingCost or DerivedCatalogue.ImpliedPriorYearFunding
            or DerivedCatalogue.AverageDealSize or DerivedCatalogue.TrainingCostRatio);
    }

    [Fact]
    public void Figures_from_each_source_are_computed_separately()
    {
        var figures = Compute([Gpt4 with { SourceId = "s2" }, R1 with { SourceId = "s2" }, Gpt4, R1])
            .Where(f => f.Kind == DerivedCatalogue.TrainingCostRatio).Select(f => f.Id);
        Assert.Equal(["training-cost-ratio-s1-c039-c071", "training-cost-ratio-s2-c039-c071"], figures);
    }

    [Fact]
    public void Different_periods_do_not_combine()
    {
        Assert.DoesNotContain(Compute([Total, Deals with { Period = "2024-Q1" }]), f => f.Kind == DerivedCatalogue.AverageDealSize);
    }

    [Fact]
    public void Within_article_figures_come_first_and_ids_are_the_same_on_every_run()
    {
        Claim[] claims = [OpenAiCost, DeepSeekShare, Total, Deals, Fall, Gpt4, R1, V3 with { SourceId = "s2" }];
        var first = Compute(claims);
        var second = Compute(claims.Reverse().ToArray());
        Assert.Equal(first.Select(f => f.Id).Order(StringComparer.Ordinal), second.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(first.Count, first.Select(f => f.Id).Distinct().Count());
        Assert.Equal(first.OrderBy(f => f.Scope).Select(f => f.Id), first.Select(f => f.Id));
        Assert.Contains("implied-operating-cost-s1-c008-c009", first.Select(f => f.Id));
        Assert.Contains("average-deal-size-s1-c061-c062", first.Select(f => f.Id));
    }

    [Fact]
    public void Every_formula_is_written_down()
    {
        var kinds = typeof(DerivedCatalogue).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(kinds.Order(), DerivedCatalogue.Formulas.Keys.Order());
    }

    [Fact]
    public void The_frame_has_one_row_per_figure_with_interval_inputs_and_scope()
    {
        var frame = DerivedCatalogue.ToDataFrame(Compute([Gpt4, R1]));
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal(double.PositiveInfinity, frame["high"][0]);
        Assert.Equal("multiple", frame["unit"][0]);
        Assert.Equal("C039 C071", frame["claim_ids"][0]);
        Assert.Equal("within one article", frame["scope"][0]);
        Assert.Equal("≥ 16.67×", frame["interval"][0]);
        Assert.Contains("GPT-4 training cost: C039", (string)frame["inputs"][0]!);
    }

    [Fact]
    public void The_shipped_data_gives_at_least_twenty_five_figures_each_with_formula_inputs_and_interval()
    {
        var figures = DerivedCatalogue.Compute(ClaimsDataset.Load(RepoPaths.Data));
        Assert.True(figures.Count >= 25, $"{figures.Count} derived figures");
        Assert.All(figures, f =>
        {
            Assert.NotEmpty(f.Formula);
            Assert.NotEmpty(f.Inputs);
            Assert.All(f.Inputs, i => Assert.NotEmpty(i.Role));
            Assert.False(double.IsNaN(f.Value.Low) || double.IsNaN(f.Value.High), f.Id);
            Assert.True(f.Value.Low <= f.Stated.Low + 1e-9 * Math.Abs(f.Stated.Low) && f.Stated.High <= f.Value.High + 1e-9 * Math.Abs(f.Stated.High),
                $"{f.Id}: the rounded interval must contain the stated one");
        });
        Assert.Contains(figures, f => f.Scope == DerivedScope.WithinArticle);
        Assert.Contains(figures, f => f.Scope == DerivedScope.AcrossArticles);
        Assert.Contains(figures, f => f.Scope == DerivedScope.WithReferences);
        var prior = Assert.Single(figures, f => f.Kind == DerivedCatalogue.ImpliedPriorYearFunding);
        Assert.Equal("Implied prior-year funding (2024-Q1)", prior.Name);
    }
}
