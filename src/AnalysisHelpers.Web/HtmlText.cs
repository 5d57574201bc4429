using System.Text;

namespace AnalysisHelpers.Web;

/// <summary>Escapes text for HTML element content and quoted attribute values, and for Plotly, which renders a subset
/// of HTML in titles, labels and hover text. Data from articles goes through here so that markup in a claim shows as
/// text and never runs. Only the five markup characters change: pages are UTF-8, so every other character stays as it
/// is (unlike <c>WebUtility.HtmlEncode</c>, which also rewrites Latin-1 letters as numeric entities).</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Escapes each non-blank line and joins them with a line break, as Plotly text and hover labels read.</summary>
    public static string Lines(IEnumerable<string?> lines) =>
        string.Join("<br>", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(Escape));
}
