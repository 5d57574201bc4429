namespace AnalysisHelpers.Notebooks.Model;

/// <summary>A parsed Polyglot notebook.</summary>
/// <param name="Path">File the notebook was read from; used in every error message and to resolve relative paths.</param>
/// <param name="KernelInfo">Kernel metadata (defaults to a C# notebook when the file has no <c>#!meta</c> cell).</param>
/// <param name="Cells">Cells in file order.</param>
public sealed record Notebook(string Path, KernelInfo KernelInfo, IReadOnlyList<NotebookCell> Cells)
{
    /// <summary>File name without extension, e.g. <c>01-claims</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Folder holding the notebook; the working directory while it runs.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
}
