using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace AnalysisHelpers.Kernel;

/// <summary>
/// Puts a <see cref="CellCancellation.Check"/> call in every loop body of a submitted cell, placed so that the user's
/// text keeps its lines and, in nearly every layout, its columns (errors and squiggles stay where the code is): after
/// a block's opening brace when that brace ends its line, else before its closing brace (only what follows that brace
/// on its line moves); an unbraced body gets braces opened after the loop's header and closed after the body. A cell
/// that does not parse is left as it is: it will not run anyway.
/// </summary>
internal static class CancellationPoints
{
    private const string Check = " global::AnalysisHelpers.Kernel.CellCancellation.Check(); ";

    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    // SubmitCode.Code has no setter; rewriting the command itself keeps its token, so its events still belong to it.
    private static readonly FieldInfo? CodeField = typeof(SubmitCode).GetField("<Code>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);

    public static CSharpKernel UseCancellationPoints(this CSharpKernel kernel)
    {
        if (CodeField is null) return kernel; // a package change; cells then stop only as the stock kernel stops them
        // The inserted calls compile against this assembly.
        kernel.AddAssemblyReferences([typeof(CellCancellation).Assembly.Location]);
        kernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is SubmitCode submit)
            {
                CellCancellation.Start();
                var rewritten = Rewrite(submit.Code);
                if (!ReferenceEquals(rewritten, submit.Code)) CodeField.SetValue(submit, rewritten);
            }

            await next(command, context);
        }, "workbook-cancellation-points");
        return kernel;
    }

    public static CompositeKernel UseCellCancellation(this CompositeKernel kernel)
    {
        kernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is Cancel) CellCancellation.Cancel();
            else if (command is SubmitCode && command.Parent is null) CellCancellation.Submitted(command);
            await next(command, context);
        }, "workbook-cell-cancellation");
        return kernel;
    }

    /// <summary>The code with its cancellation points, or the same string when it has no loop or does not parse.</summary>
    public static string Rewrite(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) return code;
        var text = tree.GetText();
        var inserts = new List<(int Position, string Text)>();
        foreach (var loop in tree.GetRoot().DescendantNodes().OfType<StatementSyntax>())
        {
            var body = loop switch
            {
                WhileStatementSyntax w => w.Statement,
                DoStatementSyntax d => d.Statement,
                ForStatementSyntax f => f.Statement,
                CommonForEachStatementSyntax e => e.Statement,
                _ => null,
            };
            if (body is null) continue;
            if (body is BlockSyntax block)
            {
                var braceLine = text.Lines.GetLineFromPosition(block.OpenBraceToken.SpanStart).LineNumber;
                var next = block.OpenBraceToken.GetNextToken();
                var endsLine = next.IsKind(SyntaxKind.None) || text.Lines.GetLineFromPosition(next.SpanStart).LineNumber > braceLine;
                inserts.Add(endsLine ? (block.OpenBraceToken.Span.End, Check) : (block.CloseBraceToken.SpanStart, Check));
            }
            else
            {
                // After the loop's header (its ')' or 'do'): a body on a line of its own does not move.
                inserts.Add((body.GetFirstToken().GetPreviousToken().Span.End, " {" + Check));
                inserts.Add((body.Span.End, " }"));
            }
        }

        if (inserts.Count == 0) return code;
        var changes = inserts.Select(i => new TextChange(new TextSpan(i.Position, 0), i.Text));
        return text.WithChanges(changes).ToString();
    }
}
