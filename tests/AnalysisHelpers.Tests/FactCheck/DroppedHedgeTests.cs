using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>When the figures agree but the reference hedges its figure and the article states it flat, the hedge
/// the article dropped is the finding.</summary>
public class DroppedHedgeTests
{
    [Fact]
    public void A_flat_claim_of_a_figure_the_reference_hedges_as_probable_drops_the_hedge()
    {
        // Stored as an estimate, but worded flat ("just").
        var claim = Claim(Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%");
        var result = Check(claim, Reference(0.02, "fraction", hedge: "probably"), Relations.SameQuantity);
        Assert.Equal(Verdict.DroppedHedge, result.Verdict);
        Assert.Contains("“probably”", result.Explanation);
    }

    [Fact]
    public void A_claim_that_keeps_the_hedge_is_consistent()
    {
        var claim = Claim(Quantity.Point(0.02, Unit.Fraction, Qualifier.Approximate), "about 2%");
        var result = Check(claim, Reference(0.02, "fraction", hedge: "probably"), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
    }

    [Fact]
    public void A_flat_point_inside_a_reference_floor_drops_the_hedge()
    {
        var claim = Claim(Quantity.Point(4e11, Unit.CNY), "RMB 400 billion");
        var result = Check(claim, Reference(3.8e11, "CNY", low: 3.8e11, note: "A pledge."), Relations.SameQuantity);
        Assert.Equal(Verdict.DroppedHedge, result.Verdict);
        Assert.Contains("only a floor", result.Explanation);
    }

    [Fact]
    public void A_contradicted_figure_is_not_relabelled_as_a_dropped_hedge()
    {
        var claim = Claim(Quantity.Point(0.05, Unit.Fraction), "5%");
        var result = Check(claim, Reference(0.02, "fraction", hedge: "probably"), Relations.SameQuantity);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
    }

    [Fact]
    public void A_floor_in_another_currency_is_mentioned_though_not_compared()
    {
        var claim = Claim(Quantity.Point(53e9, Unit.USD), "$53 billion");
        var result = Check(claim, Reference(3.8e11, "CNY", low: 3.8e11, note: "More than RMB 380 billion."), Relations.BoundCheck);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("only a floor", result.Explanation);
    }

    [Fact]
    public void Hedge_words_in_a_reference_note_are_not_read_as_its_hedge()
    {
        // The note speaks of another figure ("roughly 1.5 billion more"); only the hedge column hedges the figure.
        var claim = Claim(Quantity.Point(7e9, Unit.USD), "$7 billion");
        var result = Check(claim, Reference(7e9, "USD", note: "Staff added roughly 1.5 billion USD more."), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
    }
}
