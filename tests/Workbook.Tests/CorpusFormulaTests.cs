using nietras.SeparatedValues;

namespace Workbook.Tests;

/// <summary>Corpus case <c>hidden-formulas</c>: valid claims whose statement and note start with a formula hidden
/// behind blanks a spreadsheet skips (space, tab after a space, NBSP, BOM, zero-width space, ideographic space, word
/// joiner) or written with full-width operators (＝＋－＠). <c>workbook export</c> writes each into
/// <c>tables/claims.csv</c> with a leading apostrophe, and keeps the numbers of number columns as plain numbers.</summary>
public sealed class CorpusFormulaTests
{
    [Fact]
    public async Task Export_neutralises_formulas_hidden_behind_blanks_or_written_full_width_in_the_claims_table()
    {
        using var project = new CorpusProject();
        project.AddData("hidden-formulas");
        var raw = ReadRaw(Path.Combine(project.Data, "claims.csv"));

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromMinutes(2),
            "export", "--formats", "html", "--data", project.Data, "--out", project.Out);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        CorpusCli.AssertNoStackTrace(outcome);
        var exported = ExportedTable.Records(Path.Combine(project.Out, "tables", "claims.csv"));
        Assert.Equal(raw.Select(r => r["claim_id"]), exported.Select(r => r["claim_id"]));
        var hidden = 0;
        foreach (var (source, written) in raw.Zip(exported))
        {
            foreach (var field in new[] { "statement", "note" })
            {
                var text = source[field];
                if (!HidesAFormula(text)) continue;
                hidden++;
                Assert.Equal("'" + text, written[field]);
            }
            Assert.Equal(source["value"], written["value"]);
            Assert.Equal(source["value_low"], written["value_low"]);
        }
        Assert.Equal(10, hidden); // every hidden formula of the case was looked at
    }

    private static List<Dictionary<string, string>> ReadRaw(string path)
    {
        using var reader = Sep.Reader(o => o with { Sep = new(','), Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames;
        var records = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) record[names[i]] = row[i].ToString();
            records.Add(record);
        }
        return records;
    }

    /// <summary>Independent of the writer: the first character that is not white space, BOM, zero-width space or word
    /// joiner is an ASCII or full-width formula operator.</summary>
    private static bool HidesAFormula(string text)
    {
        var first = text.TrimStart(' ', '\t', '\u00A0', '\uFEFF', '\u200B', '\u3000', '\u2060');
        return first.Length > 0 && "=+-@＝＋－＠".Contains(first[0]);
    }
}
