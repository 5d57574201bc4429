namespace AnalysisHelpers.Export.Report.Content;

/// <summary>What the report states about how it was made, beyond the analysis itself.</summary>
/// <param name="Date">The day it was made.</param>
/// <param name="ToolVersion">The workbook's version, e.g. "1.0.0".</param>
/// <param name="DataFingerprint">A short hash naming the data it was made from (see <see cref="DataFingerprint"/>).</param>
/// <param name="ProvenanceProblems">How many claims the provenance check could not find on their line; null when the
/// articles were not available and the check did not run.</param>
public sealed record ReportContext(DateOnly Date, string ToolVersion, string DataFingerprint, int? ProvenanceProblems);
