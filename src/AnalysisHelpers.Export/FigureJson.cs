using System.Text;
using System.Text.Json;

namespace AnalysisHelpers.Export;

/// <summary>Checks Plotly figure JSON and makes it safe to place inside an HTML &lt;script&gt; element.</summary>
public static class FigureJson
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="figureJson"/> is a JSON object whose
    /// "data" member (if present) is an array and whose "layout" and "config" members (if present) are objects.
    /// </summary>
    public static void Validate(string figureJson, string paramName = "figureJson")
    {
        ArgumentNullException.ThrowIfNull(figureJson, paramName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(figureJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Figure JSON is not valid JSON: {e.Message}", paramName, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ArgumentException($"Figure JSON must be an object like {{\"data\":[...],\"layout\":{{...}}}}, not {root.ValueKind}.", paramName);
            RequireKind(root, "data", JsonValueKind.Array, paramName);
            RequireKind(root, "layout", JsonValueKind.Object, paramName);
            RequireKind(root, "config", JsonValueKind.Object, paramName);
        }
    }

    /// <summary>
    /// Validates the figure JSON and returns it with every character that could end a script element or
    /// confuse a JavaScript parser (&lt; &gt; &amp; U+2028 U+2029) written as a \u escape.
    /// </summary>
    /// <remarks>
    /// In valid JSON these characters can only occur inside strings, where a \u escape means the same thing,
    /// so the value is unchanged while "&lt;/script&gt;" in a claim text can no longer close the element.
    /// </remarks>
    public static string ToScriptSafe(string figureJson, string paramName = "figureJson")
    {
        Validate(figureJson, paramName);
        return EscapeForScript(figureJson);
    }

    /// <summary>Escapes already valid JSON for a script element; see <see cref="ToScriptSafe"/>.</summary>
    internal static string EscapeForScript(string json)
    {
        var builder = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': builder.Append("\\u003c"); break;
                case '>': builder.Append("\\u003e"); break;
                case '&': builder.Append("\\u0026"); break;
                case '\u2028': builder.Append("\\u2028"); break;
                case '\u2029': builder.Append("\\u2029"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A JSON string literal that is safe inside a script element.</summary>
    internal static string ScriptSafeString(string value) => EscapeForScript(JsonSerializer.Serialize(value));

    private static void RequireKind(JsonElement root, string name, JsonValueKind kind, string paramName)
    {
        if (root.TryGetProperty(name, out var member) && member.ValueKind != kind)
            throw new ArgumentException($"Figure JSON member \"{name}\" must be {kind}, not {member.ValueKind}.", paramName);
    }
}
