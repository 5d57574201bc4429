using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Finds the <c>#r</c>/<c>#i</c> directives the runner handles and every directive it cannot handle, using the
/// Roslyn syntax tree so that text inside string literals is never mistaken for a directive.
/// </summary>
internal static class DirectiveScanner
{
    private const string NuGetPrefix = "nuget:";

    // C# preprocessor directives that Roslyn handles and that keep diagnostic lines equal to cell lines.
    private static readonly HashSet<SyntaxKind> CompilerDirectives =
    [
        SyntaxKind.IfDirectiveTrivia, SyntaxKind.ElifDirectiveTrivia, SyntaxKind.ElseDirectiveTrivia,
        SyntaxKind.EndIfDirectiveTrivia, SyntaxKind.RegionDirectiveTrivia, SyntaxKind.EndRegionDirectiveTrivia,
        SyntaxKind.DefineDirectiveTrivia, SyntaxKind.UndefDirectiveTrivia, SyntaxKind.ErrorDirectiveTrivia,
        SyntaxKind.WarningDirectiveTrivia, SyntaxKind.PragmaWarningDirectiveTrivia,
        SyntaxKind.PragmaChecksumDirectiveTrivia, SyntaxKind.NullableDirectiveTrivia,
    ];

    /// <summary>Directives found, problems found, and the spans the compiler must not see.</summary>
    public sealed record Result(IReadOnlyList<CellDirective> Directives, IReadOnlyList<CellProblem> Problems, IReadOnlyList<TextSpanToBlank> Spans);

    /// <summary>A span of the cell source to replace by spaces before compiling.</summary>
    public readonly record struct TextSpanToBlank(int Start, int Length);

    public static Result Scan(SyntaxTree tree)
    {
        var directives = new List<CellDirective>();
        var problems = new List<CellProblem>();
        var spans = new List<TextSpanToBlank>();
        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: true))
        {
            if (!trivia.IsDirective || CompilerDirectives.Contains(trivia.Kind())) continue;

            var position = tree.GetLineSpan(trivia.Span).StartLinePosition;
            var (line, column) = (position.Line, position.Character);
            var text = trivia.ToString().Trim();
            void Problem(string message) => problems.Add(new CellProblem(line, column, message));

            switch (trivia.GetStructure())
            {
                case ReferenceDirectiveTriviaSyntax reference:
                    spans.Add(new TextSpanToBlank(trivia.Span.Start, trivia.Span.Length));
                    var file = reference.File.ValueText;
                    if (!file.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        if (file.Length == 0) Problem($"{text}: the assembly path is empty");
                        else directives.Add(new AssemblyReferenceDirective(line, column, file));
                    }
                    else if (ParseNuGetReference(file[NuGetPrefix.Length..], text, out var name, out var version) is { } error)
                    {
                        Problem(error);
                    }
                    else
                    {
                        directives.Add(new NuGetReferenceDirective(line, column, name, version));
                    }

                    break;

                case BadDirectiveTriviaSyntax when DirectiveName(text) == "#i":
                    spans.Add(new TextSpanToBlank(trivia.Span.Start, trivia.Span.Length));
                    var argument = text[2..].Trim();
                    if (argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"'
                        && argument[1..^1].StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        directives.Add(new PackageSourceDirective(line, column, argument[(1 + NuGetPrefix.Length)..^1].Trim()));
                    }
                    else
                    {
                        Problem($"{text}: expected #i \"nuget: <package source>\"");
                    }

                    break;

                case ShebangDirectiveTriviaSyntax:
                    Problem($"magic command {DirectiveName(text)} is not supported by the runner");
                    break;

                case LoadDirectiveTriviaSyntax:
                    Problem("directive #load is not supported by the runner");
                    break;

                case LineDirectiveTriviaSyntax or LineSpanDirectiveTriviaSyntax:
                    Problem("directive #line is not supported by the runner: it would break the mapping of errors to .dib lines");
                    break;

                default:
                    Problem($"directive {DirectiveName(text)} is not supported by the runner");
                    break;
            }
        }

        return new Result(directives, problems, spans);
    }

    /// <summary>Parses <c>Name, Version</c>; returns an error message, or null on success.</summary>
    private static string? ParseNuGetReference(string reference, string directiveText, out string name, out string version)
    {
        var parts = reference.Split(',', StringSplitOptions.TrimEntries);
        name = parts[0];
        version = parts.Length > 1 ? parts[1] : "";
        if (name.Length == 0) return $"{directiveText}: the package name is missing";
        if (parts.Length > 2) return $"{directiveText}: expected #r \"nuget: Name, Version\"";
        if (version.Length == 0)
        {
            return $"{directiveText}: package {name} has no version; versions must be pinned, e.g. #r \"nuget: {name}, 1.2.3\"";
        }

        return null;
    }

    private static string DirectiveName(string text)
    {
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
        return text[..end];
    }
}
