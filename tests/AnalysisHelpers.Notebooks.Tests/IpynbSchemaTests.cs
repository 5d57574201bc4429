namespace AnalysisHelpers.Notebooks.Tests;

public sealed class IpynbSchemaTests
{
    [Fact]
    public async Task An_executed_notebook_with_every_output_type_is_valid_nbformat_4_5()
    {
        var text = NotebookText.Meta
            + "#!markdown\n\n# Title\n\n"
            + "#!csharp\n\nConsole.WriteLine(\"out\");\ndisplay(new { A = 1 });\n40 + 2\n\n"
            + "#!csharp\n\nthrow new Exception(\"boom\");\n\n"
            + "#!csharp\n\nvar never = 1;\n";
        var result = await NotebookRun.TextAsync(text);

        await AssertValidAsync(IpynbWriter.Write(result));
    }

    [Fact]
    public async Task Plotly_json_outputs_are_embedded_as_json_and_stay_valid()
    {
        IReadOnlyDictionary<string, string>? Plotly(object value) => value is double[]
            ? new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = "{\"data\":[{\"y\":[1,2]}],\"layout\":{}}" }
            : null;
        var result = await NotebookRun.TextAsync(NotebookText.CSharp("new[] { 1.0, 2.0 }"), runner: new NotebookRunner(mimeProviders: [Plotly]));

        var ipynb = IpynbWriter.Write(result);

        await AssertValidAsync(ipynb);
        using var document = System.Text.Json.JsonDocument.Parse(ipynb);
        var data = document.RootElement.GetProperty("cells")[0].GetProperty("outputs")[0].GetProperty("data");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, data.GetProperty("application/vnd.plotly.v1+json").ValueKind);
    }

    [Fact]
    public async Task An_unexecuted_conversion_is_valid_nbformat_4_5()
    {
        var notebook = DibParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "vscode-layout.dib"));

        await AssertValidAsync(IpynbWriter.Write(notebook));
    }

    [Fact]
    public async Task The_schema_check_rejects_a_notebook_that_breaks_the_format()
    {
        var ipynb = IpynbWriter.Write(DibParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "report.dib")));
        var broken = ipynb.Replace("\"cell_type\": \"markdown\"", "\"cell_type\": \"prose\"", StringComparison.Ordinal);

        var schema = await NbformatSchema.GetAsync();

        Assert.NotEqual(ipynb, broken);
        Assert.Empty(schema.Validate(ipynb));
        Assert.NotEmpty(schema.Validate(broken));
    }

    private static async Task AssertValidAsync(string ipynb)
    {
        var schema = await NbformatSchema.GetAsync();
        var errors = schema.Validate(ipynb);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }
}
