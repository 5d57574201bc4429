using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Tests.Support;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Clients;

/// <summary>Every paired notebook executed by <c>jupyter nbconvert --to notebook --execute</c> (nbclient) with the
/// workbook kernel, as a Jupyter user's batch run would.</summary>
[Collection(JupyterClientsCollection.Name)]
public sealed class NbconvertTests(InstalledKernel kernel)
{
    private const string PlotlyMime = "application/vnd.plotly.v1+json";

    public static TheoryData<string> Notebooks() => new(RepoPaths.PairedNotebooks());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Nbconvert_executes_the_paired_notebook_without_errors_and_charts_carry_plotly_json(string name)
    {
        ExternalTools.RequirePython();
        kernel.AssertInstalled();
        var output = Path.Combine(kernel.Root, "nbconvert");
        var jupyter = Path.Combine(Path.GetDirectoryName(ExternalTools.Python)!, "jupyter");
        var result = ProcessRunner.Run(jupyter,
            ["nbconvert", "--to", "notebook", "--execute", $"--ExecutePreprocessor.kernel_name={kernel.KernelName}",
             "--ExecutePreprocessor.timeout=180", "--output-dir", output, name + ".ipynb"],
            kernel.Notebooks, kernel.Environment, TimeSpan.FromMinutes(4));
        Assert.True(result.ExitCode == 0, $"nbconvert {name}: {result.Both}");

        var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(output, name + ".ipynb")))!;
        var codeCells = executed["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.NotEmpty(codeCells);
        var charts = 0;
        foreach (var (cell, index) in codeCells.Select((c, i) => (c!, i + 1)))
        {
            Assert.NotNull(cell["execution_count"]?.GetValue<int>());
            foreach (var outputNode in cell["outputs"]!.AsArray())
            {
                Assert.False((string?)outputNode!["output_type"] == "error", $"{name} code cell {index}: {outputNode.ToJsonString()[..Math.Min(400, outputNode.ToJsonString().Length)]}");
                var data = outputNode["data"] as JsonObject;
                var html = data?["text/html"] is JsonNode h ? string.Concat(h is JsonArray lines ? lines.Select(l => (string?)l) : [(string?)h]) : "";
                if (!html.Contains("Plotly.newPlot", StringComparison.Ordinal)) continue;
                // A chart cell's output holds the figure as JSON (what JupyterLab and VS Code draw), with traces.
                var figure = Assert.IsType<JsonObject>(data![PlotlyMime], exactMatch: false);
                Assert.NotEmpty(figure["data"]!.AsArray());
                Assert.NotNull(data["text/plain"]);
                charts++;
            }
        }

        // The claims overview opens with charts of the claims (as in the notebook runner's tests).
        if (name.StartsWith("01", StringComparison.Ordinal)) Assert.True(charts > 0, $"{name}: no chart outputs");
    }
}
