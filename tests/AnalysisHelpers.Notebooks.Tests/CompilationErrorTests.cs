using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class CompilationErrorTests
{
    [Fact]
    public async Task A_compile_error_is_located_at_its_line_and_column_in_the_dib_file()
    {
        var text = NotebookText.CSharp("var a = 1;", "var b = 2;\n\nvar c = a + missingName;");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Compilation, failure.Kind);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, "var c = a + missingName;"), failure.Line);
        Assert.Equal(NotebookText.ColumnOf(text, "missingName;"), failure.Column);
        Assert.Contains("CS0103", failure.Message);
        Assert.Contains("missingName", failure.Message);
    }

    [Fact]
    public async Task Columns_inside_loops_and_methods_point_at_the_users_text()
    {
        var text = NotebookText.CSharp("void F() { for (var i = 0; i < 3; i++) { undefinedThing(); } }");

        var result = await NotebookRun.TextAsync(text);

        Assert.Equal(NotebookText.ColumnOf(text, "undefinedThing"), result.Failure?.Column);
    }

    [Fact]
    public async Task Every_compile_error_of_the_cell_is_reported()
    {
        var text = NotebookText.CSharp("int x = \"text\";\nfirstMissing();\nsecondMissing();");

        var result = await NotebookRun.TextAsync(text);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Cells[0].Outputs));
        Assert.Equal("CompilationError", error.EName);
        Assert.Equal(3, error.Traceback.Count);
        Assert.Contains(error.Traceback, line => line.Contains($"test.dib:{NotebookText.LineOf(text, "secondMissing")}:1: error CS0103", StringComparison.Ordinal));
        Assert.Equal(3, result.Failure!.Message.Split('\n').Length);
    }
}
