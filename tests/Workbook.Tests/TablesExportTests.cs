using nietras.SeparatedValues;
using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Export.Tables;
using Workbook.Export;

namespace Workbook.Tests;

/// <summary><c>workbook export</c> writes the analysis as CSV tables under <c>tables/</c> for spreadsheets and
/// scripts, lists them in the manifest, and keeps a claim's text from running as a spreadsheet formula.</summary>
public sealed class TablesExportTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "workbook-tables-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _dataCopies = [];

    public void Dispose()
    {
        foreach (var dir in _dataCopies.Append(_out).Where(Directory.Exists))
            Directory.Delete(dir, recursive: true);
    }

    private async Task<IReadOnlyList<ExportedFile>> ExportAsync(string dataDir)
    {
        var request = new ExportRequest(dataDir, _out, ChartFormats.Html, FormatsExplicit: true, BrowserPath: null, ArticlesDirectory: null);
        var stderr = new StringWriter();
        var (code, files) = await ReportExport.RunAsync(request, new StringWriter(), stderr, TestContext.Current.CancellationToken);
        Assert.True(code == 0, stderr.ToString());
        ReportExport.WriteManifest(_out, dataDir, files);
        return files;
    }

    private string Table(string name) => Path.Combine(_out, "tables", name);

    [Fact]
    public async Task Export_writes_four_tables_listed_in_the_manifest_as_table_CSV()
    {
        await ExportAsync(RepoPaths.Data);

        var manifest = Manifest.FromJson(File.ReadAllText(Path.Combine(_out, Manifest.FileName)));
        var tables = manifest.Outputs.Where(o => o.Kind == OutputKind.TableCsv).Select(o => o.Path).ToList();
        Assert.Equal(["tables/claims.csv", "tables/conflicts.csv", "tables/derived-figures.csv", "tables/fact-check.csv"], tables);
        Assert.All(tables, t => Assert.Equal(new FileInfo(Path.Combine(_out, t)).Length, manifest.Outputs.Single(o => o.Path == t).Size));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_out, "tables"), "*.tmp"));
    }

    [Fact]
    public async Task Claims_table_has_the_data_columns_and_every_claim_with_its_numbers()
    {
        await ExportAsync(RepoPaths.Data);
        var analysis = WorkbookAnalysis.Load(RepoPaths.Data);

        var header = ExportedTable.Header(Table("claims.csv"));
        var records = ExportedTable.Records(Table("claims.csv"));

        Assert.Equal(File.ReadLines(Path.Combine(RepoPaths.Data, "claims.csv")).First().Split(','), header);
        Assert.Equal(analysis.Data.Claims.Select(c => c.ClaimId), records.Select(r => r["claim_id"]));
        foreach (var (claim, record) in analysis.Data.Claims.Zip(records))
        {
            Assert.Equal(claim.Value, Number(record["value"]));
            Assert.Equal(claim.ValueLow, Number(record["value_low"]));
            Assert.Equal(claim.ValueHigh, Number(record["value_high"]));
            Assert.Equal(claim.AsStated, record["as_stated"]);
            Assert.Equal(claim.Statement, record["statement"]);
        }
    }

    [Fact]
    public async Task Negative_numbers_stay_numbers_in_number_columns()
    {
        await ExportAsync(RepoPaths.Data);

        // A fall in average deal size is a negative change; the fact check's percent differences are numbers too.
        var lows = ExportedTable.Records(Table("derived-figures.csv")).Select(r => r["low"]).Where(d => d.Length > 0).ToList();
        var differences = ExportedTable.Records(Table("fact-check.csv")).Select(r => r["percent_difference"]).Where(d => d.Length > 0).ToList();

        Assert.Contains(lows, d => d.StartsWith('-'));
        Assert.All(lows.Concat(differences), d => double.Parse(d, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Derived_figures_carry_their_bounds_formula_and_claims()
    {
        await ExportAsync(RepoPaths.Data);
        var analysis = WorkbookAnalysis.Load(RepoPaths.Data);

        var records = ExportedTable.Records(Table("derived-figures.csv"));

        Assert.Equal(analysis.Derived.Count, records.Count);
        foreach (var (figure, record) in analysis.Derived.Zip(records))
        {
            Assert.Equal(figure.Id, record["derived_id"]);
            Assert.Equal(double.IsFinite(figure.Value.Low) ? figure.Value.Low : null, Number(record["low"]));
            Assert.Equal(double.IsFinite(figure.Value.High) ? figure.Value.High : null, Number(record["high"]));
            // A figure worked out from reference figures alone has no claim ids, which the CSV writes as an empty cell.
            Assert.Equal(figure.ClaimIds, record["claim_ids"].Split(';', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public async Task Text_that_starts_like_a_formula_is_neutralised_and_the_rest_is_kept_verbatim()
    {
        var data = HostileData.Create();
        _dataCopies.Add(data);
        await ExportAsync(data);

        var records = ExportedTable.Records(Table("claims.csv"));
        var first = records.Single(r => r["claim_id"] == HostileData.ClaimIds[0]);
        var second = records.Single(r => r["claim_id"] == HostileData.ClaimIds[1]);

        Assert.Equal("'" + HostileData.LongStatement(data), first["statement"]);
        Assert.Equal(HostileData.LongNote(data), first["note"]);
        Assert.Equal(HostileData.Script, first["subject"]);
        Assert.Equal("'" + HostileData.Formula, second["item"]);
        Assert.Equal("'@SUM(A1) " + HostileData.Script, second["note"]);
        Assert.Equal("3", second["value"]);
        Assert.DoesNotContain(records.SelectMany(r => r.Values), v => v.Length > 0 && v[0] is '=' or '+' or '@' or '\t' or '\r');
    }

    private static double? Number(string cell) =>
        cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>An exported table read back with Sep, the CSV library the loader uses, as a spreadsheet or script would
/// read it: every record must have the header's fields, end with CRLF, and keep its text (quotes undone).</summary>
internal static class ExportedTable
{
    public static string[] Header(string path)
    {
        using var reader = Sep.Reader(o => o with { Sep = new(','), Unescape = true }).FromFile(path);
        return [.. reader.Header.ColNames];
    }

    public static List<Dictionary<string, string>> Records(string path)
    {
        var text = File.ReadAllText(path, new System.Text.UTF8Encoding(false, true));
        Assert.EndsWith("\r\n", text);
        var records = new List<Dictionary<string, string>>();
        // Sep throws when a record has another number of fields than the header.
        using var reader = Sep.Reader(o => o with { Sep = new(','), Unescape = true }).FromText(text);
        var names = reader.Header.ColNames;
        int lineEnds = 1;
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++) record[names[i]] = row[i].ToString();
            records.Add(record);
            lineEnds = row.LineNumberToExcl;
        }
        // Line breaks inside quoted text count as lines too; each record ends with one CRLF, never a bare LF.
        Assert.Equal(text.Split("\r\n").Length - 1 + text.Replace("\r\n", "").Count(c => c == '\n'), lineEnds - 1);
        Assert.DoesNotContain("\r\r", text);
        return records;
    }
}
