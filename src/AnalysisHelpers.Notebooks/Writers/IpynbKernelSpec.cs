namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>The <c>kernelspec</c> block of a notebook's metadata: which Jupyter kernel opens it.</summary>
public sealed record IpynbKernelSpec(string Name, string DisplayName, string Language)
{
    /// <summary>What VS Code's Polyglot Notebooks extension writes for a C# notebook (the executed copies in reports/).</summary>
    public static IpynbKernelSpec PolyglotCSharp { get; } = new(".net-csharp", ".NET (C#)", "C#");
}
