using AnalysisHelpers.Notebooks.Running;
using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class NotebookHtmlWriterTests
{
    private static readonly string ReportPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "report.dib");

    private static Task<NotebookRunResult> RunReportAsync() =>
        NotebookRun.Runner.RunFileAsync(ReportPath, NotebookRun.Options, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Plain_text_outputs_and_code_are_escaped()
    {
        var html = NotebookHtmlWriter.Write(await RunReportAsync());

        Assert.Contains("<pre class=\"stream stdout\">a &lt; b &amp; c\n</pre>", html);
        Assert.Contains("var label = &quot;a &lt; b &amp; c&quot;;", html);
        Assert.DoesNotContain("a < b & c", html);
    }

    [Fact]
    public async Task Markdown_is_rendered_and_its_raw_html_escaped()
    {
        var html = NotebookHtmlWriter.Write(await RunReportAsync());

        Assert.Contains("<h1>Report &lt;draft&gt;</h1>", html);
        Assert.Contains("<td style=\"text-align: right\">2,048</td>", html);
    }

    [Fact]
    public async Task Html_outputs_of_the_formatters_are_inserted_as_markup()
    {
        var result = await RunReportAsync();
        var display = (DisplayDataOutput)result.Cells[1].Outputs[1];

        var html = NotebookHtmlWriter.Write(result);

        Assert.Contains(display.Data["text/html"], html);
    }

    [Fact]
    public async Task Hiding_code_leaves_outputs_but_no_source()
    {
        var html = NotebookHtmlWriter.Write(await RunReportAsync(), hideCode: true);

        Assert.DoesNotContain("var label", html);
        Assert.Contains("a &lt; b &amp; c", html);
    }

    [Fact]
    public async Task Plotly_script_is_inlined_once_in_the_head()
    {
        var html = NotebookHtmlWriter.Write(await RunReportAsync(), plotlyJs: "var Plotly = {};");

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<script>var Plotly = {};</script>", head);
        Assert.Equal(1, CountOf(html, "var Plotly"));
    }

    [Fact]
    public async Task A_script_that_would_close_its_element_is_refused_not_written()
    {
        var run = await RunReportAsync();
        var error = Assert.Throws<InvalidOperationException>(() => NotebookHtmlWriter.Write(run, plotlyJs: "var s = '</script>';"));
        Assert.Contains("</script", error.Message);
    }

    [Fact]
    public async Task The_page_refers_to_no_external_resource()
    {
        var html = NotebookHtmlWriter.Write(await RunReportAsync());

        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public async Task A_failed_run_shows_the_failure_and_the_error_output()
    {
        var result = await NotebookRun.CSharpAsync("throw new Exception(\"<bad>\");");

        var html = NotebookHtmlWriter.Write(result);

        Assert.Contains("class=\"run-failure\"", html);
        Assert.Contains("<pre class=\"error\">", html);
        Assert.Contains("Exception: &lt;bad&gt;", html);
    }

    private static int CountOf(string text, string fragment) =>
        (text.Length - text.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length;
}
