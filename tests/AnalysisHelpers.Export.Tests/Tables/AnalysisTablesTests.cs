using System.Globalization;
using AnalysisHelpers.Derived;
using nietras.SeparatedValues;

namespace AnalysisHelpers.Export.Tests.Tables;

/// <summary>The exported tables of derived figures and conflicts carry what the analysis has on each row (scope,
/// reference ids, evidence lines), in the declared column order, with numbers in invariant culture.</summary>
public sealed class AnalysisTablesTests
{
    private static string Csv(string name) =>
        CsvTableWriter.ToCsv(AnalysisTables.Build(ShippedReport.Analysis).Single(t => t.FileName == name).Table);

    /// <summary>The table read back with Sep, as a script would: header and one dictionary per record.</summary>
    private static (string[] Header, List<Dictionary<string, string>> Records) Read(string csv)
    {
        using var reader = Sep.Reader(o => o with { Sep = new(','), Unescape = true }).FromText(csv);
        var names = reader.Header.ColNames.ToArray();
        var records = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++) record[names[i]] = row[i].ToString();
            records.Add(record);
        }
        return (names, records);
    }

    private static double? Number(string cell) => cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    [Fact]
    public void Derived_figures_csv_has_the_declared_columns_with_each_figures_scope_references_and_stated_interval()
    {
        var (header, records) = Read(Csv("derived-figures.csv"));
        var figures = ShippedReport.Analysis.Derived;

        Assert.Equal(AnalysisTables.DerivedFigureColumns, header);
        Assert.Equal(figures.Select(f => f.Id), records.Select(r => r["derived_id"]));
        foreach (var (figure, record) in figures.Zip(records))
        {
            Assert.Equal(figure.Scope switch
            {
                DerivedScope.WithinArticle => "within_article",
                DerivedScope.AcrossArticles => "across_articles",
                _ => "with_references",
            }, record["scope"]);
            Assert.Equal(figure.ReferenceIds, record["ref_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(figure.SourceIds, record["source_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(Finite(figure.Stated.Low), Number(record["stated_low"]));
            Assert.Equal(Finite(figure.Stated.High), Number(record["stated_high"]));
            Assert.Equal(figure.InputsText, record["inputs"]);
        }
        // The shipped data has figures of every scope, so the column is not one value throughout.
        Assert.Equal(3, records.Select(r => r["scope"]).Distinct().Count());
        Assert.Contains(records, r => r["ref_ids"].Length > 0);
    }

    [Fact]
    public void Conflicts_csv_has_the_declared_columns_with_each_conflicts_references_and_evidence_lines()
    {
        var (header, records) = Read(Csv("conflicts.csv"));
        var conflicts = ShippedReport.Analysis.Conflicts;

        Assert.Equal(AnalysisTables.ConflictColumns, header);
        Assert.Equal(conflicts.Select(c => c.Id), records.Select(r => r["conflict_id"]));
        foreach (var (conflict, record) in conflicts.Zip(records))
        {
            Assert.Equal(conflict.RefIds, record["ref_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(conflict.DerivedIds, record["derived_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries));
            var lines = record["evidence"].Split('\n');
            Assert.Equal(conflict.Evidence.Count, lines.Length);
            foreach (var (evidence, line) in conflict.Evidence.Zip(lines))
            {
                Assert.StartsWith($"{evidence.Id} ({evidence.Location})", line, StringComparison.Ordinal);
                Assert.Contains(evidence.Text.ReplaceLineEndings(" "), line, StringComparison.Ordinal);
            }
        }
        Assert.Contains(records, r => r["ref_ids"].Length > 0);
        // A claim's evidence line names its article file and line.
        Assert.Contains(records.SelectMany(r => r["evidence"].Split('\n')), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\.txt:\d+\)"));
    }

    [Fact]
    public void Numbers_are_written_in_invariant_culture_under_a_comma_decimal_culture()
    {
        var before = CultureInfo.CurrentCulture;
        string csv;
        try
        {
            // The tests run in globalization-invariant mode, where no named culture exists: a copy of the invariant
            // culture with a decimal comma and a dot for thousands stands for one such as de-DE.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            csv = Csv("derived-figures.csv");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        var (_, records) = Read(csv);

        var fractions = records.SelectMany(r => new[] { r["low"], r["high"], r["stated_low"], r["stated_high"] })
            .Where(c => c.Length > 0).ToList();
        // Some figures are ratios and shares, so a decimal comma would show in at least one cell.
        Assert.Contains(fractions, c => c.Contains('.'));
        Assert.DoesNotContain(fractions, c => c.Contains(','));
        foreach (var (figure, record) in ShippedReport.Analysis.Derived.Zip(records))
            Assert.Equal(Finite(figure.Value.Low), Number(record["low"]));
    }
}
