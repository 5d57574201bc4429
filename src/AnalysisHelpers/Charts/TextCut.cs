using System.Globalization;

namespace AnalysisHelpers.Charts;

/// <summary>Shortens a label to a length in UTF-16 units, at the last space that keeps at least half of it, else after
/// the last whole text element that fits. A cut inside a surrogate pair, or between an emoji or letter and what joins
/// or marks it, would leave text that cannot be encoded or reads as another character; Chinese is written without
/// spaces, so such titles are always cut by characters.</summary>
internal static class TextCut
{
    public static string Shorten(string text, int maxLength, params char[] trimEnd)
    {
        if (text.Length <= maxLength) return text;
        int cut = text.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2) cut = LastTextElementEnd(text, maxLength);
        return text[..cut].TrimEnd(trimEnd) + "…";
    }

    /// <summary>The end of the last whole text element that ends at or before <paramref name="limit"/>; at least
    /// the end of the first element, so a label never shortens to nothing.</summary>
    private static int LastTextElementEnd(string text, int limit)
    {
        int end = StringInfo.GetNextTextElementLength(text, 0);
        while (end < text.Length)
        {
            int next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > limit) break;
            end = next;
        }
        return end;
    }
}
