using System.Globalization;
using AnalysisHelpers.Notebooks.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisHelpers.Notebooks.Parameters;

/// <summary>
/// Turns overrides of a notebook's parameters cell (its first code cell, as in papermill) into the cell papermill
/// would inject after it: one declaration per override, of the declared type, e.g. <c>var dataDir = "/tmp/data";</c>.
/// A later submission may declare a variable again in C# script, so the injected value is the one later cells see.
/// Only top-level declarations initialized with a string, int, double or bool literal are parameters.
/// </summary>
internal static class ParameterBinder
{
    private enum ParameterType { String, Int, Double, Bool }

    private sealed record Declaration(string Name, ExpressionSyntax Initializer, ParameterType? Type, int Line, int Column, string TypeText);

    /// <summary>The source of the injected cell, and each value as the JSON-friendly value it denotes.</summary>
    public sealed record Injection(string Source, IReadOnlyList<KeyValuePair<string, object>> Values);

    /// <param name="tree">The parameters cell.</param>
    /// <param name="overrides">Parameter name to value, as text.</param>
    /// <param name="location">Notebook path, for error messages.</param>
    /// <param name="startLine">1-based .dib line of the cell's first line.</param>
    /// <exception cref="NotebookParameterException">Unknown name, non-literal initializer, or a value of the wrong type.</exception>
    public static Injection Bind(SyntaxTree tree, IReadOnlyDictionary<string, string> overrides, string location, int startLine)
    {
        var declarations = FindDeclarations(tree).ToDictionary(declaration => declaration.Name, StringComparer.Ordinal);
        var errors = new List<string>();
        var lines = new List<string> { "// Injected parameters (workbook run --param); they replace the values of the parameters cell above." };
        var values = new List<KeyValuePair<string, object>>();
        foreach (var (name, value) in overrides.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!declarations.TryGetValue(name, out var declaration))
            {
                var known = declarations.Values.Where(d => d.Type is not null).Select(d => d.Name).Order(StringComparer.Ordinal);
                errors.Add($"{location}:{startLine}:1: parameter '{name}' is not declared in the parameters cell " +
                           $"(parameters: {(known.Any() ? string.Join(", ", known) : "none")})");
                continue;
            }

            var at = $"{location}:{startLine + declaration.Line}:{declaration.Column + 1}";
            if (declaration.Type is not { } type)
            {
                errors.Add($"{at}: parameter '{name}' cannot be set: it must be declared as string, int, double or bool " +
                           $"and initialized with a literal (it is '{declaration.TypeText} {name} = {declaration.Initializer}')");
                continue;
            }

            if (Literal(type, value) is { } literal)
            {
                lines.Add($"{declaration.TypeText} {name} = {literal.NormalizeWhitespace().ToFullString()};");
                values.Add(new(name, Typed(type, value)));
            }
            else
            {
                errors.Add($"{at}: parameter '{name}' is declared as {TypeName(type)}; \"{value}\" is not a valid {TypeName(type)} ({Expected(type)})");
            }
        }

        if (errors.Count > 0) throw new NotebookParameterException(string.Join(Environment.NewLine, errors));
        return new Injection(string.Join('\n', lines), values);
    }

    private static object Typed(ParameterType type, string value) => type switch
    {
        ParameterType.Int => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        ParameterType.Double => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        ParameterType.Bool => value.Equals("true", StringComparison.OrdinalIgnoreCase),
        _ => value,
    };

    /// <summary>Names of the overridable parameters a parameters cell declares.</summary>
    public static IReadOnlyList<string> DeclaredNames(SyntaxTree tree) =>
        FindDeclarations(tree).Where(d => d.Type is not null).Select(d => d.Name).ToArray();

    private static IEnumerable<Declaration> FindDeclarations(SyntaxTree tree)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var variableDeclarations = root.Members.Select(member => member switch
        {
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            FieldDeclarationSyntax field => field.Declaration,
            _ => null,
        });

        foreach (var variables in variableDeclarations.OfType<VariableDeclarationSyntax>())
        {
            foreach (var variable in variables.Variables)
            {
                if (variable.Initializer?.Value is not { } initializer) continue;
                var position = variable.GetLocation().GetLineSpan().StartLinePosition;
                var typeText = variables.Type.ToString();
                yield return new Declaration(
                    variable.Identifier.ValueText, initializer, TypeOf(typeText, initializer), position.Line, position.Character, typeText);
            }
        }
    }

    /// <summary>The parameter type, or null when the declaration is not an overridable literal.</summary>
    private static ParameterType? TypeOf(string declaredType, ExpressionSyntax initializer)
    {
        var literalType = LiteralType(initializer);
        if (literalType is null) return null;
        ParameterType? declared = declaredType switch
        {
            "var" => literalType,
            "string" or "String" or "System.String" => ParameterType.String,
            "int" or "Int32" or "System.Int32" => ParameterType.Int,
            "double" or "Double" or "System.Double" => ParameterType.Double,
            "bool" or "Boolean" or "System.Boolean" => ParameterType.Bool,
            _ => null,
        };

        // `double x = 1;` is a double parameter; `string s = 1;` does not compile and is not a parameter.
        var compatible = declared == literalType || (declared == ParameterType.Double && literalType == ParameterType.Int);
        return compatible ? declared : null;
    }

    private static ParameterType? LiteralType(ExpressionSyntax initializer) => initializer switch
    {
        LiteralExpressionSyntax literal => literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression => ParameterType.String,
            SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => ParameterType.Bool,
            SyntaxKind.NumericLiteralExpression => literal.Token.Value switch
            {
                int => ParameterType.Int,
                double => ParameterType.Double,
                _ => null,
            },
            _ => null,
        },
        PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } unary
            when unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression) =>
            operand.IsKind(SyntaxKind.NumericLiteralExpression) ? LiteralType(operand) : null,
        _ => null,
    };

    /// <summary>A C# expression for <paramref name="value"/>, or null if it is not a valid value of the type.</summary>
    private static ExpressionSyntax? Literal(ParameterType type, string value)
    {
        switch (type)
        {
            case ParameterType.String:
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

            case ParameterType.Bool:
                if (value.Equals("true", StringComparison.OrdinalIgnoreCase)) return SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
                if (value.Equals("false", StringComparison.OrdinalIgnoreCase)) return SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression);
                return null;

            case ParameterType.Int:
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return null;
                var magnitude = (uint)Math.Abs((long)integer);
                return Signed(integer < 0, SyntaxFactory.Literal(magnitude.ToString(CultureInfo.InvariantCulture), magnitude));

            case ParameterType.Double:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) || !double.IsFinite(real)) return null;
                var text = Math.Abs(real).ToString("R", CultureInfo.InvariantCulture);
                // Keep the literal a double when the declaration is `var`.
                if (!text.Contains('.') && !text.Contains('E')) text += ".0";
                return Signed(double.IsNegative(real), SyntaxFactory.Literal(text, Math.Abs(real)));

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "unknown parameter type");
        }
    }

    private static ExpressionSyntax Signed(bool negative, SyntaxToken magnitude)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, magnitude);
        return negative ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal) : literal;
    }

    /// <summary>A multi-line original (a verbatim string) is replaced by a one-line literal plus line breaks.</summary>

    private static string TypeName(ParameterType type) => type.ToString().ToLowerInvariant();

    private static string Expected(ParameterType type) => type switch
    {
        ParameterType.Int => "expected a whole number in invariant culture, e.g. 42",
        ParameterType.Double => "expected a finite number in invariant culture, e.g. 0.5",
        ParameterType.Bool => "expected true or false",
        _ => "any text is a valid string",
    };
}
