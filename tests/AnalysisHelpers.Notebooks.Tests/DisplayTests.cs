using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>Outputs as the kernel formats them (the stock C# kernel's formatters, HTML preferred) and as the runner
/// records them.</summary>
public sealed class DisplayTests
{
    [Fact]
    public async Task Display_adds_a_display_output_per_call_in_call_order()
    {
        var result = await NotebookRun.CSharpAsync("display(\"first\");\ndisplay(2);\ndisplay(\"third\");");

        var outputs = result.Cells[0].Outputs.Cast<DisplayDataOutput>().ToList();
        Assert.Equal(["first", "2", "third"], outputs.Select(NotebookRun.PlainText));
    }

    [Fact]
    public async Task A_string_is_plain_text_only_and_an_object_gets_escaped_html()
    {
        var result = await NotebookRun.CSharpAsync("display(\"<b>text</b>\");\ndisplay(new { Name = \"<x>\", Count = 3 });");

        var text = Assert.IsType<DisplayDataOutput>(result.Cells[0].Outputs[0]);
        var record = Assert.IsType<DisplayDataOutput>(result.Cells[0].Outputs[1]);
        Assert.Equal(["text/plain"], text.Data.Keys);
        Assert.Equal("<b>text</b>", text.Data["text/plain"]);
        Assert.Contains("&lt;x&gt;", record.Data["text/html"]);
        Assert.DoesNotContain("<x>", record.Data["text/html"]);
    }

    [Fact]
    public async Task Requested_mime_types_choose_the_representations()
    {
        var result = await NotebookRun.CSharpAsync("display(new[] { 1, 2 }, \"text/plain\", \"application/json\");");

        var output = Assert.IsType<DisplayDataOutput>(Assert.Single(result.Cells[0].Outputs));
        Assert.Equal(["application/json", "text/plain"], output.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("[1,2]", output.Data["application/json"]);
    }

    [Fact]
    public async Task Html_outputs_use_unix_line_breaks()
    {
        var result = await NotebookRun.CSharpAsync("display(new { A = 1 });");

        var html = ((DisplayDataOutput)Assert.Single(result.Cells[0].Outputs)).Data["text/html"];
        Assert.Contains("\n", html);
        Assert.DoesNotContain("\r", html);
    }
}
