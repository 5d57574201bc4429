using AnalysisHelpers.Claims;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.FactCheck;

/// <summary>Fact-check results as a table for the notebook, one row per link.</summary>
internal static class FactCheckTable
{
    public static DataFrame ToDataFrame(IEnumerable<FactCheckResult> results)
    {
        var list = results.ToList();
        return new DataFrame(
            new StringDataFrameColumn("claim_id", list.Select(r => r.ClaimId)),
            new StringDataFrameColumn("ref_id", list.Select(r => r.RefId)),
            new StringDataFrameColumn("relation", list.Select(r => r.Relation)),
            new StringDataFrameColumn("verdict", list.Select(r => r.Verdict.ToToken())),
            new StringDataFrameColumn("as_stated", list.Select(r => r.Claim.AsStated)),
            new StringDataFrameColumn("claim_figure", list.Select(r => r.Claim.Figure())),
            new StringDataFrameColumn("reference_figure", list.Select(r => FigureText.Describe(Figure.Of(r.Reference)))),
            new DoubleDataFrameColumn("ratio", list.Select(r => r.Ratio)),
            new DoubleDataFrameColumn("percent_difference", list.Select(r => r.PercentDifference)),
            new BooleanDataFrameColumn("bound_holds", list.Select(r => r.BoundHolds)),
            new StringDataFrameColumn("explanation", list.Select(r => r.Explanation)),
            new StringDataFrameColumn("citation", list.Select(r => r.Citation)));
    }
}
