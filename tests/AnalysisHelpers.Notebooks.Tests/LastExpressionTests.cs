using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class LastExpressionTests
{
    [Fact]
    public async Task A_trailing_expression_without_semicolon_becomes_an_execute_result_with_the_execution_count()
    {
        var result = await NotebookRun.CSharpAsync("var a = 1;", "display(\"shown\");\na + 41");

        var outputs = result.Cells[1].Outputs;
        Assert.IsType<DisplayDataOutput>(outputs[0]);
        var value = Assert.IsType<ExecuteResultOutput>(outputs[1]);
        Assert.Equal(2, value.ExecutionCount);
        Assert.Equal("42", NotebookRun.PlainText(value));
    }

    [Fact]
    public async Task A_cell_ending_with_a_statement_has_no_result()
    {
        var result = await NotebookRun.CSharpAsync("var a = 1 + 1;");

        Assert.Empty(result.Cells[0].Outputs);
    }

    [Fact]
    public async Task An_awaited_trailing_expression_gives_the_awaited_value()
    {
        var result = await NotebookRun.CSharpAsync("await Task.FromResult(\"done\")");

        Assert.Equal("done", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }
}
