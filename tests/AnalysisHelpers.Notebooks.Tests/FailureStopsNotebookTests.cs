using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class FailureStopsNotebookTests
{
    [Fact]
    public async Task Cells_after_a_failing_cell_are_kept_but_not_run()
    {
        var text = NotebookText.Meta
            + "#!csharp\n\nConsole.WriteLine(\"first\");\n\n"
            + "#!csharp\n\nthrow new Exception(\"stop\");\n\n"
            + "#!csharp\n\nConsole.WriteLine(\"never\");\n\n"
            + "#!markdown\n\nafter\n";

        var result = await NotebookRun.TextAsync(text);

        Assert.Equal([CellRunStatus.Succeeded, CellRunStatus.Failed, CellRunStatus.NotRun, CellRunStatus.NotRun], result.Cells.Select(c => c.Status));
        Assert.Equal([1, 2, null, null], result.Cells.Select(c => c.ExecutionCount));
        Assert.Empty(result.Cells[2].Outputs);
        Assert.Equal("Console.WriteLine(\"never\");", result.Cells[2].Cell.Source);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_cell_of_an_unsupported_kernel_fails_with_the_kernel_name_and_line()
    {
        var text = NotebookText.Meta + "#!csharp\n\nvar a = 1;\n\n#!fsharp\n\nlet b = 2\n\n#!csharp\n\na\n";

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.UnsupportedKernel, failure.Kind);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, "let b = 2"), failure.Line);
        Assert.Contains("kernel 'fsharp' is not supported", failure.Message);
        Assert.Equal(CellRunStatus.NotRun, result.Cells[2].Status);
    }
}
