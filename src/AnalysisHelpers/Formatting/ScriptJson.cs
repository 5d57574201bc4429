using System.Text;

namespace AnalysisHelpers.Formatting;

/// <summary>Makes JSON safe to paste into an HTML &lt;script&gt; element. A string in the JSON containing
/// "&lt;/script&gt;" would otherwise end the script early, and U+2028/U+2029 end a line in older JavaScript.
/// These characters can only occur inside JSON strings, where the \u escapes mean the same thing.</summary>
public static class ScriptJson
{
    public static string Embed(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var builder = new StringBuilder(json.Length + 32);
        foreach (char c in json)
        {
            builder.Append(c switch
            {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }
}
