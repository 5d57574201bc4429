using AnalysisHelpers.Notebooks.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisHelpers.Notebooks.Parameters;

/// <summary>What a notebook's parameters cell (its first code cell) lets a caller override, and the cell that carries
/// the overrides, as papermill does it: a visible cell tagged <see cref="InjectedTag"/> right after the parameters cell.</summary>
public static class NotebookParameters
{
    /// <summary>The tag papermill gives the cell it injects.</summary>
    public const string InjectedTag = "injected-parameters";

    private static readonly CSharpParseOptions ScriptParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>The names declared in the parameters cell as simple literals, in order; empty when the notebook has
    /// no code cell.</summary>
    public static IReadOnlyList<string> Declared(Notebook notebook) =>
        ParametersCell(notebook) is { } cell ? ParameterBinder.DeclaredNames(Parse(cell)) : [];

    /// <summary>The notebook to execute: <paramref name="notebook"/> itself when there are no overrides, else with the
    /// injected cell after the parameters cell; and the overrides as typed values (for metadata).</summary>
    /// <exception cref="NotebookParameterException">An override does not fit the parameters cell; lists every problem.</exception>
    public static (Notebook Notebook, IReadOnlyList<KeyValuePair<string, object>> Values) Inject(Notebook notebook, IReadOnlyDictionary<string, string> overrides)
    {
        if (overrides.Count == 0) return (notebook, []);
        var index = notebook.Cells.ToList().FindIndex(c => c.Kind == CellKind.CSharp);
        if (index < 0)
        {
            throw new NotebookParameterException(
                $"{notebook.Path}: the notebook has no code cell to hold parameters; cannot set {string.Join(", ", overrides.Keys.Order(StringComparer.Ordinal))}");
        }

        var parameters = notebook.Cells[index];
        var injection = ParameterBinder.Bind(Parse(parameters), overrides, notebook.Path, parameters.StartLine);
        // The injected cell has no line of its own in the .dib; errors in it point at the parameters cell.
        var injected = new NotebookCell(CellKind.CSharp, parameters.KernelName, injection.Source, parameters.StartLine)
        {
            Tags = [InjectedTag],
            SourceCellNumber = index + 1,
        };
        var cells = notebook.Cells.ToList();
        cells.Insert(index + 1, injected);
        return (notebook with { Cells = cells }, injection.Values);
    }

    private static NotebookCell? ParametersCell(Notebook notebook) => notebook.Cells.FirstOrDefault(c => c.Kind == CellKind.CSharp);

    // Directive lines are not C#; a parameters cell should have none, and they cannot declare parameters.
    private static SyntaxTree Parse(NotebookCell cell) => CSharpSyntaxTree.ParseText(
        string.Join('\n', cell.Source.Split('\n').Select(l => l.TrimStart().StartsWith('#') ? "" : l)), ScriptParseOptions);
}
