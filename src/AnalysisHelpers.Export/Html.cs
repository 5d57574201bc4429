using System.Net;

namespace AnalysisHelpers.Export;

/// <summary>HTML text escaping shared by every page the export layer writes.</summary>
internal static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
