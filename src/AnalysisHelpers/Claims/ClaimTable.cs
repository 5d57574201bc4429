using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Claims;

/// <summary>A reader's view of a selection of claims: who or what, the figure as written, how it is hedged, the figure
/// as stored (in house number format) and who said it.</summary>
public static class ClaimTable
{
    public static DataFrame Of(IEnumerable<Claim> selected)
    {
        var rows = selected.ToList();
        return new DataFrame(
            new StringDataFrameColumn("claim_id", rows.Select(c => c.ClaimId)),
            new StringDataFrameColumn("source_id", rows.Select(c => c.SourceId)),
            new StringDataFrameColumn("subject", rows.Select(c => c.Subject)),
            new StringDataFrameColumn("item", rows.Select(c => c.Item)),
            new StringDataFrameColumn("metric", rows.Select(c => c.Metric)),
            new StringDataFrameColumn("period", rows.Select(c => c.Period)),
            new StringDataFrameColumn("as_stated", rows.Select(c => c.AsStated)),
            new StringDataFrameColumn("qualifier", rows.Select(c => c.Qualifier.ToToken())),
            new StringDataFrameColumn("figure", rows.Select(c => c.Figure())),
            new StringDataFrameColumn("attribution", rows.Select(c => c.Attribution)));
    }
}
