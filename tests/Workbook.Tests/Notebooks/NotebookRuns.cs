using System.Collections.Concurrent;
using System.Text.Json;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Notebooks.Engine;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;

namespace Workbook.Tests.Notebooks;

/// <summary>Runs the repository's notebooks through the headless runner, each once per test run with default
/// parameters, and reads their outputs.</summary>
internal static class NotebookRuns
{
    public const string PlotlyMime = ChartMime.PlotlyMimeType;

    private static readonly NotebookRunOptions DefaultOptions = new() { CellTimeout = TimeSpan.FromMinutes(3) };
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The runner as the workbook uses it: notebooks in kernel processes of the workbook kernel (the built
    /// workbook command beside the tests), one warm process serving them in turn.</summary>
    public static NotebookRunner Runner { get; } = new(KernelLaunch.Workbook());

    /// <summary>The result of running the named notebook (e.g. <c>02-cost-comparison</c>) with default parameters.</summary>
    public static Task<NotebookRunResult> RunAsync(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<Task<NotebookRunResult>>(() => Runner.RunFileAsync(RepoPaths.Notebook(n), DefaultOptions))).Value;

    /// <summary>Runs the named notebook with parameter overrides (not cached).</summary>
    public static Task<NotebookRunResult> RunAsync(string name, IReadOnlyDictionary<string, string> parameters) =>
        Runner.RunFileAsync(RepoPaths.Notebook(name), DefaultOptions with { Parameters = parameters }, TestContext.Current.CancellationToken);

    /// <summary>Fails with the runner's own message (file:line:column: cell N: ...) when the notebook did not run clean.</summary>
    public static void AssertRanClean(NotebookRunResult result)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.All(result.Cells.Where(c => c.Cell.Kind == CellKind.CSharp), c => Assert.Equal(CellRunStatus.Succeeded, c.Status));
        Assert.DoesNotContain(result.Cells.SelectMany(c => c.Outputs), o => o is ErrorOutput);
    }

    /// <summary>Every display and result bundle, in output order.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Bundles(NotebookRunResult result) =>
        result.Cells.SelectMany(c => c.Outputs).Select(o => o switch
        {
            DisplayDataOutput d => d.Data,
            ExecuteResultOutput r => r.Data,
            _ => null,
        }).OfType<IReadOnlyDictionary<string, string>>().ToList();

    /// <summary>All text/plain and text/html of the outputs, joined.</summary>
    public static string AllText(NotebookRunResult result) => string.Join("\n", Bundles(result).SelectMany(b =>
        new[] { "text/plain", "text/html" }.Where(b.ContainsKey).Select(m => b[m])));

    /// <summary>The Plotly figures the notebook shows, parsed.</summary>
    public static IReadOnlyList<JsonElement> PlotlyFigures(NotebookRunResult result) => Bundles(result)
        .Where(b => b.ContainsKey(PlotlyMime))
        .Select(b => JsonDocument.Parse(b[PlotlyMime]).RootElement.Clone())
        .ToList();

    /// <summary>Every number anywhere in a JSON document.</summary>
    public static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        _ => [],
    };

    /// <summary>The one figure whose JSON contains the chart title <paramref name="title"/>.</summary>
    public static JsonElement FigureTitled(NotebookRunResult result, string title)
    {
        var encoded = JsonEncodedText.Encode(title).ToString();
        return Assert.Single(PlotlyFigures(result), f => f.GetRawText().Contains(encoded, StringComparison.Ordinal)
                                                      || f.GetRawText().Contains(title, StringComparison.Ordinal));
    }
}
