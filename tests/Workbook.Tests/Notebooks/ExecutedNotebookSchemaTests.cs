using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks;
using NJsonSchema;

namespace Workbook.Tests.Notebooks;

/// <summary>Every repository notebook, executed, is a valid nbformat 4.5 notebook with its charts embedded as Plotly
/// JSON, so Jupyter viewers (VS Code's included) open it with its outputs.</summary>
[Collection(NotebookCollection.Name)]
public sealed class ExecutedNotebookSchemaTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.GetDirectoryName(NotebookPaths.Notebook("01-claims-overview"))!, "*.dib").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Executed_notebook_is_valid_nbformat_4_5(string name)
    {
        var result = await NotebookRuns.RunAsync(name);
        NotebookRuns.AssertRanClean(result);

        var ipynb = IpynbWriter.Write(result);
        var errors = (await Schema.Value).Validate(ipynb);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var figures = NotebookRuns.PlotlyFigures(result).Count;
        var embedded = JsonNode.Parse(ipynb)!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Count(o => o!["data"]?[NotebookRuns.PlotlyMime] is JsonObject);
        Assert.Equal(figures, embedded);
    }

    // NJsonSchema cannot follow references into nested definitions (#/definitions/misc/...), so that group is
    // flattened first; the constraints themselves are unchanged.
    private static readonly Lazy<Task<JsonSchema>> Schema = new(async () =>
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "nbformat.v4.5.schema.json")))!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (key, value) in misc.ToList())
        {
            misc.Remove(key);
            definitions["misc_" + key] = value;
        }
        return await JsonSchema.FromJsonAsync(root.ToJsonString().Replace("#/definitions/misc/", "#/definitions/misc_", StringComparison.Ordinal));
    });
}
