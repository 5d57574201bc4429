namespace Workbook.Tests;

/// <summary><c>workbook run NOTEBOOK --no-export</c> on broken notebooks (Corpus/notebooks): exit 1, the failure as
/// <c>notebook:line:column: cell N: message</c> (lines counted by hand in the .dib file; cell numbers count markdown
/// cells but not the #!meta header), the outputs so far in <c>NAME.failed.*</c>, and the last good
/// <c>NAME.ipynb</c>/<c>NAME.html</c> untouched.</summary>
public sealed class CorpusNotebookFailureTests
{
    private static async Task<CorpusCli.Outcome> RunFailingAsync(string name, string expectedFirstLine, params string[] extraArgs)
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook(name);
        project.WriteSentinel(name + ".ipynb", "{\"cells\": [], \"metadata\": {\"last\": \"good\"}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        project.WriteSentinel(name + ".html", "<html><body>last good run</body></html>\n");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(90),
            ["run", notebook, "--no-export", "--out", project.Out, .. extraArgs]);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal(expectedFirstLine, outcome.ErrorLines[0]);
        Assert.Equal($"  outputs so far: out/{name}.failed.html", outcome.ErrorLines[1]);
        Assert.Equal(2, outcome.ErrorLines.Count);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
        Assert.True(File.Exists(Path.Combine(project.Out, name + ".failed.ipynb")), "the outputs so far are kept");
        return outcome;
    }

    [Fact]
    public Task A_compile_error_is_located_where_the_compiler_stops() =>
        // Line 12 "int half = total / 2" is 20 characters; the missing semicolon is column 21.
        RunFailingAsync("compile-error", "notebooks/compile-error.dib:12:21: cell 2: error CS1002: ; expected");

    [Fact]
    public Task A_runtime_exception_is_located_at_its_cell() =>
        // Line 11 "var third = shares[2];": the kernel's stack frames carry no lines, so the cell's first line.
        RunFailingAsync("runtime-exception",
            "notebooks/runtime-exception.dib:11:1: cell 2: IndexOutOfRangeException: Index was outside the bounds of the array.");

    [Fact]
    public Task An_infinite_loop_is_stopped_by_the_timeout_at_its_cell() =>
        // Line 11 is the cell's first line; the kernel is cancelled and its process ended.
        RunFailingAsync("infinite-loop", "notebooks/infinite-loop.dib:11:1: cell 2: cell 2 timed out after 2 s", "--timeout", "2");

    [Fact]
    public Task A_pwsh_cell_is_refused_at_its_first_line() =>
        RunFailingAsync("pwsh-cell",
            "notebooks/pwsh-cell.dib:11:1: cell 2: kernel 'pwsh' is not supported by the runner (the workbook kernel has csharp; markdown cells are shown as is)");

    [Fact]
    public Task A_magic_command_the_kernel_lacks_is_refused_at_its_line() =>
        RunFailingAsync("time-magic", "notebooks/time-magic.dib:7:1: cell 2: error DNI101: Unknown magic command '#!time'");

    [Fact]
    public async Task A_package_the_workbook_does_not_ship_is_restored_and_its_failure_located_at_its_line()
    {
        var prefix = "notebooks/unknown-package.dib:7:1: cell 1: ";
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("unknown-package");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(180), "run", notebook, "--no-export", "--out", project.Out);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.StartsWith(prefix, outcome.ErrorLines[0]);
        Assert.Contains("Newtonsoft.Json.Schema.Extra", outcome.ErrorLines[0]);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    [Fact]
    public async Task A_cell_that_writes_outside_the_output_folder_fails_and_is_named()
    {
        // Cell 2 writes into the output folder (allowed); cell 3, at line 15, writes beside the notebooks folder.
        var outcome = await RunFailingAsync("writes-outside",
            "notebooks/writes-outside.dib:15:1: cell 3: cell 3 wrote outside the output folder: stray.txt");

        Assert.DoesNotContain("cell 2", outcome.Stderr, StringComparison.Ordinal);
    }
}
