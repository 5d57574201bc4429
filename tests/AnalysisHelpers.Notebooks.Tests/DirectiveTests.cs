namespace AnalysisHelpers.Notebooks.Tests;

public sealed class DirectiveTests
{
    [Theory]
    [InlineData("#!time", "magic command #!time is not supported")]
    [InlineData("#load \"other.csx\"", "directive #load is not supported")]
    [InlineData("#line 100", "directive #line is not supported")]
    [InlineData("#:package Foo@1.0", "directive #:package is not supported")]
    [InlineData("#foo bar", "directive #foo is not supported")]
    [InlineData("#i \"https://example.org/feed\"", "expected #i \"nuget: <package source>\"")]
    public async Task An_unsupported_directive_fails_its_cell_naming_the_directive_at_its_line(string directive, string expected)
    {
        var text = NotebookText.CSharp("var a = 1;", $"var b = 2;\n{directive}\nvar c = 3;");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Directive, failure.Kind);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal(NotebookText.LineOf(text, directive), failure.Line);
        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public async Task Every_bad_directive_of_a_cell_is_reported()
    {
        var result = await NotebookRun.CSharpAsync("#!time\n#!about\nvar a = 1;");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Cells[0].Outputs));
        Assert.Equal(["#!time", "#!about"], error.Traceback.Select(line => line.Split("magic command ")[1].Split(' ')[0]));
    }

    [Fact]
    public async Task A_package_source_directive_is_recorded_and_the_cell_runs_with_lines_unchanged()
    {
        var text = NotebookText.CSharp("#i \"nuget: https://pkgs.example.org/feed/index.json\"\nvar a = 1;\nthrow new Exception(\"here\");");

        var result = await NotebookRun.TextAsync(text);

        Assert.Equal(["https://pkgs.example.org/feed/index.json"], result.PackageSources);
        Assert.Equal(CellFailureKind.Exception, result.Failure?.Kind);
        Assert.Equal(NotebookText.LineOf(text, "throw new"), result.Failure?.Line);
    }

    [Fact]
    public async Task Directive_like_text_inside_a_string_is_not_a_directive()
    {
        var result = await NotebookRun.CSharpAsync("var s = \"\"\"\n#!time\n#r \"nuget: Nothing\"\n\"\"\";\ns.Length");

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
    public async Task An_assembly_path_is_resolved_from_the_notebook_folder()
    {
        using var folder = new TempFolder();
        var library = typeof(NJsonSchema.JsonSchema).Assembly.Location;
        File.Copy(library, Path.Combine(folder.Path, "lib.dll"));
        var path = folder.WriteFile("nb.dib", NotebookText.CSharp("#r \"lib.dll\"\ntypeof(NJsonSchema.JsonSchema).Name"));

        var result = await new NotebookRunner().RunFileAsync(path, NotebookRun.Options, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("JsonSchema", NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task A_missing_assembly_file_fails_with_its_full_path()
    {
        var result = await NotebookRun.CSharpAsync("#r \"libs/missing.dll\"");

        Assert.Equal(CellFailureKind.Directive, result.Failure?.Kind);
        Assert.Contains(Path.Combine("libs", "missing.dll") + " does not exist", result.Failure?.Message);
    }
}
