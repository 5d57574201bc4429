using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>Directives are the C# kernel's own (<c>#r</c>, <c>#i</c>, magic commands); the runner reports their
/// failures where they are written.</summary>
public sealed class DirectiveTests
{
    [Fact]
    public async Task An_unknown_magic_command_fails_its_cell_at_its_line()
    {
        var text = NotebookText.CSharp("var a = 1;", "var b = 2;\n#!nosuchmagic\nvar c = 3;");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, "#!nosuchmagic"), failure.Line);
        Assert.Contains("#!nosuchmagic", failure.Message);
    }

    [Fact]
    public async Task A_package_source_alone_starts_no_restore_and_the_cell_runs()
    {
        var result = await NotebookRun.CSharpAsync("#i \"nuget: https://pkgs.example.org/feed/index.json\"\nvar a = 1;\na");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("1", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Directive_like_text_inside_a_line_of_code_is_not_a_directive()
    {
        var result = await NotebookRun.CSharpAsync("var s = \"#r \\\"nuget: Nothing\\\" #!time\";\ns.Length");

        Assert.True(result.Succeeded, result.Failure?.ToString());
    }

    [Fact]
    public async Task Compiler_directives_such_as_nullable_and_region_pass_through()
    {
        var result = await NotebookRun.CSharpAsync("#nullable enable\n#region setup\nstring? s = null;\n#endregion\ns ?? \"none\"");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("none", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task A_shipped_package_is_referenced_from_the_kernel_without_a_restore()
    {
        var result = await NotebookRun.CSharpAsync("#r \"nuget: Plotly.NET, 6.0.0\"\ntypeof(Plotly.NET.GenericChart).Assembly.GetName().Version.ToString()");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("6.0.0.0", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task Another_version_of_a_shipped_package_fails_naming_both_versions_at_its_line()
    {
        var text = NotebookText.CSharp("var a = 1;\n#r \"nuget: Plotly.NET, 5.0.0\"");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(NotebookText.LineOf(text, "#r \"nuget"), failure.Line);
        Assert.Contains("Plotly.NET version 5.0.0 cannot be added: the workbook kernel runs version 6.0.0", failure.Message);
    }

    [Fact]
    public async Task A_missing_assembly_file_fails_naming_it()
    {
        var result = await NotebookRun.CSharpAsync("#r \"libs/missing.dll\"");

        Assert.False(result.Succeeded);
        Assert.Contains("missing.dll", result.Failure?.Message);
    }
}
