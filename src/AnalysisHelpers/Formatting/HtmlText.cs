using System.Text;

namespace AnalysisHelpers.Formatting;

/// <summary>Escapes text for HTML and for Plotly, which renders a subset of HTML in titles, labels and hover text.
/// Data from articles goes through here so that markup in a claim shows as text and never runs.</summary>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Escapes each line and joins them with Plotly's line break.</summary>
    public static string Lines(IEnumerable<string?> lines) =>
        string.Join("<br>", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(Escape));
}
