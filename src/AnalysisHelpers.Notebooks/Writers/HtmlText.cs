using System.Net;

namespace AnalysisHelpers.Notebooks;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &lt; &gt; &amp; " and ' so the text can go in element content or a quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
