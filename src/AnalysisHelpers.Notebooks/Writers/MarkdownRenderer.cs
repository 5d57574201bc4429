using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// A small, safe markdown renderer for notebook prose: headings, paragraphs, nested lists, block quotes,
/// horizontal rules, fenced code and pipe tables, with <see cref="MarkdownInline"/> for the text inside them.
/// Raw HTML is escaped, never passed through.
/// </summary>
internal static partial class MarkdownRenderer
{
    public static string ToHtml(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var html = new StringBuilder();
        RenderBlocks(lines, html);
        return html.ToString();
    }

    private static void RenderBlocks(IReadOnlyList<string> lines, StringBuilder html)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) { i++; continue; }

            if (Fence().Match(line) is { Success: true } fence) i = RenderFencedCode(lines, i, fence, html);
            else if (Heading().Match(line) is { Success: true } heading)
            {
                var level = heading.Groups[1].Length;
                html.Append($"<h{level}>").Append(MarkdownInline.ToHtml(heading.Groups[2].Value)).Append($"</h{level}>\n");
                i++;
            }
            else if (Rule().IsMatch(line)) { html.Append("<hr>\n"); i++; }
            else if (line.TrimStart().StartsWith('>')) i = RenderQuote(lines, i, html);
            else if (ListItem().IsMatch(line)) i = RenderList(lines, i, html);
            else if (IsTableStart(lines, i)) i = RenderTable(lines, i, html);
            else i = RenderParagraph(lines, i, html);
        }
    }

    private static int RenderFencedCode(IReadOnlyList<string> lines, int start, Match fence, StringBuilder html)
    {
        var marker = fence.Groups[2].Value;
        var indent = fence.Groups[1].Length;
        var language = fence.Groups[3].Value.Trim().Split(' ', 2)[0];
        var code = new List<string>();
        var i = start + 1;
        for (; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length >= marker.Length && trimmed.All(ch => ch == marker[0])) { i++; break; }
            code.Add(RemoveIndent(lines[i], indent));
        }

        html.Append("<pre><code");
        if (language.Length > 0) html.Append(" class=\"language-").Append(HtmlText.Escape(language)).Append('"');
        html.Append('>').Append(HtmlText.Escape(string.Join('\n', code))).Append("</code></pre>\n");
        return i;
    }

    private static int RenderQuote(IReadOnlyList<string> lines, int start, StringBuilder html)
    {
        var quoted = new List<string>();
        var i = start;
        for (; i < lines.Count && lines[i].TrimStart().StartsWith('>'); i++)
        {
            var content = lines[i].TrimStart()[1..];
            quoted.Add(content.StartsWith(' ') ? content[1..] : content);
        }

        html.Append("<blockquote>\n");
        RenderBlocks(quoted, html);
        html.Append("</blockquote>\n");
        return i;
    }

    /// <summary>A list: items at the first item's indentation; more indented lines belong to the item above.</summary>
    private static int RenderList(IReadOnlyList<string> lines, int start, StringBuilder html)
    {
        var first = ListItem().Match(lines[start]);
        var baseIndent = first.Groups[1].Length;
        var ordered = char.IsDigit(first.Groups[2].Value[0]);
        var items = new List<List<string>>();
        var i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            var item = ListItem().Match(line);
            var indent = line.Length - line.TrimStart().Length;
            if (item.Success && indent <= baseIndent + 1)
            {
                if (char.IsDigit(item.Groups[2].Value[0]) != ordered) break;
                items.Add([item.Groups[3].Value]);
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line ends the list unless the next line continues it.
                var continues = i + 1 < lines.Count && !string.IsNullOrWhiteSpace(lines[i + 1])
                    && lines[i + 1].Length - lines[i + 1].TrimStart().Length > baseIndent;
                if (!continues) break;
                items[^1].Add("");
            }
            else if (indent > baseIndent || !IsBlockStart(line))
            {
                items[^1].Add(RemoveIndent(line, baseIndent + 2));
            }
            else break;
        }

        var tag = ordered ? "ol" : "ul";
        var startNumber = ordered ? int.Parse(first.Groups[2].Value.TrimEnd('.', ')'), System.Globalization.CultureInfo.InvariantCulture) : 1;
        html.Append('<').Append(tag);
        if (startNumber != 1) html.Append(" start=\"").Append(startNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
        html.Append(">\n");
        foreach (var item in items) RenderListItem(item, html);
        html.Append("</").Append(tag).Append(">\n");
        return i;
    }

    private static void RenderListItem(List<string> item, StringBuilder html)
    {
        // The item's own text runs until its first nested block; the rest renders as blocks inside the item.
        var textEnd = 1;
        while (textEnd < item.Count && !string.IsNullOrWhiteSpace(item[textEnd]) && !IsBlockStart(item[textEnd])) textEnd++;
        html.Append("<li>").Append(MarkdownInline.ToHtml(string.Join('\n', item.Take(textEnd)).Trim()));
        if (textEnd < item.Count)
        {
            html.Append('\n');
            RenderBlocks(item.Skip(textEnd).ToList(), html);
        }

        html.Append("</li>\n");
    }

    private static bool IsTableStart(IReadOnlyList<string> lines, int i) =>
        lines[i].Contains('|') && i + 1 < lines.Count && TableSeparator().IsMatch(lines[i + 1])
        && SplitRow(lines[i]).Count == SplitRow(lines[i + 1]).Count;

    private static int RenderTable(IReadOnlyList<string> lines, int start, StringBuilder html)
    {
        var header = SplitRow(lines[start]);
        var alignments = SplitRow(lines[start + 1]).Select(cell =>
            cell.StartsWith(':') && cell.EndsWith(':') ? "center" : cell.EndsWith(':') ? "right" : cell.StartsWith(':') ? "left" : null).ToList();

        void Row(IReadOnlyList<string> cells, string tag)
        {
            html.Append("<tr>");
            for (var c = 0; c < header.Count; c++)
            {
                html.Append('<').Append(tag);
                if (alignments[c] is { } align) html.Append(" style=\"text-align: ").Append(align).Append('"');
                html.Append('>').Append(MarkdownInline.ToHtml(c < cells.Count ? cells[c] : "")).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("<table>\n<thead>\n");
        Row(header, "th");
        html.Append("</thead>\n<tbody>\n");
        var i = start + 2;
        for (; i < lines.Count && lines[i].Contains('|') && !string.IsNullOrWhiteSpace(lines[i]); i++) Row(SplitRow(lines[i]), "td");
        html.Append("</tbody>\n</table>\n");
        return i;
    }

    /// <summary>Cells of a pipe-table row; <c>\|</c> is a literal pipe.</summary>
    private static List<string> SplitRow(string line)
    {
        var row = line.Trim();
        if (row.StartsWith('|')) row = row[1..];
        if (row.EndsWith('|') && !row.EndsWith("\\|", StringComparison.Ordinal)) row = row[..^1];
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|') { cell.Append("\\|"); i++; }
            else if (row[i] == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(row[i]);
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }

    private static int RenderParagraph(IReadOnlyList<string> lines, int start, StringBuilder html)
    {
        var i = start + 1;
        while (i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && !IsBlockStart(lines[i]) && !IsTableStart(lines, i)) i++;
        var text = string.Join('\n', lines.Skip(start).Take(i - start).Select(line => line.TrimStart()));
        html.Append("<p>").Append(MarkdownInline.ToHtml(text.TrimEnd())).Append("</p>\n");
        return i;
    }

    private static bool IsBlockStart(string line) =>
        Fence().IsMatch(line) || Heading().IsMatch(line) || Rule().IsMatch(line) || ListItem().IsMatch(line) || line.TrimStart().StartsWith('>');

    private static string RemoveIndent(string line, int indent)
    {
        var remove = 0;
        while (remove < indent && remove < line.Length && line[remove] == ' ') remove++;
        return line[remove..];
    }

    [GeneratedRegex(@"^( {0,3})(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^( *)([-*+]|\d{1,9}[.)])[ \t]+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^ *\|? *:?-+:? *(\| *:?-+:? *)*\|? *$")]
    private static partial Regex TableSeparator();
}
