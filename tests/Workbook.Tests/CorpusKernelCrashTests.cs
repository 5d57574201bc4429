using System.Text.Json;

namespace Workbook.Tests;

/// <summary><c>workbook run</c> with notebooks that end or flood their kernel process: an exit, a stack overflow and
/// 200 MB of output. Each fails alone, located at its cell, with its outputs so far in <c>.failed</c> files, while a
/// good notebook in the same run succeeds and the manifest lists exactly the files written.</summary>
public sealed class CorpusKernelCrashTests
{
    [Fact]
    public async Task Each_crashing_notebook_fails_alone_and_the_good_one_runs()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebooks = new[] { "exits", "fine", "prints-200mb", "recurses" }.Select(project.AddNotebook).ToArray();

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromMinutes(4),
            ["run", .. notebooks, "--no-export", "--out", project.Out]);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        var errors = outcome.ErrorLines.Where(l => !l.StartsWith("  outputs so far", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal("notebooks/exits.dib:11:1: cell 2: the kernel process exited with code 3 while cell 2 ran", errors[0]);
        Assert.Equal("notebooks/prints-200mb.dib:11:1: cell 2: cell 2 printed more than 64 MB of output; its kernel process was ended", errors[1]);
        Assert.StartsWith("notebooks/recurses.dib:11:1: cell 2: the kernel process ", errors[2]);
        Assert.Contains("Stack overflow", errors[2]);
        Assert.Contains("fine: 2 cells ran", outcome.Stdout); // the markdown heading and the code cell, as failure messages count cells
        CorpusCli.AssertNoStackTrace(outcome);

        foreach (var name in new[] { "exits", "prints-200mb", "recurses" })
        {
            Assert.True(File.Exists(Path.Combine(project.Out, name + ".failed.ipynb")), name);
            Assert.False(File.Exists(Path.Combine(project.Out, name + ".ipynb")), name);
            // A flood is kept as its first MiB of text and a note, not as the 64 MB that reached the runner.
            Assert.True(new FileInfo(Path.Combine(project.Out, name + ".failed.ipynb")).Length < 3_000_000, $"{name}: the flood is not kept");
        }

        Assert.True(File.Exists(Path.Combine(project.Out, "fine.ipynb")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Out, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        var listed = outputs.Select(o => o.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToList();
        // Every file this run wrote is listed, and every listed file is there with its recorded size and hash.
        var written = new[] { "exits.failed", "fine", "prints-200mb.failed", "recurses.failed" }
            .SelectMany(stem => new[] { stem + ".html", stem + ".ipynb" }).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(written, listed);
        foreach (var output in outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(project.Out, output.GetProperty("path").GetString()!));
            Assert.Equal(output.GetProperty("size").GetInt64(), bytes.Length);
            Assert.Equal(output.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }
}
