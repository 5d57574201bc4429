using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class SharedStateTests
{
    [Fact]
    public async Task Variables_methods_and_usings_of_one_cell_are_visible_in_later_cells()
    {
        var result = await NotebookRun.CSharpAsync(
            "using System.Text;\nvar count = 20;\nint Twice(int n) => 2 * n;",
            "var builder = new StringBuilder();\nbuilder.Append(Twice(count) + 2);",
            "builder.ToString()");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("42", NotebookRun.PlainText(Assert.Single(result.Cells[2].Outputs)));
    }

    [Fact]
    public async Task Execution_counts_number_the_executed_code_cells()
    {
        var text = NotebookText.Meta + "#!markdown\n\nintro\n\n#!csharp\n\nvar a = 1;\n\n#!csharp\n\na\n";

        var result = await NotebookRun.TextAsync(text);

        Assert.Equal([null, 1, 2], result.Cells.Select(cell => cell.ExecutionCount));
        Assert.Equal([CellRunStatus.NotCode, CellRunStatus.Succeeded, CellRunStatus.Succeeded], result.Cells.Select(cell => cell.Status));
    }

    [Fact]
    public async Task Numbers_format_with_the_invariant_culture_inside_cells()
    {
        var result = await NotebookRun.CSharpAsync("(1234.5).ToString(\"N1\")");

        Assert.Equal("1,234.5", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Progress_is_reported_once_per_cell_with_its_position()
    {
        var reports = new List<CellProgress>();
        var options = NotebookRun.Options with { Progress = reports.Add };

        await NotebookRun.TextAsync(NotebookText.Meta + "#!markdown\n\nintro\n\n#!csharp\n\n1\n", options);

        Assert.Equal([(1, 2, CellKind.Markdown), (2, 2, CellKind.CSharp)], reports.Select(r => (r.CellNumber, r.CellCount, r.Kind)));
        Assert.All(reports, report => Assert.EndsWith("test.dib", report.NotebookPath));
    }

    [Fact]
    public async Task A_notebook_sees_nothing_the_notebook_before_it_left_in_the_same_kernel_process()
    {
        var first = await NotebookRun.CSharpAsync("var leftover = 41;", "System.IO.Directory.SetCurrentDirectory(System.IO.Path.GetTempPath());");
        var second = await NotebookRun.CSharpAsync("leftover");
        var third = await NotebookRun.CSharpAsync("System.IO.Directory.GetCurrentDirectory()");

        Assert.True(first.Succeeded, first.Failure?.ToString());
        Assert.False(second.Succeeded);
        Assert.Contains("CS0103", second.Failure!.Message, StringComparison.Ordinal);
        // Each notebook runs in its own folder (NotebookRun writes it to test-N/test.dib).
        Assert.Equal(Path.GetDirectoryName(third.Notebook.Path), NotebookRun.PlainText(Assert.Single(third.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Notebooks_beyond_the_planned_number_still_run_each_on_a_fresh_kernel()
    {
        // Planned one: the process builds no spare kernel and none is readied after the first notebook, so the second
        // and third notebooks each get a kernel made when they come.
        using var folder = new TempFolder();
        await using var runner = new NotebookRunner(plannedNotebooks: 1);
        var results = new List<NotebookRunResult>();
        foreach (var cells in new[] { new[] { "var leftover = 41;" }, ["leftover"], ["var leftover = 2; leftover * 21"] })
        {
            var path = folder.Write($"planned-{results.Count}/test.dib", NotebookText.CSharp(cells));
            results.Add(await runner.RunFileAsync(path, NotebookRun.Options, TestContext.Current.CancellationToken));
        }

        Assert.True(results[0].Succeeded, results[0].Failure?.ToString());
        Assert.False(results[1].Succeeded);
        Assert.Contains("CS0103", results[1].Failure!.Message, StringComparison.Ordinal);
        Assert.True(results[2].Succeeded, results[2].Failure?.ToString());
        Assert.Equal("42", NotebookRun.PlainText(Assert.Single(results[2].Cells[0].Outputs)));
    }
}
