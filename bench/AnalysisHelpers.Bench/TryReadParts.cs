using System.Buffers.Text;
using System.Globalization;
using System.Text;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Bench;

/// <summary>The pieces of TableReader.TryRead redone one at a time with public APIs, each as a full pass over the
/// file (so each includes the row splitting of stage 3). They show which part of reading a typed, checked table
/// costs what; they are stand-ins, not the loader's own code.</summary>
internal static class TryReadParts
{
    public static IEnumerable<(string Name, Func<object> Work)> All(CsvDocument doc, TableSchema schema)
    {
        var fields = schema.Fields;
        yield return ("4.1 split + decode every text cell", () => Pass(doc, (reader, p, raw) => Encoding.UTF8.GetString(raw).Length));
        yield return ("4.2 split + parse numbers + ToString(\"R\")", () => Pass(doc, (reader, p, raw) =>
            fields[p].Type == FieldType.String || raw.IsEmpty ? 0
                : Utf8Parser.TryParse(raw, out double d, out _) ? d.ToString("R", CultureInfo.InvariantCulture).Length : 0));
        yield return ("4.3 split + decode + pattern regexes", () => Pass(doc, (reader, p, raw) =>
            fields[p].Constraints.PatternRegex is { } regex && !raw.IsEmpty && regex.IsMatch(Encoding.UTF8.GetString(raw)) ? 1 : 0));
        yield return ("4.4 split + unique claim_id dictionary", () =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            return Pass(doc, (reader, p, raw) => p == 0 && seen.TryAdd(Encoding.UTF8.GetString(raw), 0) ? 1 : 0);
        });
        yield return ("4.5 split + grow 17 List<T> columns + ToArray", () =>
        {
            var strings = fields.Select(_ => new List<string?>()).ToArray();
            var numbers = fields.Select(_ => new List<double?>()).ToArray();
            long n = Pass(doc, (reader, p, raw) =>
            {
                if (fields[p].Type == FieldType.String) strings[p].Add(null); else numbers[p].Add(null);
                return 0;
            });
            return n + strings.Sum(l => l.ToArray().Length) + numbers.Sum(l => l.ToArray().Length);
        });
    }

    private delegate long CellWork(CsvReader reader, int p, ReadOnlySpan<byte> raw);

    private static long Pass(CsvDocument doc, CellWork work)
    {
        var reader = new CsvReader(doc);
        reader.ReadRow(); // header
        long total = 0;
        while (reader.ReadRow())
            for (int p = 0; p < reader.FieldCount; p++) total += work(reader, p, reader.RawBytes(p));
        return total;
    }
}
