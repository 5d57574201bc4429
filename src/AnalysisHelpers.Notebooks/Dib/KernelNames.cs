using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Dib;

/// <summary>
/// Decides which <c>#!name</c> lines start a new cell and what kind of cell they start.
/// A <c>#!</c> line that is not a kernel name (e.g. <c>#!time</c>) is a magic command inside the current cell.
/// </summary>
internal sealed class KernelNames
{
    private static readonly string[] CSharpNames = ["csharp", "c#"];
    private static readonly string[] MarkdownNames = ["markdown", "md"];

    // Kernels that Polyglot Notebooks ships; a .dib may use them without declaring them in #!meta.
    private static readonly string[] BuiltInOtherKernels =
    [
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "mermaid", "sql", "kql",
        "http", "value", "python", "r", "vscode", "webview", "typescript", "ts",
    ];

    private readonly Dictionary<string, CellKind> _kinds = new(StringComparer.OrdinalIgnoreCase);

    public KernelNames(KernelInfo kernelInfo)
    {
        foreach (var name in BuiltInOtherKernels) _kinds[name] = CellKind.Other;
        foreach (var item in kernelInfo.Items)
        {
            var kind = KindOfBuiltIn(item.Name) ?? CellKind.Other;
            _kinds[item.Name] = kind;
            foreach (var alias in item.Aliases) _kinds[alias] = kind;
        }

        foreach (var name in CSharpNames) _kinds[name] = CellKind.CSharp;
        foreach (var name in MarkdownNames) _kinds[name] = CellKind.Markdown;
    }

    /// <summary>The kind of cell a kernel name starts, or null when the name is not a kernel.</summary>
    public CellKind? KindOf(string kernelName) => _kinds.TryGetValue(kernelName, out var kind) ? kind : null;

    private static CellKind? KindOfBuiltIn(string name) =>
        CSharpNames.Contains(name, StringComparer.OrdinalIgnoreCase) ? CellKind.CSharp
        : MarkdownNames.Contains(name, StringComparer.OrdinalIgnoreCase) ? CellKind.Markdown
        : null;
}
