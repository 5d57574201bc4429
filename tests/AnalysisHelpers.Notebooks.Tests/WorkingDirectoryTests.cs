using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task The_working_directory_of_the_kernel_is_the_notebook_folder()
    {
        var before = Directory.GetCurrentDirectory();
        using var folder = new TempFolder();
        folder.Write("data/input.txt", "from the data folder");
        var path = folder.Write("nb.dib", NotebookText.CSharp("System.IO.File.ReadAllText(\"data/input.txt\")"));

        var result = await NotebookRun.Runner.RunFileAsync(path, NotebookRun.Options, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("from the data folder", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task A_notebook_given_by_a_relative_path_resolves_its_references_from_its_own_folder()
    {
        var before = Directory.GetCurrentDirectory();
        using var folder = new TempFolder();
        folder.Write("notebooks/nb.dib", NotebookText.CSharp("#r \"lib.dll\"\nSystem.IO.File.Exists(\"nb.dib\")"));
        File.Copy(typeof(NotebookRunner).Assembly.Location, Path.Combine(folder.Path, "notebooks", "lib.dll"));
        try
        {
            Directory.SetCurrentDirectory(folder.Path);
            var result = await NotebookRun.Runner.RunFileAsync(Path.Combine("notebooks", "nb.dib"), NotebookRun.Options, TestContext.Current.CancellationToken);

            Assert.True(result.Succeeded, result.Failure?.ToString());
            Assert.Equal("True", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
            Assert.Equal(Path.Combine("notebooks", "nb.dib"), result.Notebook.Path);
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }
}
