using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisHelpers.Notebooks;

/// <summary>What a notebook's parameters cell (its first code cell) lets a caller override.</summary>
public static class NotebookParameters
{
    /// <summary>The names declared in the parameters cell as simple literals, in order; empty when the notebook has
    /// no code cell.</summary>
    public static IReadOnlyList<string> Declared(Notebook notebook)
    {
        var first = notebook.Cells.FirstOrDefault(c => c.Kind == CellKind.CSharp);
        if (first is null) return [];
        // Directive lines are not C#; a parameters cell should have none, and they cannot declare parameters.
        var code = string.Join('\n', first.Source.Split('\n').Select(l => l.TrimStart().StartsWith('#') ? "" : l));
        return ParameterBinder.DeclaredNames(CSharpSyntaxTree.ParseText(code, ScriptEnvironment.ParseOptions));
    }
}
