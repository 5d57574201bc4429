using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary>The <c>kernel_info_reply</c>: protocol 5.3, the workbook's version, and C# as the language with the
/// names front ends know it by (CodeMirror's and Pygments' <c>text/x-csharp</c> / <c>csharp</c>).</summary>
internal static class KernelInfo
{
    public static JsonObject Content(string workbookVersion) => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageFactory.ProtocolVersion,
        ["implementation"] = "workbook",
        ["implementation_version"] = workbookVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = "csharp",
            // The C# version the engine compiles: Roslyn's latest, which the kernel asks for.
            ["version"] = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString(),
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"workbook {workbookVersion}: the .NET Interactive C# kernel with the workbook's packages",
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };
}
