using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class TimeoutTests
{
    private static readonly NotebookRunOptions TwoSeconds = NotebookRun.Options with { CellTimeout = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task An_infinite_loop_is_cancelled_at_the_deadline_and_reported_as_a_timeout_of_its_cell()
    {
        var text = NotebookText.CSharp("var warm = 1;", "var spins = 0L;\nwhile (true) { spins++; }", "var never = 1;");

        var result = await NotebookRun.TextAsync(text, TwoSeconds);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Timeout, failure.Kind);
        Assert.StartsWith("cell 2 timed out after 2 s", failure.Message);
        Assert.Equal(NotebookText.LineOf(text, "var spins"), failure.Line);
        Assert.Equal("CellTimeout", Assert.IsType<ErrorOutput>(Assert.Single(result.Cells[1].Outputs)).EName);
        Assert.Equal(CellRunStatus.NotRun, result.Cells[2].Status);
    }

    [Fact]
    public async Task A_cell_blocked_outside_managed_code_is_stopped_too_and_the_next_notebook_runs()
    {
        var options = TwoSeconds with { CellTimeout = TimeSpan.FromSeconds(1) };

        var blocked = await NotebookRun.TextAsync(NotebookText.CSharp("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"), options);
        var next = await NotebookRun.CSharpAsync("1 + 1");

        Assert.Equal(CellFailureKind.Timeout, blocked.Failure?.Kind);
        Assert.True(next.Succeeded, next.Failure?.ToString());
        Assert.Equal("2", NotebookRun.PlainText(Assert.Single(next.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Loops_that_finish_in_time_are_unaffected()
    {
        var result = await NotebookRun.TextAsync(NotebookText.CSharp("var sum = 0;\nfor (var i = 0; i < 1000; i++) sum += i;\nsum"), TwoSeconds);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("499500", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }
}
