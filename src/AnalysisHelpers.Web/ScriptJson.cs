using System.Text;
using System.Text.Json;

namespace AnalysisHelpers.Web;

/// <summary>Makes JSON safe to place inside an HTML &lt;script&gt; element. A string in the JSON containing
/// "&lt;/script&gt;" would otherwise end the script early, "&lt;!--" would change how the HTML parser reads it, and
/// U+2028/U+2029 end a line in older JavaScript. In valid JSON these characters occur only inside strings, where the
/// \u escapes mean the same thing, so the value is unchanged.</summary>
public static class ScriptJson
{
    /// <summary>The JSON with &lt; &gt; &amp; U+2028 and U+2029 written as \u escapes.</summary>
    public static string Embed(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0) return json;
        var builder = new StringBuilder(json.Length + 64);
        foreach (char c in json)
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

    /// <summary>A JavaScript string literal of <paramref name="value"/> that is safe inside a script element.</summary>
    public static string String(string value) => Embed(JsonSerializer.Serialize(value));
}
