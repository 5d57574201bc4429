namespace AnalysisHelpers.Export.Tables;

/// <summary>A table for <see cref="CsvTableWriter"/>: a header and rows of the same width.</summary>
/// <param name="Columns">Header names, written first.</param>
/// <param name="Rows">Each row has one cell per column.</param>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<CsvCell>> Rows);
