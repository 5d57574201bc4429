using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Claims;

public sealed class ClaimTableTests
{
    private static Claim Make(string id, double? value, double? high, Unit unit, Qualifier qualifier, string asStated) =>
        new(id, "src", 3, "training_cost", "DeepSeek", "DeepSeek-R1", "training_cost", value, null, high, unit, qualifier, "", asStated, "article", "statement", "");

    [Fact]
    public void One_row_per_claim_with_the_words_beside_the_stored_figure()
    {
        var claims = new[]
        {
            Make("C001", null, 6e6, Unit.USD, Qualifier.UpperBound, "less than $6 million"),
            Make("C002", null, null, Unit.None, Qualifier.Exact, "an open-source AI model"),
        };

        var frame = ClaimTable.Of(claims);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("C001", frame["claim_id"][0]);
        Assert.Equal("less than $6 million", frame["as_stated"][0]);
        Assert.Equal("upper_bound", frame["qualifier"][0]);
        Assert.Equal("< $6M", frame["figure"][0]);
        Assert.Equal("no figure", frame["figure"][1]);
        Assert.Equal("DeepSeek-R1", frame["item"][0]);
    }
}
