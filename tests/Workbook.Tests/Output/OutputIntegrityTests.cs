using System.Diagnostics;
using AnalysisHelpers.Export.Files;

namespace Workbook.Tests.Output;

/// <summary>The output folder is one command's at a time, is the old set or the new set after any way of ending
/// (a failed notebook, Ctrl+C, kill -9), and is described exactly by its manifest; leftovers of a hard exit are
/// removed by the next command.</summary>
public sealed class OutputIntegrityTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("export")]
    [InlineData("run")]
    public async Task A_second_command_on_a_locked_output_folder_is_refused_and_writes_nothing(string command)
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        var before = project.OutputFiles();
        // The lock as another workbook process holds it: the lock file open with no sharing.
        using (new FileStream(Path.Combine(project.Out, ".workbook.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            string[] args = command == "run" ? ["run", notebook, "--out", "out", "--formats", "html"] : ["export", "--formats", "html", "--out", "out"];
            var outcome = await CorpusCli.RunAsync(project.Root, Limit, args);

            Assert.True(outcome.ExitCode == 1, outcome.ToString());
            Assert.Equal(["out: another workbook command is writing to this folder; nothing was written (wait for it to finish, or choose another --out)"],
                outcome.ErrorLines);
            Assert.DoesNotContain("cells ran", outcome.Stdout, StringComparison.Ordinal);
            CorpusCli.AssertNoStackTrace(outcome);
        }
        Assert.Equal(before.Append(".workbook.lock").Order(StringComparer.Ordinal), project.OutputFiles());
        project.AssertSentinelsIntact();
    }

    [Fact]
    public async Task Hidden_temporary_files_a_hard_exit_left_are_removed_by_the_next_export()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var leftovers = new[] { ".report.html.0123456789abcdef0123456789abcdef.tmp", "charts/.training-cost.html.fedcba9876543210fedcba9876543210.tmp" };
        foreach (var name in leftovers)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(project.Out, name))!);
            File.WriteAllText(Path.Combine(project.Out, name), "half a file");
        }
        File.WriteAllText(Path.Combine(project.Out, ".notes.tmp"), "not the workbook's");

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "export", "--formats", "html", "--out", "out");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.All(leftovers, name => Assert.False(File.Exists(Path.Combine(project.Out, name)), $"{name} was left"));
        Assert.True(File.Exists(Path.Combine(project.Out, ".notes.tmp")), "a hidden file that is not a workbook temporary file stays");
        ManifestAssert.Exact(project.Out, "01-x.ipynb");
        ManifestAssert.NoLeftovers(project.Out);
    }

    [Fact]
    public async Task After_a_notebook_fails_the_manifest_still_lists_the_last_good_pages()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var fine = project.AddNotebook("fine");
        var broken = project.AddNotebook("compile-error");

        var first = await CorpusCli.RunAsync(project.Root, Limit, "run", fine, "--out", "out", "--no-export");
        var second = await CorpusCli.RunAsync(project.Root, Limit, "run", broken, "--out", "out", "--no-export");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 1, second.ToString());
        var manifest = ManifestAssert.Exact(project.Out, "report.html", "01-x.ipynb");
        Assert.Equal(["compile-error.failed.html", "compile-error.failed.ipynb", "fine.html", "fine.ipynb"], manifest.Outputs.Select(o => o.Path));
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("INT")]
    public async Task A_command_ended_during_its_writes_leaves_the_previous_set_and_an_exact_manifest(string signal)
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Sends POSIX signals; Linux only.");
        var dir = Path.Combine(Path.GetTempPath(), "workbook-ended-" + Guid.NewGuid().ToString("N"));
        string? data = null;
        try
        {
            var outDir = Path.Combine(dir, "out");
            var first = await InterruptibleCli.RunAsync(Limit, "export", "--formats", "html", "--out", outDir);
            Assert.True(first.ExitCode == 0, first.Stderr);
            var previous = ManifestAssert.Exact(outDir);

            // Other data, so that every table and page of the second export differs from the first.
            data = RepoPaths.CopyData();
            var claims = Path.Combine(data, "claims.csv");
            File.WriteAllText(claims, File.ReadAllText(claims).Replace("A forecast; repeated on lines 3 and 8", "A forecast (edited); repeated on lines 3 and 8", StringComparison.Ordinal));
            var watched = Path.Combine(outDir, "tables", "claims.csv");
            var firstWrite = File.GetLastWriteTimeUtc(watched);

            // A run: its export writes at once while the notebook's kernel starts, which takes seconds.
            var notebook = Path.Combine(dir, "notebooks", "fine.dib");
            Directory.CreateDirectory(Path.GetDirectoryName(notebook)!);
            File.Copy(Path.Combine(CorpusProject.CorpusDirectory, "notebooks", "fine.dib"), notebook);
            using var second = InterruptibleCli.Start("run", notebook, "--formats", "html", "--data", data, "--out", outDir);
            var clock = Stopwatch.StartNew();
            // Ended as soon as it is writing: several of its files on their way, or (as the command did before it
            // held its files back) one already replaced.
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && !second.HasExited
                   && Directory.EnumerateFiles(outDir, ".*.tmp", SearchOption.AllDirectories).Count() < 2
                   && File.GetLastWriteTimeUtc(watched) == firstWrite)
                await Task.Delay(2);
            if (second.HasExited)
            {
                var early = await second.WaitAsync(TimeSpan.FromSeconds(5));
                Assert.Fail($"the run ended before it could be interrupted: exit {early.ExitCode}\n{early.Stderr}");
            }
            second.Signal(signal == "KILL" ? 9 : 2);
            var (exitCode, _, stderr) = await second.WaitAsync(TimeSpan.FromSeconds(60));
            log.WriteLine($"SIG{signal} after {clock.Elapsed.TotalSeconds:0.000} s: exit {exitCode}");

            if (signal == "INT")
            {
                Assert.Equal(130, exitCode);
                Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
                ManifestAssert.NoLeftovers(outDir);
            }
            var after = ManifestAssert.Exact(outDir);
            Assert.Equal(previous.Outputs, after.Outputs);

            // The next command finds the folder as the first left it, and leaves it exact again.
            var third = await InterruptibleCli.RunAsync(Limit, "export", "--formats", "html", "--data", data, "--out", outDir);
            Assert.True(third.ExitCode == 0, third.Stderr);
            Assert.NotEqual(previous.Outputs, ManifestAssert.Exact(outDir).Outputs);
            ManifestAssert.NoLeftovers(outDir);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            if (data is not null && Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
