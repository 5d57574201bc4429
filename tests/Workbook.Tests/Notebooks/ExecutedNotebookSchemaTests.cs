using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Writers;
using AnalysisHelpers.Notebooks.Tests;

namespace Workbook.Tests.Notebooks;

/// <summary>Every repository notebook, executed, is a valid nbformat 4.5 notebook with its charts embedded as Plotly
/// JSON, so Jupyter viewers (VS Code's included) open it with its outputs.</summary>
[Collection(NotebookCollection.Name)]
public sealed class ExecutedNotebookSchemaTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.GetDirectoryName(RepoPaths.Notebook("01-claims-overview"))!, "*.dib").Order(StringComparer.Ordinal))
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
        var errors = (await NbformatSchema.GetAsync()).Validate(ipynb);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var figures = NotebookRuns.PlotlyFigures(result).Count;
        var embedded = JsonNode.Parse(ipynb)!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Count(o => o!["data"]?[NotebookRuns.PlotlyMime] is JsonObject);
        Assert.Equal(figures, embedded);
    }
}
