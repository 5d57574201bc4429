using System.Text;
using System.Text.Json;

namespace Workbook.Tests;

/// <summary>A copy of the data folder with extra claims whose free-text fields carry markup, a spreadsheet formula,
/// a right-to-left override and very long text. Their figures are those of real claims, so the loader accepts them
/// and they reach every table, chart and page.</summary>
internal static class HostileData
{
    public const string Script = "<script>window.__pwned=1</script>";
    public const string Image = "<img src=x onerror=\"window.__pwned=1\">";
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";
    public const string RightToLeft = "\u202Egnp.exe";

    /// <summary>Claim ids of the added rows.</summary>
    public static readonly string[] ClaimIds = ["C901", "C902", "C903"];

    /// <summary>The statement of the first added claim: a formula, the override, then filler up to the longest
    /// statement the schema allows (10,000 characters if it sets no limit).</summary>
    public static string LongStatement(string dataDir) => Fill(Formula + " " + RightToLeft + " ", MaxLength(dataDir, "statement"));

    /// <summary>The note of the first added claim, as long as the schema allows.</summary>
    public static string LongNote(string dataDir) => Fill(Image + " " + RightToLeft + " ", MaxLength(dataDir, "note"));

    public static string Create()
    {
        var dir = RepoPaths.CopyData();
        // Subject, item, attribution, statement and note of a competition claim and of an adoption claim, which the
        // adoption chart labels by subject.
        var template = "kaifu-lee-three-models,2,competition,{0},{1},players_surviving,3,,,count,projected,,only three AI models,{2},{3},{4}";
        var charted = "china-ai-state-strategy-takeaways,10,adoption,{0},{1},download_count,,600000000,,count,lower_bound,,over 600 million downloads,{2},{3},{4}";
        var rows = new[]
        {
            $"{ClaimIds[0]}," + string.Format(template, Quote(Script), Quote(Image), Quote(Script), Quote(LongStatement(dir)), Quote(LongNote(dir))),
            $"{ClaimIds[1]}," + string.Format(template, Quote(Image), Quote(Formula), Quote(Formula), Quote(Script), Quote("@SUM(A1) " + Script)),
            $"{ClaimIds[2]}," + string.Format(charted, Quote(Script), Quote(Image), Quote(Image), Quote(RightToLeft + Script), Quote(Formula)),
        };
        var claims = Path.Combine(dir, "claims.csv");
        var existing = File.ReadAllText(claims);
        File.WriteAllText(claims, existing.TrimEnd('\r', '\n') + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return dir;
    }

    private static string Fill(string prefix, int length)
    {
        var text = new StringBuilder(prefix);
        while (text.Length < length) text.Append("long text ");
        return text.ToString(0, length).TrimEnd();
    }

    /// <summary>The field's maxLength in the copied claims schema, or 10,000 when it has none.</summary>
    private static int MaxLength(string dataDir, string field)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "claims.schema.json")));
        var spec = schema.RootElement.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field);
        return spec.TryGetProperty("constraints", out var constraints) && constraints.TryGetProperty("maxLength", out var max)
            ? max.GetInt32()
            : 10_000;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
