using System.Text;
using System.Text.Json;

namespace AnalysisHelpers.Tables;

/// <summary>Where each value of a schema file stands, by its JSON path ("fields/3/constraints/pattern"), so that a
/// fault found in the parsed schema is reported at its line and character column. System.Text.Json's document model
/// keeps no positions; its reader gives each token's byte offset, which is turned into a line and column here.</summary>
internal sealed class SchemaLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _at;

    private SchemaLocations(string file, Dictionary<string, (int Line, int Column)> at)
    {
        File = file;
        _at = at;
    }

    /// <summary>The schema file as named in error messages.</summary>
    public string File { get; }

    /// <summary>The location of the value at <paramref name="path"/>, else of its nearest enclosing value.</summary>
    public (int Line, int Column) Of(string path)
    {
        while (true)
        {
            if (_at.TryGetValue(path, out var at)) return at;
            int cut = path.LastIndexOf('/');
            if (cut < 0) return (1, 1);
            path = path[..cut];
        }
    }

    public DataValidationError Error(string path, string message, string? field = null)
    {
        var (line, column) = Of(path);
        return new DataValidationError(File, line, column, message, field);
    }

    /// <summary>Reads the positions of a JSON text already known to parse.</summary>
    public static SchemaLocations Read(string file, byte[] utf8)
    {
        var offsets = new List<(string Path, long Offset)>();
        var path = new List<string>();
        var index = new List<int>();   // per open container: the next array index, or -1 in an object
        string? property = null;
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    index.RemoveAt(index.Count - 1);
                    if (path.Count > 0) path.RemoveAt(path.Count - 1);
                    continue;
            }
            // A value: its name is the property it belongs to, or its index in the array around it.
            string? segment = null;
            if (index.Count > 0)
            {
                if (index[^1] >= 0) segment = (index[^1]++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                else segment = property;
            }
            var here = segment is null ? "" : path.Count == 0 ? segment : string.Join('/', path) + "/" + segment;
            offsets.Add((here, reader.TokenStartIndex));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (segment is not null) path.Add(segment);
                index.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }
        // Offsets come in file order, so one walk over the bytes turns them all into lines and columns.
        var at = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        int line = 1, lineStart = 0, pos = 0;
        foreach (var (p, offset) in offsets)
        {
            for (; pos < offset; pos++)
                if (utf8[pos] == (byte)'\n') { line++; lineStart = pos + 1; }
            at.TryAdd(p, (line, Encoding.UTF8.GetCharCount(utf8, lineStart, (int)offset - lineStart) + 1));
        }
        return new SchemaLocations(file, at);
    }
}
