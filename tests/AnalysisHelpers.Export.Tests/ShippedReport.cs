using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export.Report.Content;

namespace AnalysisHelpers.Export.Tests;

/// <summary>The workbook's own report, built from the shipped data (copied beside the tests at build time).</summary>
internal static class ShippedReport
{
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "ShippedData");

    /// <summary>What the export would pass with the articles at hand: every claim found on its line, and a coverage
    /// summary with counts of its own (the check itself is tested where it is written).</summary>
    public static ReportContext Context { get; } = new(new DateOnly(2026, 3, 4), "9.9.9", "abc123def456", ProvenanceProblems: 0,
        new CoverageSummary(Articles: 4, Spans: 57, InClaims: 43, Repeats: 6, Excluded: 8, Uncovered: 0));

    private static readonly Lazy<WorkbookAnalysis> LazyAnalysis = new(() => WorkbookAnalysis.Load(DataFolder));
    private static readonly Lazy<ReportModel> LazyModel = new(() => ReportContent.Build(Analysis, Analysis.AllCharts(), Context));

    public static WorkbookAnalysis Analysis => LazyAnalysis.Value;

    public static ReportModel Model => LazyModel.Value;

    /// <summary>"D1" for the first derived figure of the analysis, as the report labels it.</summary>
    public static string DerivedLabel(AnalysisHelpers.Derived.DerivedFigure figure) =>
        "D" + (Analysis.Derived.Select(d => d.Id).ToList().IndexOf(figure.Id) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<ReportSection> AllSections(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(AllSections(s.Children)));

    public static IEnumerable<ReportBlock> Blocks => AllSections(Model.Sections).SelectMany(s => s.Blocks);

    public static IEnumerable<ReportTable> Tables => Blocks.OfType<ReportTable>();

    public static IEnumerable<ReportFigure> Figures => Blocks.OfType<ReportFigure>();
}
