namespace AnalysisHelpers.Notebooks.Tests;

public sealed class DisplayTests
{
    [Fact]
    public async Task Display_adds_a_display_output_per_call_in_call_order()
    {
        var result = await NotebookRun.CSharpAsync("display(\"first\");\ndisplay(2);");

        var outputs = result.Cells[0].Outputs.Cast<DisplayDataOutput>().ToList();
        Assert.Equal(["first", "2"], outputs.Select(output => output.Data["text/plain"]));
    }

    [Fact]
    public async Task A_string_is_plain_text_only_and_an_object_also_gets_html()
    {
        var result = await NotebookRun.CSharpAsync("display(\"<b>text</b>\");\ndisplay(new { Name = \"<x>\", Count = 3 });");

        var text = Assert.IsType<DisplayDataOutput>(result.Cells[0].Outputs[0]);
        var record = Assert.IsType<DisplayDataOutput>(result.Cells[0].Outputs[1]);
        Assert.Equal(["text/plain"], text.Data.Keys);
        Assert.Equal("<b>text</b>", text.Data["text/plain"]);
        Assert.Contains("text/html", record.Data.Keys);
        Assert.Contains("&lt;x&gt;", record.Data["text/html"]);
        Assert.DoesNotContain("<x>", record.Data["text/html"]);
    }

    [Fact]
    public async Task Requested_mime_types_limit_the_bundle_but_keep_plain_text()
    {
        var result = await NotebookRun.CSharpAsync("display(new[] { 1, 2 }, \"text/html\");");

        var output = Assert.IsType<DisplayDataOutput>(Assert.Single(result.Cells[0].Outputs));
        Assert.Equal(["text/html", "text/plain"], output.Data.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_mime_type_nothing_can_produce_fails_the_cell_with_the_reason()
    {
        var result = await NotebookRun.CSharpAsync("display(1, \"image/png\");");

        Assert.Equal(CellFailureKind.Exception, result.Failure?.Kind);
        Assert.Contains("image/png", result.Failure!.Message);
    }

    [Fact]
    public async Task Host_mime_providers_are_tried_first_and_plain_text_is_added()
    {
        IReadOnlyDictionary<string, string>? Chart(object value) => value is int[] numbers
            ? new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = $"{{\"data\":[{{\"y\":[{string.Join(",", numbers)}]}}]}}" }
            : null;
        var runner = new NotebookRunner(mimeProviders: [Chart]);

        var result = await NotebookRun.TextAsync(NotebookText.CSharp("display(new[] { 3, 4 });\ndisplay(\"text\");"), runner: runner);

        var chart = Assert.IsType<DisplayDataOutput>(result.Cells[0].Outputs[0]);
        Assert.Equal("{\"data\":[{\"y\":[3,4]}]}", chart.Data["application/vnd.plotly.v1+json"]);
        Assert.Contains("text/plain", chart.Data.Keys);
        Assert.Equal(["text/plain"], ((DisplayDataOutput)result.Cells[0].Outputs[1]).Data.Keys);
    }

    [Fact]
    public async Task Numbers_and_dates_are_plain_text_only()
    {
        var result = await NotebookRun.CSharpAsync("display(3.5);\ndisplay(new DateTime(2025, 1, 27));");

        Assert.All(result.Cells[0].Outputs, output => Assert.Equal(["text/plain"], ((DisplayDataOutput)output).Data.Keys));
        Assert.Equal("3.5", NotebookRun.PlainText(result.Cells[0].Outputs[0]));
    }

    [Fact]
    public async Task Formatter_html_uses_unix_line_breaks()
    {
        var result = await NotebookRun.CSharpAsync("display(new { A = 1 });");

        var html = ((DisplayDataOutput)Assert.Single(result.Cells[0].Outputs)).Data["text/html"];
        Assert.Contains("\n", html);
        Assert.DoesNotContain("\r", html);
    }
}
