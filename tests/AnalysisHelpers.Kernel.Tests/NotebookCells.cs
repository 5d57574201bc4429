using Microsoft.DotNet.Interactive.Documents;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>A notebook's code cells as VS Code's serializer reads them (Microsoft.DotNet.Interactive.Documents).</summary>
internal static class NotebookCells
{
    public static IReadOnlyList<string> Code(string path)
    {
        var kernels = new KernelInfoCollection { new("csharp", languageName: "C#", aliases: ["c#", "C#"]), new("markdown", languageName: "Markdown", aliases: ["md"]) };
        var document = CodeSubmission.Parse(File.ReadAllText(path), kernels);
        return document.Elements.Where(e => e.KernelName == "csharp").Select(e => e.Contents).ToList();
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepoPaths.AllNotebooks()) data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }
}
