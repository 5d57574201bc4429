using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Rewrites a cell so that every loop body and every block-bodied method, accessor, local function and lambda
/// starts with a call to <see cref="CellDeadline.Check"/>. The call is inserted without line breaks, so
/// diagnostic and stack-trace lines still match the cell's lines.
/// </summary>
/// <remarks>
/// Expression-bodied members and lambdas are left alone: rewriting them needs their types, and they cannot loop
/// except by calling something, whose body is checked.
/// </remarks>
internal sealed class DeadlineInjector : CSharpSyntaxRewriter
{
    private static readonly SyntaxAnnotation Inserted = new(nameof(DeadlineInjector));

    private static readonly StatementSyntax CheckStatement = SyntaxFactory
        .ParseStatement($"global::{typeof(CellDeadline).FullName}.{nameof(CellDeadline.Check)}();")
        .WithAdditionalAnnotations(Inserted);

    private DeadlineInjector()
    {
    }

    /// <summary>The rewritten tree, and where the checks went so positions can be mapped back.</summary>
    public static (SyntaxTree Tree, InsertionColumnMap Columns) Rewrite(SyntaxTree tree)
    {
        var root = new DeadlineInjector().Visit(tree.GetRoot());
        var rewritten = tree.WithRootAndOptions(root, tree.Options);
        var columns = new InsertionColumnMap();
        foreach (var check in rewritten.GetRoot().GetAnnotatedNodes(Inserted))
        {
            var start = rewritten.GetLineSpan(check.Span).StartLinePosition;
            columns.Add(start.Line, start.Character, check.Span.Length);
        }

        return (rewritten, columns);
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    // A backward goto is a loop too.
    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
        return SyntaxFactory.Block(CheckStatement, visited.WithoutTrivia()).WithTriviaFrom(visited);
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var visited = (BlockSyntax)base.VisitBlock(node)!;
        return IsFunctionBody(node) ? visited.WithStatements(visited.Statements.Insert(0, CheckStatement)) : visited;
    }

    private static bool IsFunctionBody(BlockSyntax block) => block.Parent is
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
        or AnonymousFunctionExpressionSyntax;

    private static StatementSyntax WithCheck(StatementSyntax body) => body is BlockSyntax block
        ? block.WithStatements(block.Statements.Insert(0, CheckStatement))
        : SyntaxFactory.Block(CheckStatement, body.WithoutTrivia()).WithTriviaFrom(body);
}
