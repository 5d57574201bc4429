using System.Text.RegularExpressions;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.FactCheck;

namespace AnalysisHelpers.Export.Tables;

/// <summary>
/// The analysis as CSV tables for spreadsheets and scripts: <c>tables/claims.csv</c> (the validated claims as loaded,
/// in the columns of data/claims.csv), <c>derived-figures.csv</c> and <c>conflicts.csv</c> (in the columns
/// <see cref="DerivedFigureColumns"/> and <see cref="ConflictColumns"/> declare) and <c>fact-check.csv</c>.
/// Intervals are split into low and high columns; an open side is an empty cell. Lists of ids are joined with ';'.
/// </summary>
public static partial class AnalysisTables
{
    public const string Folder = "tables";

    public static IReadOnlyList<(string FileName, CsvTable Table)> Build(WorkbookAnalysis analysis) =>
    [
        ("claims.csv", Claims(analysis)),
        ("derived-figures.csv", DerivedFigures(analysis)),
        ("conflicts.csv", Conflicts(analysis)),
        ("fact-check.csv", FactCheck(analysis)),
    ];

    /// <summary>Writes every table atomically into <c>DIR/tables</c> and returns them for the manifest.</summary>
    public static IReadOnlyList<ExportedFile> Write(string outputDirectory, WorkbookAnalysis analysis)
    {
        var files = new List<ExportedFile>();
        foreach (var (name, table) in Build(analysis))
        {
            var path = Path.GetFullPath(Path.Combine(outputDirectory, Folder, name));
            CsvTableWriter.Write(path, table);
            files.Add(new ExportedFile(path, $"{Folder}/{name}", OutputKind.TableCsv));
        }
        return files;
    }

    private static CsvTable Claims(WorkbookAnalysis analysis) => new(
        ["claim_id", "source_id", "source_line", "category", "subject", "item", "metric", "value", "value_low", "value_high",
         "unit", "qualifier", "period", "as_stated", "attribution", "statement", "note"],
        analysis.Data.Claims.Select(c => (IReadOnlyList<CsvCell>)
        [
            c.ClaimId, c.SourceId, CsvCell.Number(c.SourceLine), c.Category, c.Subject, c.Item, c.Metric,
            CsvCell.Number(c.Value), CsvCell.Number(c.ValueLow), CsvCell.Number(c.ValueHigh),
            c.Unit.ToToken(), c.Qualifier.ToToken(), c.Period, c.AsStated, c.Attribution, c.Statement, c.Note,
        ]).ToList());

    /// <summary>The columns of <c>derived-figures.csv</c>, in order: the figure, where its inputs come from, its
    /// interval with rounding counted and the one the figures exactly as written give, the formula with its named
    /// inputs, and the claims, reference figures and articles it rests on.</summary>
    public static IReadOnlyList<string> DerivedFigureColumns { get; } =
        ["derived_id", "kind", "scope", "name", "low", "high", "stated_low", "stated_high", "unit", "formula", "inputs",
         "claim_ids", "ref_ids", "source_ids", "subject", "metric", "period", "note"];

    /// <summary>The columns of <c>conflicts.csv</c>, in order: the conflict, its kind, what it is about, the claims,
    /// reference figures, articles and derived figures involved, the one-sentence explanation and its evidence lines
    /// (one per line of the cell: id, article file and line or citation, and the figure as written).</summary>
    public static IReadOnlyList<string> ConflictColumns { get; } =
        ["conflict_id", "kind", "subject", "metric", "unit", "claim_ids", "ref_ids", "source_ids", "derived_ids", "description", "evidence"];

    private static CsvTable DerivedFigures(WorkbookAnalysis analysis) => new(
        DerivedFigureColumns,
        analysis.Derived.Select(d => (IReadOnlyList<CsvCell>)
        [
            d.Id, d.Kind, Token(d.Scope.ToString()), d.Name, CsvCell.Number(d.Value.Low), CsvCell.Number(d.Value.High),
            CsvCell.Number(d.Stated.Low), CsvCell.Number(d.Stated.High), d.Unit.ToToken(), d.Formula, d.InputsText,
            Ids(d.ClaimIds), Ids(d.ReferenceIds), Ids(d.SourceIds), d.Subject, d.Metric, d.Period, d.Note,
        ]).ToList());

    private static CsvTable Conflicts(WorkbookAnalysis analysis) => new(
        ConflictColumns,
        analysis.Conflicts.Select(c => (IReadOnlyList<CsvCell>)
        [
            c.Id, Token(c.Kind.ToString()), c.Subject, c.Metric, c.Unit.ToToken(), Ids(c.ClaimIds), Ids(c.RefIds), Ids(c.SourceIds),
            Ids(c.DerivedIds), c.Description, EvidenceLines(c.Evidence),
        ]).ToList());

    /// <summary>One evidence line per line of the cell; an evidence text may hold ';' itself, a line break never.</summary>
    private static string EvidenceLines(IEnumerable<AnalysisHelpers.Conflicts.EvidenceLine> evidence) =>
        string.Join("\n", evidence.Select(e => e.ToString().ReplaceLineEndings(" ")));

    private static CsvTable FactCheck(WorkbookAnalysis analysis) => new(
        ["claim_id", "ref_id", "as_stated", "reference_topic", "relation", "verdict", "claim_low", "claim_high",
         "reference_low", "reference_high", "ratio", "percent_difference", "bound_holds", "explanation", "citation", "link_note"],
        analysis.FactCheck.Select(r => (IReadOnlyList<CsvCell>)
        [
            r.ClaimId, r.RefId, r.Claim.AsStated, r.Reference.Topic, r.Relation, r.Verdict.ToToken(),
            CsvCell.Number(r.ClaimInterval?.Low), CsvCell.Number(r.ClaimInterval?.High),
            CsvCell.Number(r.ReferenceInterval?.Low), CsvCell.Number(r.ReferenceInterval?.High),
            CsvCell.Number(r.Ratio), CsvCell.Number(r.PercentDifference), CsvCell.Boolean(r.BoundHolds),
            r.Explanation, r.Citation, r.LinkNote,
        ]).ToList());

    private static string Ids(IEnumerable<string> ids) => string.Join(";", ids);

    /// <summary>IncompatibleValues becomes incompatible_values, the style of the data's own tokens.</summary>
    private static string Token(string enumName) => WordStart().Replace(enumName, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
