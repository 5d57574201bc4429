using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Derived;

public class DerivedCatalogueTests
{
    private static Claim C(string id, string category, string subject, string item, string metric, Quantity q,
        string source = "s1", string period = "", string asStated = "x") =>
        new(id, source, 1, category, subject, item, metric, q.Value, q.Low, q.High, q.Unit, q.Qualifier, period, asStated, "article", "", "");

    private static readonly Claim OpenAiCost = C("C008", "operating_cost", "OpenAI", "", "operating_cost", Quantity.Point(7e9, Unit.USD, Qualifier.Projected), period: "2024");
    private static readonly Claim DeepSeekShare = C("C009", "cost_efficiency", "DeepSeek", "", "relative_operating_cost", Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), period: "2024");
    private static readonly Claim Total = C("C061", "funding", "China", "", "vc_funding_total", Quantity.Point(1.2e9, Unit.USD), period: "2025-Q1");
    private static readonly Claim Deals = C("C062", "funding", "China", "", "deal_count", Quantity.Point(144, Unit.Count), period: "2025-Q1");
    private static readonly Claim Fall = C("C063", "funding", "China", "", "funding_change", Quantity.Point(0.3, Unit.Fraction), period: "2025-Q1");
    private static readonly Claim Gpt4 = C("C039", "training_cost", "OpenAI", "GPT-4", "training_cost", Quantity.AtLeast(1e8, Unit.USD));
    private static readonly Claim R1 = C("C071", "training_cost", "DeepSeek", "DeepSeek-R1", "training_cost", Quantity.AtMost(6e6, Unit.USD));

    private static DerivedFigure One(IEnumerable<DerivedFigure> figures, string kind) =>
        Assert.Single(figures, f => f.Id.StartsWith(kind + "-", StringComparison.Ordinal));

    [Fact]
    public void ImpliedOperatingCostIsTheShareOfOpenAisCost()
    {
        var f = One(DerivedCatalogue.Compute([OpenAiCost, DeepSeekShare]), DerivedCatalogue.ImpliedOperatingCost);
        Assert.Equal(Interval.Point(1.4e8), f.Value);
        Assert.Equal(Unit.USD, f.Unit);
        Assert.Equal(["C008", "C009"], f.ClaimIds);
    }

    [Fact]
    public void ImpliedPriorYearFundingUndoesTheFall()
    {
        var f = One(DerivedCatalogue.Compute([Total, Fall]), DerivedCatalogue.ImpliedPriorYearFunding);
        Assert.Equal(Interval.Point(1.2e9 / 0.7), f.Value);
        Assert.Equal(1_714_285_714.2857, f.Value.Low, 1e-3);
    }

    [Fact]
    public void FundingDropIsPriorYearLessThisPeriod()
    {
        var f = One(DerivedCatalogue.Compute([Total, Fall]), DerivedCatalogue.FundingDrop);
        Assert.Equal(514_285_714.2857, f.Value.Low, 1e-3);
        Assert.Equal(514_285_714.2857, f.Value.High, 1e-3);
    }

    [Fact]
    public void FundingDropOfARangeOfTotalsStaysPositive()
    {
        var range = Total with { Value = null, ValueLow = 1e9, ValueHigh = 2e9, Qualifier = Qualifier.Range };
        var f = One(DerivedCatalogue.Compute([range, Fall]), DerivedCatalogue.FundingDrop);
        Assert.Equal(1e9 * 0.3 / 0.7, f.Value.Low, 1e-3);
        Assert.Equal(2e9 * 0.3 / 0.7, f.Value.High, 1e-3);
    }

    [Fact]
    public void OpenEndedFallGivesAPriorYearFloor()
    {
        var moreThan = Fall with { Value = null, ValueLow = 0.3, Qualifier = Qualifier.LowerBound };
        var f = One(DerivedCatalogue.Compute([Total, moreThan]), DerivedCatalogue.ImpliedPriorYearFunding);
        Assert.Equal(1.2e9 / 0.7, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
    }

    [Fact]
    public void AverageDealSizeIsTotalOverDeals()
    {
        var f = One(DerivedCatalogue.Compute([Total, Deals]), DerivedCatalogue.AverageDealSize);
        Assert.Equal(Interval.Point(1.2e9 / 144), f.Value);
        Assert.Equal(8_333_333.3333, f.Value.Low, 1e-3);
    }

    [Fact]
    public void TrainingRatioOfBoundsIsOpenAbove()
    {
        var f = One(DerivedCatalogue.Compute([Gpt4, R1]), DerivedCatalogue.TrainingCostRatio);
        Assert.Equal(1e8 / 6e6, f.Value.Low);
        Assert.Equal(double.PositiveInfinity, f.Value.High);
        Assert.Equal(Unit.Multiple, f.Unit);
        Assert.Equal(["C039", "C071"], f.ClaimIds);
    }

    [Fact]
    public void ZeroCostDivisorYieldsNoRatio()
    {
        var free = R1 with { Value = 0, ValueHigh = null, Qualifier = Qualifier.Exact };
        Assert.Empty(DerivedCatalogue.Compute([Gpt4, free]));
    }

    [Fact]
    public void ClaimsFromDifferentSourcesNeverCombine()
    {
        var figures = DerivedCatalogue.Compute([
            OpenAiCost, DeepSeekShare with { SourceId = "s2" },
            Total, Deals with { SourceId = "s2" }, Fall with { SourceId = "s2" },
            Gpt4 with { SourceId = "s2" }, R1]);
        Assert.Empty(figures);
    }

    [Fact]
    public void FiguresFromEachSourceAreComputedSeparately()
    {
        var figures = DerivedCatalogue.Compute([Gpt4 with { SourceId = "s2" }, R1 with { SourceId = "s2" }, Gpt4, R1]);
        Assert.Equal(["training-cost-ratio-s1-c039-c071", "training-cost-ratio-s2-c039-c071"], figures.Select(f => f.Id));
    }

    [Fact]
    public void DifferentPeriodsDoNotCombine()
    {
        Assert.Empty(DerivedCatalogue.Compute([Total, Deals with { Period = "2024-Q1" }]));
    }

    [Fact]
    public void IdsAreTheSameOnEveryRun()
    {
        Claim[] claims = [OpenAiCost, DeepSeekShare, Total, Deals, Fall, Gpt4, R1];
        var first = DerivedCatalogue.Compute(claims).Select(f => f.Id).ToArray();
        var second = DerivedCatalogue.Compute(claims.Reverse()).Select(f => f.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(first.Order(StringComparer.Ordinal), second);
        Assert.Equal(5, first.Length);
        Assert.Equal(first.Length, first.Distinct().Count());
        Assert.Contains("implied-operating-cost-s1-c008-c009", first);
        Assert.Contains("average-deal-size-s1-c061-c062", first);
    }

    [Fact]
    public void FrameHasOneRowPerFigure()
    {
        var frame = DerivedCatalogue.ToDataFrame(DerivedCatalogue.Compute([Gpt4, R1]));
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal(double.PositiveInfinity, frame["high"][0]);
        Assert.Equal("multiple", frame["unit"][0]);
        Assert.Equal("C039 C071", frame["claim_ids"][0]);
    }
}
