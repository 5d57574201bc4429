using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>A project folder with the notebook in <c>notebooks/</c> and <c>out/</c> as the only place it may write.</summary>
public sealed class WriteGuardTests
{
    private static async Task<(NotebookRunResult Result, string Root, string Text)> RunInProjectAsync(params string[] cells)
    {
        using var folder = new TempFolder();
        var text = NotebookText.CSharp(cells);
        var path = folder.Write(Path.Combine("notebooks", "nb.dib"), text);
        Directory.CreateDirectory(Path.Combine(folder.Path, "out"));
        var options = NotebookRun.Options with { WriteGuard = new WriteGuard(folder.Path, [Path.Combine(folder.Path, "out")]) };

        var result = await NotebookRun.Runner.RunFileAsync(path, options, TestContext.Current.CancellationToken);
        return (result, folder.Path, text);
    }

    [Fact]
    public async Task A_file_written_outside_the_allowed_folder_fails_the_cell_that_wrote_it_and_stops_the_notebook()
    {
        // The pause keeps the cell running until the change has arrived, so it is charged to this cell.
        var (result, root, text) = await RunInProjectAsync(
            "var ok = 1;",
            "System.IO.File.WriteAllText(\"../stray.txt\", \"x\");\nSystem.Threading.Thread.Sleep(300);",
            "var never = 2;");

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.WroteOutsideOutput, failure.Kind);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, "System.IO.File.WriteAllText"), failure.Line);
        Assert.Equal($"cell 2 wrote outside the output folder: {Path.Combine(root, "stray.txt")}", failure.Message);
        Assert.Equal(CellRunStatus.Failed, result.Cells[1].Status);
        Assert.Equal("WroteOutsideOutput", Assert.IsType<ErrorOutput>(result.Cells[1].Outputs[^1]).EName);
        Assert.Equal(CellRunStatus.NotRun, result.Cells[2].Status);
    }

    [Fact]
    public async Task A_write_by_the_last_cell_is_caught_after_the_cell_has_ended()
    {
        var (result, root, _) = await RunInProjectAsync("var ok = 1;", "System.IO.File.WriteAllText(\"../notebooks/scratch.txt\", \"x\");");

        Assert.Equal(2, result.Failure?.CellNumber);
        Assert.Equal($"cell 2 wrote outside the output folder: {Path.Combine(root, "notebooks", "scratch.txt")}", result.Failure?.Message);
        Assert.Equal(CellRunStatus.Failed, result.Cells[1].Status);
    }

    [Fact]
    public async Task A_notebook_failed_by_a_late_write_leaves_its_process_and_the_next_notebook_runs_on_another()
    {
        // The runner resets a kernel for the next notebook as soon as the cells are done, while it waits for late
        // changes; a change that arrives then fails the notebook, and that process is not reused.
        var (failed, _, _) = await RunInProjectAsync("System.Environment.ProcessId.ToString()", "System.IO.File.WriteAllText(\"../notebooks/late.txt\", \"x\");");
        var next = await NotebookRun.CSharpAsync("System.Environment.ProcessId.ToString()");

        Assert.Equal(CellFailureKind.WroteOutsideOutput, failed.Failure?.Kind);
        Assert.True(next.Succeeded, next.Failure?.ToString());
        var failedProcess = NotebookRun.PlainText(Assert.Single(failed.Cells[0].Outputs));
        Assert.NotEqual(failedProcess, NotebookRun.PlainText(Assert.Single(next.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Moving_a_project_file_is_a_write_outside_too()
    {
        var (result, root, _) = await RunInProjectAsync(
            "System.IO.File.WriteAllText(\"../out/table.csv\", \"a\");",
            "System.IO.File.Move(\"nb.dib\", \"../out/nb.dib\");\nSystem.Threading.Thread.Sleep(300);");

        Assert.Equal(2, result.Failure?.CellNumber);
        Assert.Equal($"cell 2 wrote outside the output folder: {Path.Combine(root, "notebooks", "nb.dib")}", result.Failure?.Message);
    }

    [Fact]
    public async Task Writes_to_the_allowed_folder_and_to_bin_and_obj_are_not_failures()
    {
        var (result, _, _) = await RunInProjectAsync(
            "using System.IO;\nFile.WriteAllText(\"../out/chart.html\", \"x\");\nDirectory.CreateDirectory(\"../out/charts\");\nFile.WriteAllText(\"../out/charts/a.svg\", \"x\");",
            "using System.IO;\nDirectory.CreateDirectory(\"bin/Debug\");\nFile.WriteAllText(\"bin/Debug/a.dll\", \"x\");\nDirectory.CreateDirectory(\"../obj\");\nFile.WriteAllText(\"../obj/b.cache\", \"x\");");

        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public async Task Without_a_guard_a_write_anywhere_is_allowed()
    {
        var result = await NotebookRun.CSharpAsync("System.IO.File.WriteAllText(\"stray.txt\", \"x\");");

        Assert.True(result.Succeeded, result.Failure?.ToString());
    }
}
