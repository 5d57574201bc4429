using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>The notebooks in the stock dotnet-interactive 1.0.712001, started as VS Code starts it, every code cell
/// in order: all cells pass but those that draw a chart, which fail only on the tool's FSharp.Core 10.0 (Plotly.NET 6
/// needs 10.1); the workbook kernel exists for them.</summary>
[Collection(nameof(StockKernelTests))]
public sealed class StockKernelTests
{
    [Theory]
    [MemberData(nameof(NotebookCells.Names), MemberType = typeof(NotebookCells))]
    public async Task Every_cell_but_the_charts_passes_in_the_stock_tool_and_charts_fail_only_on_FSharp_Core(string name)
    {
        var tool = StockKernel.Tool();
        if (tool is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, "CI installs the stock tool (.ci/run); it is missing");
            Assert.Skip("the stock dotnet-interactive is not installed (bash .ci/run installs it into artifacts/tools/dotnet-interactive)");
        }

        var packages = await StockKernel.PackagesFolderAsync();
        Environment.SetEnvironmentVariable("NUGET_PACKAGES", packages);
        var (connector, kernel) = await WorkbookStdio.ConnectAsync(RepoPaths.Notebooks, [tool!, "[vscode]", "stdio", "--working-dir", RepoPaths.Notebooks]);
        using var _ = connector;
        using var __ = kernel;
        var cells = NotebookCells.Code(Path.Combine(RepoPaths.Notebooks, name + ".dib"));
        var failures = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var result = await kernel.SubmitAsync(cells[i]);
            if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
            {
                Assert.True(failed.Message.Contains("FSharp.Core, Version=10.1", StringComparison.Ordinal),
                    $"{name} code cell {i + 1} fails in the stock kernel for another reason than FSharp.Core: {failed.Message}");
                failures.Add($"cell {i + 1}");
            }
        }

        // The library the cells ran on is this build's, from the test's own packages folder, not a cached older one.
        var location = await kernel.SubmitAsync("typeof(AnalysisHelpers.Claims.Claim).Assembly.Location");
        var path = location.Events.OfType<ReturnValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/plain").Value;
        Assert.StartsWith(Path.GetFullPath(packages), path, StringComparison.Ordinal);

        // Only chart cells fail: at most one per chart the notebook draws, never the parameters or package cells.
        Assert.True(failures.Count < cells.Count - 2, $"{name}: {string.Join(", ", failures)} of {cells.Count} failed");
        TestContext.Current.SendDiagnosticMessage($"{name}: {cells.Count - failures.Count} of {cells.Count} code cells pass in the stock kernel; chart cells failing on FSharp.Core: {string.Join(", ", failures)}");
    }
}
