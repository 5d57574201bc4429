using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary><c>complete_request</c>, <c>inspect_request</c> and <c>is_complete_request</c>: completions and hover
/// come from the engine (RequestCompletions, RequestHoverText); whether a cell is complete from Roslyn's script
/// parser, the language the engine compiles.</summary>
internal sealed partial class LanguageServiceHandlers(CompositeKernel kernel)
{
    [GeneratedRegex(@"\$\{\d+(:[^}]*)?\}|\$\d+")]
    private static partial Regex Placeholder();

    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public async Task<JsonObject> CompleteAsync(JupyterMessage request)
    {
        var code = (string?)request.Content["code"] ?? "";
        var cursor = Math.Clamp((int?)request.Content["cursor_pos"] ?? code.Length, 0, CursorPositions.ToCodePoints(code, code.Length));
        var result = await kernel.SendAsync(new RequestCompletions(code, CursorPositions.ToLinePosition(code, cursor)));
        var produced = result.Events.OfType<CompletionsProduced>().FirstOrDefault();
        var matches = new JsonArray();
        var types = new JsonArray();
        int start = cursor, end = cursor;
        if (produced is not null)
        {
            if (produced.LinePositionSpan is { } span)
            {
                start = CursorPositions.ToCodePointOffset(code, span.Start);
                end = CursorPositions.ToCodePointOffset(code, span.End);
            }
            else
            {
                start = WordStart(code, cursor);
            }

            var typed = code[CursorPositions.ToUtf16Index(code, start)..CursorPositions.ToUtf16Index(code, cursor)];
            foreach (var item in produced.Completions)
            {
                // Jupyter front ends insert matches as plain text: the engine's snippet placeholders ($1) go.
                var text = Placeholder().Replace(item.InsertText ?? item.DisplayText, "");
                // The engine lists every member after a dot; front ends expect only those that match what was typed.
                if (typed.Length > 0 && !text.StartsWith(typed, StringComparison.OrdinalIgnoreCase)) continue;
                matches.Add(text);
                types.Add(new JsonObject { ["start"] = start, ["end"] = end, ["text"] = text, ["type"] = item.Kind?.ToLowerInvariant() ?? "" });
            }
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = matches,
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            // What JupyterLab shows beside each match (ipykernel's experimental key).
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        };
    }

    public async Task<JsonObject> InspectAsync(JupyterMessage request)
    {
        var code = (string?)request.Content["code"] ?? "";
        var cursor = Math.Clamp((int?)request.Content["cursor_pos"] ?? code.Length, 0, CursorPositions.ToCodePoints(code, code.Length));
        var result = await kernel.SendAsync(new RequestHoverText(code, CursorPositions.ToLinePosition(code, cursor)));
        var hover = result.Events.OfType<HoverTextProduced>().FirstOrDefault();
        var found = hover is not null && hover.Content.Any(c => !string.IsNullOrWhiteSpace(c.Value));
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = found,
            ["data"] = found ? MimeBundles.Data(hover!.Content) : new JsonObject(),
            ["metadata"] = new JsonObject(),
        };
    }

    public static JsonObject IsComplete(JupyterMessage request)
    {
        var code = (string?)request.Content["code"] ?? "";
        // Cell magics (#!...) are the engine's, not C#; Roslyn would call them invalid.
        if (code.TrimStart().StartsWith("#!", StringComparison.Ordinal))
            return new JsonObject { ["status"] = "complete" };
        var tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
            return new JsonObject { ["status"] = "incomplete", ["indent"] = "    " };
        var invalid = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        return new JsonObject { ["status"] = invalid ? "invalid" : "complete" };
    }

    private static int WordStart(string code, int cursor)
    {
        var index = CursorPositions.ToUtf16Index(code, cursor);
        var start = index;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        return CursorPositions.ToCodePoints(code, start);
    }
}
