using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisHelpers.Notebooks;

/// <summary>Turns a C# cell into the code the compiler sees, parsing it once (twice when it has directives).</summary>
internal static class CellPreparer
{
    /// <param name="number">1-based cell number.</param>
    /// <param name="cell">A C# cell.</param>
    /// <param name="notebookPath">For error messages.</param>
    /// <param name="parameters">Overrides for the parameters cell; null for other cells.</param>
    /// <exception cref="NotebookParameterException">The overrides do not fit the parameters cell.</exception>
    public static PreparedCell Prepare(int number, NotebookCell cell, string notebookPath, IReadOnlyDictionary<string, string>? parameters)
    {
        var tree = CSharpSyntaxTree.ParseText(cell.Source, ScriptEnvironment.ParseOptions);
        var scan = DirectiveScanner.Scan(tree);
        if (scan.Spans.Count > 0)
        {
            tree = CSharpSyntaxTree.ParseText(Blank(cell.Source, scan.Spans), ScriptEnvironment.ParseOptions);
        }

        if (parameters is not null) tree = ParameterBinder.Apply(tree, parameters, notebookPath, cell.StartLine);

        var hasCode = tree.GetRoot().DescendantTokens().Any(token => !token.IsKind(SyntaxKind.EndOfFileToken));
        var (rewritten, columns) = DeadlineInjector.Rewrite(tree);
        return new PreparedCell(number, cell, rewritten.GetRoot().ToFullString(), hasCode, scan.Directives, scan.Problems, columns);
    }

    /// <summary>Replaces the spans by spaces, keeping line breaks so that lines do not move.</summary>
    private static string Blank(string source, IReadOnlyList<DirectiveScanner.TextSpanToBlank> spans)
    {
        var text = new StringBuilder(source);
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.Start + span.Length; i++)
            {
                if (text[i] is not ('\r' or '\n')) text[i] = ' ';
            }
        }

        return text.ToString();
    }
}
