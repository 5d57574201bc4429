using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class DibParserTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "vscode-layout.dib");
    private static readonly string FixtureText = File.ReadAllText(FixturePath);

    [Fact]
    public void Reads_kernel_info_from_the_meta_cell()
    {
        var notebook = DibParser.Parse(FixtureText, FixturePath);

        Assert.Equal("csharp", notebook.KernelInfo.DefaultKernelName);
        Assert.Equal(["csharp", "fsharp"], notebook.KernelInfo.Items.Select(item => item.Name));
        Assert.Equal(["f#"], notebook.KernelInfo.Items[1].Aliases);
        Assert.Equal("F#", notebook.KernelInfo.Items[1].LanguageName);
    }

    [Fact]
    public void Splits_cells_at_kernel_lines_and_classifies_them()
    {
        var notebook = DibParser.Parse(FixtureText, FixturePath);

        Assert.Equal(
            [(CellKind.Markdown, "markdown"), (CellKind.CSharp, "csharp"), (CellKind.CSharp, "c#"), (CellKind.Other, "f#"), (CellKind.CSharp, "C#")],
            notebook.Cells.Select(cell => (cell.Kind, cell.KernelName)));
    }

    [Fact]
    public void Trims_blank_lines_around_a_cell_but_keeps_inner_ones()
    {
        var cell = DibParser.Parse(FixtureText, FixturePath).Cells[1];

        Assert.Equal("var x = 1;\n\n\nvar y = x + 1;", cell.Source);
    }

    [Fact]
    public void Each_cell_knows_the_file_line_of_its_first_source_line()
    {
        var notebook = DibParser.Parse(FixtureText, FixturePath);

        Assert.Equal(NotebookText.LineOf(FixtureText, "# Claims"), notebook.Cells[0].StartLine);
        Assert.Equal(NotebookText.LineOf(FixtureText, "var x = 1;"), notebook.Cells[1].StartLine);
        Assert.Equal(NotebookText.LineOf(FixtureText, "let z"), notebook.Cells[3].StartLine);
    }

    [Fact]
    public void A_magic_command_line_stays_inside_its_cell()
    {
        var cell = DibParser.Parse(FixtureText, FixturePath).Cells[4];

        Assert.Equal("#!time\ndisplay(y);", cell.Source);
        Assert.Equal(NotebookText.LineOf(FixtureText, "#!time"), cell.StartLine);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_cells()
    {
        var unix = DibParser.Parse(FixtureText, FixturePath);
        var windows = DibParser.Parse(FixtureText.Replace("\n", "\r\n"), FixturePath);

        Assert.Equal(unix.Cells, windows.Cells);
    }

    [Fact]
    public void Text_before_the_first_kernel_line_is_a_cell_of_the_default_kernel()
    {
        var notebook = DibParser.Parse("\nvar a = 1;\n\n#!markdown\n\nhi\n", "n.dib");

        Assert.Equal(2, notebook.Cells.Count);
        Assert.Equal(new NotebookCell(CellKind.CSharp, "csharp", "var a = 1;", 2), notebook.Cells[0]);
    }

    [Fact]
    public void A_file_without_meta_cell_is_a_csharp_notebook()
    {
        var notebook = DibParser.Parse("#!csharp\n\n1 + 1\n", "n.dib");

        Assert.Equal(KernelInfo.CSharpDefault.DefaultKernelName, notebook.KernelInfo.DefaultKernelName);
        Assert.Equal(CellKind.CSharp, Assert.Single(notebook.Cells).Kind);
    }

    [Fact]
    public void An_empty_cell_is_kept_with_an_empty_source()
    {
        var notebook = DibParser.Parse("#!csharp\n\n#!markdown\n\ntext\n", "n.dib");

        Assert.Equal("", notebook.Cells[0].Source);
        Assert.Equal("text", notebook.Cells[1].Source);
    }

    [Fact]
    public void Invalid_meta_json_is_reported_at_its_line_and_column()
    {
        var text = "#!meta\n\n{\"kernelInfo\": {\n  \"defaultKernelName\": csharp}}\n\n#!csharp\n\n1\n";

        var error = Assert.Throws<DibFormatException>(() => DibParser.Parse(text, "broken.dib"));

        Assert.Equal("broken.dib", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Equal(NotebookText.ColumnOf(text, "csharp}"), error.Column);
        Assert.StartsWith("broken.dib:4:", error.Message);
    }

    [Fact]
    public void Meta_with_a_wrongly_typed_field_names_the_field()
    {
        var text = "#!meta\n\n{\"kernelInfo\":{\"items\":[{\"name\":3}]}}\n";

        var error = Assert.Throws<DibFormatException>(() => DibParser.Parse(text, "m.dib"));

        Assert.Contains("kernelInfo.items[0].name must be a string", error.Message);
        Assert.Equal(3, error.Line);
    }
}
