using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class ConsoleCaptureTests
{
    [Fact]
    public async Task Console_writes_become_stream_outputs_interleaved_with_displays()
    {
        var result = await NotebookRun.CSharpAsync(
            "Console.WriteLine(\"one\");\nConsole.Write(\"two\");\ndisplay(\"three\");\nConsole.Error.WriteLine(\"oops\");\nConsole.WriteLine(\"four\");");

        var outputs = result.Cells[0].Outputs;
        Assert.Equal(4, outputs.Count);
        Assert.Equal(new StreamOutput("stdout", "one\ntwo"), outputs[0]);
        Assert.IsType<DisplayDataOutput>(outputs[1]);
        Assert.Equal(new StreamOutput("stderr", "oops\n"), outputs[2]);
        Assert.Equal(new StreamOutput("stdout", "four\n"), outputs[3]);
    }

    [Fact]
    public async Task Writes_from_a_task_the_cell_awaits_land_in_that_cell()
    {
        var result = await NotebookRun.CSharpAsync("await Task.Run(() => Console.WriteLine(\"from a task\"));", "var done = true;");

        Assert.Equal(new StreamOutput("stdout", "from a task\n"), Assert.Single(result.Cells[0].Outputs));
        Assert.Empty(result.Cells[1].Outputs);
    }
}
