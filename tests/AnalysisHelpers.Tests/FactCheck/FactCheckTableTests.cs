using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>The results as a DataFrame: one row per result, verdict tokens, and empty cells where no ratio exists.</summary>
public class FactCheckTableTests
{
    [Fact]
    public void Has_one_row_per_result_with_verdict_tokens_and_missing_ratios()
    {
        var rounded = Check(Claim(Quantity.Point(6e6, Unit.USD), "$6 million"), Reference(5_576_000, "USD"), Relations.SameQuantity);
        var unverified = Check(NoFigure("no figure here"), Reference(null, "none"), Relations.AttributionCheck);

        var frame = FactChecker.ToDataFrame([rounded, unverified]);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("rounded", frame["verdict"][0]);
        Assert.Equal("unverifiable", frame["verdict"][1]);
        Assert.Equal(6 / 5.576, (double)frame["ratio"][0]!, 12);
        Assert.Null(frame["ratio"][1]);
        Assert.Equal("$6 million", frame["as_stated"][0]);
        Assert.Equal("A report, Table 1", frame["citation"][0]);
    }
}
