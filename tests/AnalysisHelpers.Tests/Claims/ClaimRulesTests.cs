using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Claims;

/// <summary>Each test breaks one rule in one row of an otherwise valid folder and expects exactly that error, in the
/// cell where it lies (columns counted by hand from the row text).</summary>
public class ClaimRulesTests
{
    private const string Deals = "C005,demo,4,funding,China,,deal_count,";

    private static DataValidationError OneError(int index, string row)
    {
        using var folder = ClaimsFolder.WithRow(index, row);
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("claims.csv", Path.GetFileName(error.File));
        return error;
    }

    [Fact]
    public void Lower_bound_needs_value_low()
    {
        var e = OneError(4, Deals + ",,,count,lower_bound,2025-Q1,144 deals,PitchBook,x,");
        Assert.Equal((6, 40, "value_low"), (e.Line, e.Column, e.Field));
        Assert.Equal("qualifier lower_bound needs value_low", e.Message);
    }

    [Fact]
    public void Upper_bound_takes_no_point_value()
    {
        var e = OneError(4, Deals + "144,,200,count,upper_bound,2025-Q1,fewer than 200 deals,PitchBook,x,");
        Assert.Equal((6, 39, "value", "144"), (e.Line, e.Column, e.Field, e.RawValue));
        Assert.Equal("qualifier upper_bound takes no value", e.Message);
    }

    [Fact]
    public void Low_above_high_is_reported_at_value_low()
    {
        var e = OneError(4, Deals + ",10,5,count,range,2025-Q1,between 5 and 10 deals,PitchBook,x,");
        Assert.Equal((6, 40, "value_low"), (e.Line, e.Column, e.Field));
        Assert.Equal("value_low 10 is greater than value_high 5", e.Message);
    }

    [Fact]
    public void As_stated_reading_as_another_number_is_reported_at_the_number()
    {
        var e = OneError(4, Deals + "145,,,count,exact,2025-Q1,144 deals,PitchBook,x,");
        Assert.Equal((6, 39, "value", "145"), (e.Line, e.Column, e.Field, e.RawValue));
        Assert.Equal("the figure as stated (\"144 deals\") reads as 144", e.Message);
    }

    [Fact]
    public void Unreadable_as_stated_gives_the_parsers_reason()
    {
        var e = OneError(4, Deals + "144,,,count,exact,2025-Q1,lots of deals,PitchBook,x,");
        Assert.Equal((6, 65, "as_stated", "lots of deals"), (e.Line, e.Column, e.Field, e.RawValue));
        Assert.Equal("\"lots\" is not a number the parser knows", e.Message);
    }

    [Fact]
    public void As_stated_in_another_unit_is_reported()
    {
        var e = OneError(4, Deals + "144,,,count,exact,2025-Q1,$144,PitchBook,x,");
        Assert.Equal((6, 65, "as_stated"), (e.Line, e.Column, e.Field));
        Assert.Equal("the figure reads as unit USD but the row says count", e.Message);
    }

    [Fact]
    public void Approximate_wording_stored_as_exact_is_reported()
    {
        var e = OneError(0, "C001,demo,2,training_cost,DeepSeek,DeepSeek-V3,training_cost,6000000,,,USD,exact,,approximately $6 million,DeepSeek,x,");
        Assert.Equal((2, 83, "as_stated"), (e.Line, e.Column, e.Field));
        Assert.Equal("the figure reads as approximate but the row says exact", e.Message);
    }

    [Fact]
    public void Unit_none_carries_no_numbers()
    {
        var e = OneError(5, "C006,demo,1,company,DeepSeek,,model_release,1,,,none,exact,,Cheap model,article,x,");
        Assert.Equal((7, 45, "value", "1"), (e.Line, e.Column, e.Field, e.RawValue));
        Assert.Equal("a claim with unit none carries no numbers", e.Message);
    }

    [Fact]
    public void Fraction_stored_as_percentage_is_reported_once()
    {
        var e = OneError(2, "C003,demo,4,funding,China,,funding_change,30,,,fraction,exact,2025-Q1,30%,PitchBook,x,");
        Assert.Equal((4, 43, "value", "30"), (e.Line, e.Column, e.Field, e.RawValue));
        Assert.Contains("30% is 0.3", e.Message);
    }

    [Fact]
    public void Bare_figure_takes_the_rows_currency()
    {
        using var folder = ClaimsFolder.WithRow(1, "C002,demo,3,training_cost,OpenAI,GPT-4,training_cost,,100000000,1000000000,USD,range,,hundreds of millions,article,x,");
        var claim = ClaimsDataset.Load(folder.DataPath).Claim("C002");
        Assert.Equal((1e8, 1e9), (claim.ValueLow, claim.ValueHigh));
    }

    [Theory]
    [InlineData(Qualifier.Approximate, Qualifier.Claimed, true)]
    [InlineData(Qualifier.Approximate, Qualifier.Exact, false)]
    [InlineData(Qualifier.Exact, Qualifier.Projected, true)]
    [InlineData(Qualifier.Exact, Qualifier.Approximate, false)]
    [InlineData(Qualifier.LowerBound, Qualifier.Range, false)]
    [InlineData(Qualifier.Range, Qualifier.Range, true)]
    public void Stored_qualifier_must_agree_with_the_wording(Qualifier parsed, Qualifier stored, bool compatible)
    {
        Assert.Equal(compatible, ClaimRules.CompatibleQualifier(parsed, stored));
    }
}
