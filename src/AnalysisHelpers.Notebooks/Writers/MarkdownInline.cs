using System.Text;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Renders the inline part of markdown: code spans, emphasis, strikethrough, links, images and autolinks.
/// Everything else, raw HTML included, is escaped.
/// </summary>
internal static class MarkdownInline
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static string ToHtml(string text)
    {
        var html = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                html.Append(HtmlText.Escape(text[i + 1].ToString()));
                i += 2;
            }
            else if (c == '`' && TryCodeSpan(text, i, html, out var next)) i = next;
            else if (c == '!' && i + 1 < text.Length && text[i + 1] == '[' && TryLink(text, i + 1, isImage: true, html, out next)) i = next;
            else if (c == '[' && TryLink(text, i, isImage: false, html, out next)) i = next;
            else if (c == '<' && TryAutolink(text, i, html, out next)) i = next;
            else if (c is '*' or '_' or '~' && TryDelimited(text, i, html, out next)) i = next;
            else if (c == '\n')
            {
                // Two trailing spaces mark a hard line break.
                var hardBreak = html.Length >= 2 && html[^1] == ' ' && html[^2] == ' ';
                if (hardBreak) html.Length -= 2;
                html.Append(hardBreak ? "<br>\n" : "\n");
                i++;
            }
            else
            {
                html.Append(HtmlText.Escape(c.ToString()));
                i++;
            }
        }

        return html.ToString();
    }

    private static bool TryCodeSpan(string text, int start, StringBuilder html, out int next)
    {
        var ticks = 0;
        while (start + ticks < text.Length && text[start + ticks] == '`') ticks++;
        var fence = new string('`', ticks);
        var search = start + ticks;
        while (true)
        {
            var close = text.IndexOf(fence, search, StringComparison.Ordinal);
            if (close < 0)
            {
                // No closing run: the backticks are literal text.
                html.Append(fence);
                next = start + ticks;
                return true;
            }

            var after = close + ticks;
            if (after < text.Length && text[after] == '`')
            {
                search = after;
                while (search < text.Length && text[search] == '`') search++;
                continue;
            }

            var code = text[(start + ticks)..close].Replace('\n', ' ');
            if (code.Length >= 2 && code[0] == ' ' && code[^1] == ' ' && code.Trim().Length > 0) code = code[1..^1];
            html.Append("<code>").Append(HtmlText.Escape(code)).Append("</code>");
            next = after;
            return true;
        }
    }

    private static bool TryLink(string text, int open, bool isImage, StringBuilder html, out int next)
    {
        next = open;
        var depth = 0;
        var close = -1;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '[') depth++;
            else if (text[i] == ']' && --depth == 0) { close = i; break; }
        }

        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(') return false;
        var end = text.IndexOf(')', close + 2);
        if (end < 0) return false;

        var target = text[(close + 2)..end].Trim();
        var space = target.IndexOfAny([' ', '\t']);
        var url = space < 0 ? target : target[..space];
        if (url.StartsWith('<') && url.EndsWith('>')) url = url[1..^1];
        if (!IsSafeUrl(url)) return false;

        var label = text[(open + 1)..close];
        if (isImage && IsRelative(url))
        {
            html.Append("<img src=\"").Append(HtmlText.Escape(url)).Append("\" alt=\"").Append(HtmlText.Escape(label)).Append("\">");
        }
        else
        {
            // An image on another host would be fetched when the page opens; the page stays offline, so link to it.
            html.Append("<a href=\"").Append(HtmlText.Escape(url)).Append("\">").Append(ToHtml(label)).Append("</a>");
        }

        next = end + 1;
        return true;
    }

    private static bool TryAutolink(string text, int open, StringBuilder html, out int next)
    {
        next = open;
        var close = text.IndexOf('>', open);
        if (close < 0) return false;
        var url = text[(open + 1)..close];
        if (url.Any(char.IsWhiteSpace) || IsRelative(url) || !IsSafeUrl(url)) return false;
        html.Append("<a href=\"").Append(HtmlText.Escape(url)).Append("\">").Append(HtmlText.Escape(url)).Append("</a>");
        next = close + 1;
        return true;
    }

    /// <summary><c>**strong**</c>, <c>__strong__</c>, <c>*em*</c>, <c>_em_</c>, <c>~~del~~</c>.</summary>
    private static bool TryDelimited(string text, int start, StringBuilder html, out int next)
    {
        next = start;
        var c = text[start];
        var doubled = start + 1 < text.Length && text[start + 1] == c;
        if (c == '~' && !doubled) return false;
        var delimiter = doubled ? new string(c, 2) : c.ToString();
        var contentStart = start + delimiter.Length;
        if (contentStart >= text.Length || char.IsWhiteSpace(text[contentStart])) return false;
        // snake_case_names are not emphasis.
        if (c == '_' && start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;

        var search = contentStart;
        while (true)
        {
            var close = text.IndexOf(delimiter, search, StringComparison.Ordinal);
            if (close < 0) return false;
            var afterClose = close + delimiter.Length;
            var isRunContinuation = !doubled && afterClose < text.Length && text[afterClose] == c;
            var validClose = close > contentStart && !char.IsWhiteSpace(text[close - 1]) && !isRunContinuation
                && !(c == '_' && afterClose < text.Length && char.IsLetterOrDigit(text[afterClose]));
            if (!validClose)
            {
                search = isRunContinuation ? afterClose + 1 : close + 1;
                continue;
            }

            var tag = c == '~' ? "del" : doubled ? "strong" : "em";
            html.Append('<').Append(tag).Append('>').Append(ToHtml(text[contentStart..close])).Append("</").Append(tag).Append('>');
            next = afterClose;
            return true;
        }
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    private static bool IsRelative(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);

    /// <summary>Relative URLs, anchors, http(s) and mailto; never javascript: or data: URLs.</summary>
    private static bool IsSafeUrl(string url)
    {
        if (url.Length == 0) return false;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
