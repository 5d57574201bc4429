using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class DibWriterTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "vscode-layout.dib");

    [Fact]
    public void Writing_then_parsing_gives_back_the_same_cells_and_kernel_info()
    {
        var original = DibParser.ParseFile(FixturePath);

        var reparsed = DibParser.Parse(DibWriter.Write(original), FixturePath);

        Assert.Equal(original.Cells.Select(c => (c.Kind, c.KernelName, c.Source)), reparsed.Cells.Select(c => (c.Kind, c.KernelName, c.Source)));
        Assert.Equal(original.KernelInfo.DefaultKernelName, reparsed.KernelInfo.DefaultKernelName);
        Assert.Equal(original.KernelInfo.Items.Select(i => (i.Name, string.Join(",", i.Aliases), i.LanguageName)),
            reparsed.KernelInfo.Items.Select(i => (i.Name, string.Join(",", i.Aliases), i.LanguageName)));
    }

    [Fact]
    public void A_file_in_the_editor_layout_is_written_back_byte_for_byte()
    {
        var text = NotebookText.Meta + "#!markdown\n\n# Title\n\n#!csharp\n\nvar a = 1;\n\n#!csharp\n\na + 1\n";

        Assert.Equal(text, DibWriter.Write(DibParser.Parse(text, "n.dib")));
    }

    [Fact]
    public void A_cell_line_that_would_read_as_a_cell_separator_is_rejected()
    {
        var notebook = new Notebook("n.dib", KernelInfo.CSharpDefault, [new NotebookCell(CellKind.Markdown, "markdown", "text\n#!csharp\nmore", 3)]);

        var error = Assert.Throws<ArgumentException>(() => DibWriter.Write(notebook));

        Assert.Contains("cell 1", error.Message);
        Assert.Contains("#!csharp", error.Message);
    }
}
