using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class RuntimeExceptionTests
{
    [Fact]
    public async Task An_exception_becomes_an_error_output_and_a_failure_at_the_throwing_line()
    {
        var text = NotebookText.CSharp("var ok = 1;", "var items = new List<int>();\nConsole.WriteLine(\"before\");\nvar first = items[3];");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Exception, failure.Kind);
        Assert.Equal(2, failure.CellNumber);
        // The kernel's stack frames carry no line numbers: the failure points at the cell.
        Assert.Equal(NotebookText.LineOf(text, "var items"), failure.Line);
        Assert.StartsWith("ArgumentOutOfRangeException:", failure.Message);

        var outputs = result.Cells[1].Outputs;
        Assert.Equal(new StreamOutput("stdout", "before\n"), outputs[0]);
        var error = Assert.IsType<ErrorOutput>(outputs[1]);
        Assert.Equal("ArgumentOutOfRangeException", error.EName);
        Assert.Contains(error.Traceback, line => line.TrimStart().StartsWith("at Submission#", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Traceback, line => line.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exception_inside_a_method_from_an_earlier_cell_fails_the_calling_cell()
    {
        var text = NotebookText.CSharp("int Divide(int a, int b)\n{\n    return a / b;\n}", "Divide(1, 0)");

        var result = await NotebookRun.TextAsync(text);

        Assert.Equal(2, result.Failure?.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, "Divide(1, 0)"), result.Failure?.Line);
        Assert.StartsWith("DivideByZeroException", result.Failure?.Message);
    }

    [Fact]
    public async Task The_failure_text_reads_path_line_column_cell_and_message()
    {
        var result = await NotebookRun.CSharpAsync("throw new InvalidOperationException(\"bad data\");");

        var failure = result.Failure!;
        Assert.Equal($"{failure.NotebookPath}:{failure.Line}:{failure.Column}: cell 1: InvalidOperationException: bad data", failure.ToString());
    }
}
