using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Conflicts;

/// <summary>Conflicts as a table for the notebook: kind, the ids involved, the explanation and the evidence lines.</summary>
public static class ConflictTable
{
    public static DataFrame ToDataFrame(this IEnumerable<Conflict> conflicts)
    {
        var list = conflicts.ToList();
        return new DataFrame(
            new StringDataFrameColumn("kind", list.Select(c => c.Kind.Describe())),
            new StringDataFrameColumn("subject", list.Select(c => c.Subject)),
            new StringDataFrameColumn("metric", list.Select(c => c.Metric)),
            new StringDataFrameColumn("unit", list.Select(c => c.Unit.ToToken())),
            new StringDataFrameColumn("claim_ids", list.Select(c => string.Join(" ", c.ClaimIds))),
            new StringDataFrameColumn("ref_ids", list.Select(c => string.Join(" ", c.RefIds))),
            new StringDataFrameColumn("source_ids", list.Select(c => string.Join(" ", c.SourceIds))),
            new StringDataFrameColumn("explanation", list.Select(c => c.Explanation)),
            new StringDataFrameColumn("evidence", list.Select(c => string.Join("; ", c.Evidence.Select(e => e.ToString())))));
    }
}
