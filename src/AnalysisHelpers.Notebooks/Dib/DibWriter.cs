using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Dib;

/// <summary>Writes notebooks in the .dib text format, in the layout VS Code uses.</summary>
public static class DibWriter
{
    /// <summary>
    /// The .dib text: a <c>#!meta</c> cell, then each cell as <c>#!kernel</c>, a blank line and its source,
    /// cells separated by a blank line. Parsing the result gives back the same cells.
    /// </summary>
    /// <exception cref="ArgumentException">A cell contains a line that the format would read as a cell separator.</exception>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var kernels = new KernelNames(notebook.KernelInfo);
        var blocks = new List<string> { Block("meta", KernelInfoJson.Serialize(notebook.KernelInfo)) };
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var clash = cell.SourceLines.FirstOrDefault(line =>
                line.StartsWith("#!", StringComparison.Ordinal) && kernels.KindOf(line[2..].TrimEnd()) is not null);
            if (clash is not null)
            {
                throw new ArgumentException(
                    $"{notebook.Path}: cell {i + 1} contains the line \"{clash}\", which .dib would read as the start of a new cell",
                    nameof(notebook));
            }

            blocks.Add(Block(cell.KernelName, cell.Source));
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Block(string kernelName, string source) => $"#!{kernelName}\n\n{source}";
}
