using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_in_markdown_is_escaped()
    {
        var html = MarkdownRenderer.ToHtml("Hello <script>alert('x')</script> & bye");

        Assert.Equal("<p>Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; bye</p>\n", html);
    }

    [Fact]
    public void Headings_paragraphs_and_emphasis_render()
    {
        var html = MarkdownRenderer.ToHtml("## Costs\n\nIt cost **$5.6m** and *not* $6m, per snake_case_name.");

        Assert.Equal("<h2>Costs</h2>\n<p>It cost <strong>$5.6m</strong> and <em>not</em> $6m, per snake_case_name.</p>\n", html);
    }

    [Fact]
    public void Code_spans_and_fenced_code_keep_their_text_escaped()
    {
        var html = MarkdownRenderer.ToHtml("Use `a < b` here.\n\n```csharp\nif (a < b) { }\n```");

        Assert.Equal("<p>Use <code>a &lt; b</code> here.</p>\n<pre><code class=\"language-csharp\">if (a &lt; b) { }</code></pre>\n", html);
    }

    [Fact]
    public void Links_keep_safe_urls_and_drop_script_urls()
    {
        var html = MarkdownRenderer.ToHtml("[source](https://example.org/a?b=1&c=2) and [bad](javascript:alert(1))");

        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\">source</a>", html);
        Assert.DoesNotContain("href=\"javascript", html);
    }

    [Fact]
    public void Nested_and_ordered_lists_render()
    {
        var html = MarkdownRenderer.ToHtml("- one\n- two\n  - two a\n\n3. third\n4. fourth");

        Assert.Equal(
            "<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>two a</li>\n</ul>\n</li>\n</ul>\n<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>\n",
            html);
    }

    [Fact]
    public void Pipe_tables_render_with_alignment_and_escaped_pipes()
    {
        var html = MarkdownRenderer.ToHtml("| Name | Share |\n|:--|--:|\n| a \\| b | 12% |");

        Assert.Equal(
            "<table>\n<thead>\n<tr><th style=\"text-align: left\">Name</th><th style=\"text-align: right\">Share</th></tr>\n</thead>\n" +
            "<tbody>\n<tr><td style=\"text-align: left\">a | b</td><td style=\"text-align: right\">12%</td></tr>\n</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void Images_on_other_hosts_become_links_so_the_page_stays_offline()
    {
        var html = MarkdownRenderer.ToHtml("![chart](https://example.org/c.png) ![local](figures/c.png)");

        Assert.Contains("<a href=\"https://example.org/c.png\">chart</a>", html);
        Assert.Contains("<img src=\"figures/c.png\" alt=\"local\">", html);
    }

    [Fact]
    public void Reference_links_autolinks_and_images_with_script_urls_lose_their_link()
    {
        var html = MarkdownRenderer.ToHtml("[ref][r], <javascript:alert(1)>, [Upper](JavaScript:alert(1)), ![x](data:image/png;base64,AAAA)\n\n[r]: javascript:alert(2)");

        Assert.DoesNotContain("javascript:alert", html.Replace("&lt;javascript:alert(1)&gt;", ""), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("ref", html);
        Assert.Contains("Upper", html);
    }

    [Fact]
    public void Html_blocks_are_shown_as_text()
    {
        var html = MarkdownRenderer.ToHtml("<div onclick=\"x()\">\n<script>alert(1)</script>\n</div>");

        Assert.DoesNotContain("<div", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}
