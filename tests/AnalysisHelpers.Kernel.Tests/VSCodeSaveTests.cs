using System.Text;
using Microsoft.DotNet.Interactive.Documents;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>Saving a notebook from VS Code: the extension hands the document to the stock notebook-parser
/// (dotnet-interactive 1.0.712001), which writes it with Microsoft.DotNet.Interactive.Documents after merging in the
/// kernels it knows. The files must come back byte for byte.</summary>
public sealed class VSCodeSaveTests
{
    // NotebookParserServer.WellKnownKernelInfos of the tool (src/dotnet-interactive/ParserServer/NotebookParserServer.cs).
    private static KernelInfoCollection WellKnown() => new()
    {
        new("csharp", languageName: "C#", aliases: ["c#", "cs"]),
        new("fsharp", languageName: "F#", aliases: ["f#", "fs"]),
        new("html", languageName: "HTML"),
        new("http", languageName: "HTTP"),
        new("javascript", languageName: "JavaScript", aliases: ["js"]),
        new("mermaid", languageName: "Mermaid"),
        new("pwsh", languageName: "PowerShell", aliases: ["powershell"]),
        new("value"),
    };

    [Theory]
    [MemberData(nameof(NotebookCells.Names), MemberType = typeof(NotebookCells))]
    public void Reading_and_writing_the_notebook_as_the_parser_server_does_changes_nothing(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Notebooks, name + ".dib"));

        var document = CodeSubmission.Read(new MemoryStream(bytes), WellKnown());
        var saved = new MemoryStream();
        CodeSubmission.Write(document, saved, WellKnown());

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(saved.ToArray()));
    }
}
