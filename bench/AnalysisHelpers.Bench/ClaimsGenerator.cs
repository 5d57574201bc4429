using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AnalysisHelpers.Bench;

/// <summary>Writes a synthetic data folder in the shape of data/: claims.csv with realistic rows, the real
/// sources.csv, and both schemas. The same arguments always give the same bytes (fixed seed, invariant culture).</summary>
internal static class ClaimsGenerator
{
    public const int DefaultSeed = 20261123;

    /// <summary>Ids run to seven digits (C0000001) so a million rows fit; the shipped schema allows three.</summary>
    public const string WideIdPattern = "^C[0-9]{3,7}$";

    /// <summary>Written last, so a folder interrupted half-way is never mistaken for a finished one.</summary>
    public const string MarkerFile = "generated.txt";

    public static void Generate(string outDir, int rows, int invalid, int seed = DefaultSeed)
    {
        if (rows < 1 || rows > 9_999_999) throw new ArgumentOutOfRangeException(nameof(rows), rows, "rows must be 1..9999999 (ids have at most seven digits)");
        Directory.CreateDirectory(outDir);
        File.Delete(Path.Combine(outDir, MarkerFile));

        var sourceIds = CopySources(outDir);
        WriteClaimsSchema(outDir);

        var rng = new Random(seed);
        var plan = InvalidRows.Plan(new Random(seed + 1), rows, invalid);
        var templates = new ClaimTemplates(rng, sourceIds);
        int idWidth = Math.Max(3, rows.ToString(CultureInfo.InvariantCulture).Length);
        string previousId = "";
        var line = new StringBuilder(512);
        using (var writer = new StreamWriter(Path.Combine(outDir, "claims.csv"), false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine(GeneratedClaim.Header);
            for (int r = 0; r < rows; r++)
            {
                var id = "C" + (r + 1).ToString(CultureInfo.InvariantCulture).PadLeft(idWidth, '0');
                var row = templates.Next(id);
                if (plan.TryGetValue(r, out var kind)) row = InvalidRows.Break(row, kind, previousId);
                previousId = row.ClaimId;
                line.Clear();
                row.WriteTo(line);
                line.Append('\n');
                foreach (var chunk in line.GetChunks()) writer.Write(chunk.Span);
            }
        }
        var kinds = Enum.GetValues<InvalidKind>().Select(k => $"{k}={plan.Values.Count(v => v == k)}\n");
        File.WriteAllText(Path.Combine(outDir, MarkerFile), MarkerLine(rows, invalid, seed) + "\n" + string.Concat(kinds));
    }

    /// <summary>True when <paramref name="dir"/> holds a finished folder generated with these arguments.</summary>
    public static bool IsGenerated(string dir, int rows, int invalid, int seed = DefaultSeed)
    {
        var marker = Path.Combine(dir, MarkerFile);
        return File.Exists(marker) && File.ReadLines(marker).FirstOrDefault() == MarkerLine(rows, invalid, seed);
    }

    private static string MarkerLine(int rows, int invalid, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"rows={rows} invalid={invalid} seed={seed}");

    /// <summary>The four real articles are the sources; every generated claim cites one of them.</summary>
    private static IReadOnlyList<string> CopySources(string outDir)
    {
        var data = RepoPaths.DataDirectory;
        File.Copy(Path.Combine(data, "sources.csv"), Path.Combine(outDir, "sources.csv"), overwrite: true);
        File.Copy(Path.Combine(data, "sources.schema.json"), Path.Combine(outDir, "sources.schema.json"), overwrite: true);
        var sources = AnalysisHelpers.Tables.TableReader.Read(Path.Combine(outDir, "sources.csv"),
            AnalysisHelpers.Tables.TableSchema.Load(Path.Combine(outDir, "sources.schema.json")));
        return sources.Strings("source_id").Select(s => s!).ToArray();
    }

    /// <summary>The shipped claims schema with only the claim_id pattern widened.</summary>
    private static void WriteClaimsSchema(string outDir)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.DataDirectory, "claims.schema.json")))!;
        var idField = schema["fields"]!.AsArray().Single(f => (string?)f!["name"] == "claim_id")!;
        idField["constraints"]!["pattern"] = WideIdPattern;
        idField["description"] = "Identifier of the claim, C followed by three to seven digits (generated benchmark data).";
        File.WriteAllText(Path.Combine(outDir, "claims.schema.json"),
            schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
