using AnalysisHelpers.Notebooks.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>
/// Notebook prose to HTML with Markdig: CommonMark plus pipe tables and strikethrough. Raw HTML is disabled, so it
/// is shown as text; links and images pass <see cref="MarkdownInline"/>'s filter. The few renderers replaced here
/// keep the notebook pages' own markup: compact table rows with inline alignment, code blocks without a trailing
/// newline, void elements without a closing slash, and ' escaped like every other HTML special character.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        MarkdownInline.MakeSafe(document);
        using var text = new StringWriter();
        var renderer = new HtmlRenderer(text);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new CompactCodeBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new CompactTableRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new MarkdownInline.LinkRenderer());
        renderer.Render(document);
        renderer.Writer.Flush();
        // Markdig escapes < > & and "; ' is escaped too, as everywhere else on these pages. Markdig itself writes no
        // ' (its attributes are double-quoted), so every one in the output comes from the text.
        return text.ToString().Replace("'", "&#39;", StringComparison.Ordinal);
    }

    private sealed class CompactCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock block)
        {
            renderer.Write("<pre><code");
            if (block is FencedCodeBlock { Info: { Length: > 0 } info })
                renderer.Write(" class=\"language-").WriteEscape(info.Split(' ', 2)[0]).Write('"');
            renderer.Write('>');
            var lines = block.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                if (i > 0) renderer.Write('\n');
                renderer.WriteEscape(lines.Lines[i].Slice);
            }
            renderer.Write("</code></pre>\n");
        }
    }

    private sealed class CompactTableRenderer : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.Write("<table>\n");
            bool inHead = false, inBody = false;
            foreach (var rowObject in table)
            {
                var row = (TableRow)rowObject;
                if (row.IsHeader && !inHead) { renderer.Write("<thead>\n"); inHead = true; }
                if (!row.IsHeader && !inBody)
                {
                    if (inHead) { renderer.Write("</thead>\n"); inHead = false; }
                    renderer.Write("<tbody>\n");
                    inBody = true;
                }
                renderer.Write("<tr>");
                for (int c = 0; c < row.Count; c++)
                {
                    var cell = (TableCell)row[c];
                    var tag = row.IsHeader ? "th" : "td";
                    renderer.Write('<').Write(tag);
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : c;
                    var align = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
                    if (align is { } a) renderer.Write(" style=\"text-align: ").Write(a switch { TableColumnAlign.Center => "center", TableColumnAlign.Right => "right", _ => "left" }).Write('"');
                    renderer.Write('>');
                    // A cell holds one paragraph; its inlines go straight into the cell.
                    foreach (var block in cell)
                    {
                        if (block is ParagraphBlock { Inline: { } inline }) renderer.WriteChildren(inline);
                        else renderer.Write(block);
                    }
                    renderer.Write("</").Write(tag).Write('>');
                }
                renderer.Write("</tr>\n");
            }
            if (inHead) renderer.Write("</thead>\n");
            if (inBody) renderer.Write("</tbody>\n");
            renderer.Write("</table>\n");
        }
    }
}
