using System.Text;
using System.Text.Json;

namespace AnalysisHelpers.Notebooks.Pairing;

/// <summary>
/// Where each value of a JSON text starts, by JSON pointer (<c>/cells/3/source</c>), as 1-based line and column, so
/// that a notebook's structural problems can be reported at their place in the file. JsonDocument keeps no positions;
/// Utf8JsonReader gives byte offsets, which this maps to lines.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;

    public JsonLocations(string text)
    {
        _utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        // One frame per open container: its pointer, and for arrays the next index.
        var stack = new Stack<(string Pointer, bool IsArray, int Index)>();
        string? pendingName = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            string pointer;
            if (stack.Count == 0) pointer = "";
            else if (stack.Peek().IsArray)
            {
                var frame = stack.Pop();
                pointer = frame.Pointer + "/" + frame.Index;
                stack.Push(frame with { Index = frame.Index + 1 });
            }
            else pointer = stack.Peek().Pointer + "/" + Escape(pendingName ?? "");

            _offsets.TryAdd(pointer, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.StartObject) stack.Push((pointer, false, 0));
            else if (reader.TokenType == JsonTokenType.StartArray) stack.Push((pointer, true, 0));
        }
    }

    /// <summary>Line and column of the value at <paramref name="pointer"/>, or of its nearest ancestor that exists.</summary>
    public (int Line, int Column) Of(string pointer)
    {
        while (!_offsets.ContainsKey(pointer) && pointer.Length > 0) pointer = pointer[..pointer.LastIndexOf('/')];
        var offset = _offsets.GetValueOrDefault(pointer, 0);
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(_utf8, lineStart, (int)offset - lineStart) + 1);
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
