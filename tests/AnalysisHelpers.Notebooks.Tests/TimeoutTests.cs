namespace AnalysisHelpers.Notebooks.Tests;

public sealed class TimeoutTests
{
    private static readonly NotebookRunOptions TwoSeconds = new() { CellTimeout = TimeSpan.FromSeconds(2), TimeoutGracePeriod = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task An_infinite_loop_stops_at_the_deadline_and_is_reported_as_a_timeout_at_the_loop()
    {
        var text = NotebookText.CSharp("var warm = 1;", "var spins = 0L;\nwhile (true) { spins++; }");

        var result = await NotebookRun.TextAsync(text, TwoSeconds);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Timeout, failure.Kind);
        // Stopped by the injected check: an abandoned thread would add "and did not stop" to the message.
        Assert.Equal("cell 2 timed out after 2 s", failure.Message);
        Assert.Equal(NotebookText.LineOf(text, "while (true)"), failure.Line);
        Assert.Equal("CellTimeout", Assert.IsType<ErrorOutput>(Assert.Single(result.Cells[1].Outputs)).EName);
    }

    [Fact]
    public async Task An_empty_loop_body_in_a_local_function_is_stopped_too()
    {
        var result = await NotebookRun.TextAsync(NotebookText.CSharp("void Spin() { for (;;) ; }\nSpin();"), TwoSeconds);

        Assert.Equal(CellFailureKind.Timeout, result.Failure?.Kind);
    }

    [Fact]
    public async Task A_cell_blocked_outside_notebook_code_is_abandoned_after_the_grace_period()
    {
        var options = new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(1), TimeoutGracePeriod = TimeSpan.FromMilliseconds(500) };

        var result = await NotebookRun.TextAsync(NotebookText.CSharp("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", "var never = 1;"), options);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Timeout, failure.Kind);
        Assert.Equal("cell 1 timed out after 1 s and did not stop; its thread was abandoned", failure.Message);
        Assert.Equal(CellRunStatus.NotRun, result.Cells[1].Status);
    }

    [Fact]
    public async Task Loops_that_finish_in_time_are_unaffected_by_the_checks()
    {
        var result = await NotebookRun.TextAsync(NotebookText.CSharp("var sum = 0;\nfor (var i = 0; i < 1000; i++) sum += i;\nsum"), TwoSeconds);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("499500", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }
}
