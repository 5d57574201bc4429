using System.Text.RegularExpressions;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;

namespace Workbook.Tests.Notebooks;

/// <summary>The shape every workbook notebook shares: a title and question first, then a parameters cell the runner
/// can override, then a cell that loads pinned packages.</summary>
public sealed partial class NotebookStructureTests
{
    [Fact]
    public void There_are_at_least_five_notebooks()
    {
        Assert.True(RepoPaths.AllNotebooks().Count >= 5,
            $"expected at least 5 notebooks in {RepoPaths.Notebooks}, found {RepoPaths.AllNotebooks().Count}");
    }

    [Fact]
    public void Each_notebook_opens_with_a_markdown_title()
    {
        Assert.All(RepoPaths.AllNotebooks(), path =>
        {
            var notebook = DibParser.ParseFile(path);
            Assert.Equal("csharp", notebook.KernelInfo.DefaultKernelName);
            var first = notebook.Cells[0];
            Assert.True(first.Kind == CellKind.Markdown, $"{path}: the first cell is {first.Kind}, not markdown");
            Assert.StartsWith("# ", first.Source, StringComparison.Ordinal);
            Assert.True(first.SourceLines.Count > 1, $"{path}: the first cell has a title but no question");
        });
    }

    [Fact]
    public void Each_notebook_has_a_parameters_cell_first_among_code_cells()
    {
        Assert.All(RepoPaths.AllNotebooks(), path =>
        {
            var code = DibParser.ParseFile(path).Cells.Where(c => c.Kind == CellKind.CSharp).ToList();
            Assert.True(code.Count >= 2, $"{path}: expected a parameters cell and a packages cell");
            var parameters = code[0].SourceLines.Where(l => l.Trim().Length > 0).ToList();
            Assert.All(parameters, line => Assert.True(
                ParameterLine().IsMatch(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal),
                $"{path}: '{line}' is not a simple parameter"));
            Assert.Contains(parameters, line => line.StartsWith("var dataDir = ", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Each_notebook_loads_pinned_packages_in_its_second_code_cell()
    {
        Assert.All(RepoPaths.AllNotebooks(), path =>
        {
            var packages = DibParser.ParseFile(path).Cells.Where(c => c.Kind == CellKind.CSharp).ElementAt(1).SourceLines;
            // No package source: the stock kernel rejects a relative one, and the workbook kernel ships the library.
            Assert.DoesNotContain(packages, l => l.StartsWith("#i ", StringComparison.Ordinal));
            Assert.Contains("#r \"nuget: AnalysisHelpers, 1.0.0\"", packages);
            Assert.All(packages.Where(l => l.StartsWith("#r ", StringComparison.Ordinal)),
                line => Assert.Matches(PinnedReference(), line));
        });
    }

    [Fact]
    public void Each_notebook_meta_line_is_what_VS_Code_writes_for_the_workbook_kernel()
    {
        // The extension merges the kernels the connected workbook kernel announces (csharp, aliases c# and C#) into the
        // notebook's metadata; the .dib serializer (dotnet-interactive notebook-parser) adds every kernel it knows and
        // writes this one line. The files already carry it, so saving from VS Code changes nothing.
        Assert.All(RepoPaths.AllNotebooks(), path => Assert.Equal(
            """{"kernelInfo":{"defaultKernelName":"csharp","items":[{"name":"csharp","languageName":"C#","aliases":["c#","C#"]},{"name":"fsharp","languageName":"F#","aliases":["f#","fs"]},{"name":"html","languageName":"HTML"},{"name":"http","languageName":"HTTP"},{"name":"javascript","languageName":"JavaScript","aliases":["js"]},{"name":"mermaid","languageName":"Mermaid"},{"name":"pwsh","languageName":"PowerShell","aliases":["powershell"]},{"name":"value"}]}}""",
            File.ReadLines(path).ElementAt(2)));
    }

    [GeneratedRegex("""^var [A-Za-z_][A-Za-z0-9_]* = ("[^"\\]*"|-?[0-9]+(\.[0-9]+)?|true|false);\s*(//.*)?$""")]
    private static partial Regex ParameterLine();

    [GeneratedRegex("""^#r "nuget: [A-Za-z0-9.]+, [0-9]+\.[0-9]+\.[0-9]+"$""")]
    private static partial Regex PinnedReference();
}
