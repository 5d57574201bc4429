using Workbook.Notebooks;

namespace Workbook.Tests.Commands;

public sealed class RunFailureTests
{
    private const string Broken = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # A notebook that fails

        #!csharp

        var x = 1;

        #!csharp

        var y = x + 1;
        throw new InvalidOperationException("deliberate failure");

        #!csharp

        var never = 3;
        """;

    private const string Fine = """
        #!csharp

        var answer = 6 * 7;
        answer
        """;

    [Fact]
    public async Task Failed_run_leaves_the_previous_good_outputs_in_place()
    {
        var dir = Path.Combine(Path.GetTempPath(), "workbook-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var notebook = Path.Combine(dir, "01-flaky.dib");
            var outDir = Path.Combine(dir, "out");
            File.WriteAllText(notebook, Fine);
            var request = new NotebookBatchRequest([notebook], outDir, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), HideCode: false);
            var (firstOk, _, _) = await NotebookBatch.RunAsync(request, new StringWriter(), new StringWriter(), CancellationToken.None);
            var good = File.ReadAllText(Path.Combine(outDir, "01-flaky.ipynb"));

            File.WriteAllText(notebook, Broken);
            var (secondOk, _, _) = await NotebookBatch.RunAsync(request, new StringWriter(), new StringWriter(), CancellationToken.None);

            Assert.True(firstOk);
            Assert.False(secondOk);
            Assert.Equal(good, File.ReadAllText(Path.Combine(outDir, "01-flaky.ipynb")));
            Assert.Contains("deliberate failure", File.ReadAllText(Path.Combine(outDir, "01-flaky.failed.ipynb")));

            File.WriteAllText(notebook, Fine);
            var (thirdOk, _, _) = await NotebookBatch.RunAsync(request, new StringWriter(), new StringWriter(), CancellationToken.None);
            Assert.True(thirdOk);
            Assert.False(File.Exists(Path.Combine(outDir, "01-flaky.failed.ipynb")), "a clean rerun removes the stale failure report");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Parameter_no_notebook_declares_is_rejected_before_anything_runs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "workbook-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var notebook = Path.Combine(dir, "01-fine.dib");
            File.WriteAllText(notebook, Fine);
            var outDir = Path.Combine(dir, "out");
            var stderr = new StringWriter();

            var (ok, files, _) = await NotebookBatch.RunAsync(
                new NotebookBatchRequest([notebook], outDir, new Dictionary<string, string> { ["nosuch"] = "1" }, TimeSpan.FromSeconds(60), HideCode: false),
                new StringWriter(), stderr, CancellationToken.None);

            Assert.False(ok);
            Assert.Empty(files);
            Assert.Contains("--param nosuch: no notebook being run declares it", stderr.ToString());
            Assert.False(Directory.Exists(outDir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Failing_notebook_names_notebook_cell_and_line_and_the_others_still_run()
    {
        var dir = Path.Combine(Path.GetTempPath(), "workbook-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var broken = Path.Combine(dir, "01-broken.dib");
            var fine = Path.Combine(dir, "02-fine.dib");
            File.WriteAllText(broken, Broken);
            File.WriteAllText(fine, Fine);
            var outDir = Path.Combine(dir, "out");
            var stderr = new StringWriter();
            var stdout = new StringWriter();

            var (ok, files, _) = await NotebookBatch.RunAsync(
                new NotebookBatchRequest([broken, fine], outDir, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), HideCode: false),
                stdout, stderr, CancellationToken.None);

            Assert.False(ok);
            // The kernel's stack frames carry no lines: a runtime exception is located at its cell's first line.
            int throwLine = Broken.Split('\n').ToList().FindIndex(l => l.Contains("var y = x + 1")) + 1;
            var error = stderr.ToString();
            Assert.Contains("01-broken.dib", error);
            Assert.Contains($":{throwLine}:", error);
            Assert.Contains("cell 3", error); // the #!meta header is not a cell
            Assert.Contains("deliberate failure", error);
            Assert.Contains("02-fine", stdout.ToString());
            Assert.True(File.Exists(Path.Combine(outDir, "01-broken.failed.ipynb")), "outputs of the failing notebook are kept");
            Assert.False(File.Exists(Path.Combine(outDir, "01-broken.ipynb")), "a failed run never takes the place of a good one");
            Assert.True(File.Exists(Path.Combine(outDir, "02-fine.ipynb")));
            Assert.Contains("42", File.ReadAllText(Path.Combine(outDir, "02-fine.ipynb")));
            Assert.Equal(4, files.Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
