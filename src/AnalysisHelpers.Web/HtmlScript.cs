namespace AnalysisHelpers.Web;

/// <summary>Script text inlined in an HTML page, written once for every writer (chart pages, the report, notebook
/// pages, kernel outputs).</summary>
public static class HtmlScript
{
    /// <summary>A <c>&lt;script&gt;</c> element holding <paramref name="source"/> verbatim.</summary>
    /// <exception cref="InvalidOperationException">The source holds <c>&lt;/script</c> or <c>&lt;!--</c>: the HTML
    /// parser acts on those whatever the JavaScript around them means, so the text cannot be inlined as it is.</exception>
    public static string Element(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var marker in new[] { "</script", "<!--" })
        {
            if (source.Contains(marker, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"The script contains \"{marker}\" and cannot be inlined in a script element.");
        }
        return $"<script>{source}</script>";
    }
}
