namespace AnalysisHelpers.Notebooks.Model;

/// <summary>The <c>kernelInfo</c> block of a notebook's metadata (the <c>#!meta</c> cell of a .dib file).</summary>
/// <param name="DefaultKernelName">Kernel used for cells that do not name one.</param>
/// <param name="Items">Kernels the notebook declares.</param>
public sealed record KernelInfo(string DefaultKernelName, IReadOnlyList<KernelInfoItem> Items)
{
    /// <summary>What VS Code writes for a new C# notebook.</summary>
    public static KernelInfo CSharpDefault { get; } = new("csharp", [new KernelInfoItem("csharp", [], null)]);
}

/// <summary>One kernel declared in a notebook's metadata.</summary>
/// <param name="Name">Kernel name, e.g. <c>csharp</c>.</param>
/// <param name="Aliases">Other names cells may use for this kernel.</param>
/// <param name="LanguageName">Optional language name recorded by the editor.</param>
public sealed record KernelInfoItem(string Name, IReadOnlyList<string> Aliases, string? LanguageName);
