using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Writers;

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
        // A chart the kernel shows: application/vnd.plotly.v1+json beside its HTML.
        var result = await NotebookRun.TextAsync(NotebookText.CSharp(
            "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nPlotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })"));
        Assert.True(result.Succeeded, result.Failure?.ToString());

        var ipynb = IpynbWriter.Write(result);

        await AssertValidAsync(ipynb);
        using var document = System.Text.Json.JsonDocument.Parse(ipynb);
        var data = document.RootElement.GetProperty("cells")[0].GetProperty("outputs")[0].GetProperty("data");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, data.GetProperty("application/vnd.plotly.v1+json").ValueKind);
    }

    [Fact]
    public async Task Injected_parameters_are_a_tagged_cell_and_papermill_metadata_and_stay_valid()
    {
        var result = await NotebookRun.TextAsync(NotebookText.CSharp("var limit = 3;", "limit"),
            NotebookRun.Options with { Parameters = new Dictionary<string, string> { ["limit"] = "7" } });

        var ipynb = IpynbWriter.Write(result);

        await AssertValidAsync(ipynb);
        using var document = System.Text.Json.JsonDocument.Parse(ipynb);
        var cells = document.RootElement.GetProperty("cells");
        Assert.Equal("injected-parameters", cells[1].GetProperty("metadata").GetProperty("tags")[0].GetString());
        Assert.Equal(7, document.RootElement.GetProperty("metadata").GetProperty("papermill").GetProperty("parameters").GetProperty("limit").GetInt32());
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
