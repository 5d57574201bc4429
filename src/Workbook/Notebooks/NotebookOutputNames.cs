using AnalysisHelpers.Export.Files;

namespace Workbook.Notebooks;

/// <summary>Each notebook's pages are named after it (<c>NAME.ipynb</c>, <c>NAME.html</c> and their <c>.failed</c>
/// forms) in the output folder, beside the report and the manifest. Two notebooks with one name (in different
/// folders), or a notebook named <c>report</c>, would overwrite each other's or the report's files, so they are
/// refused before anything runs.</summary>
internal static class NotebookOutputNames
{
    private static readonly string[] Reserved = ["report.html", "report.pdf", Manifest.FileName];

    public static IEnumerable<string> Of(string notebookPath)
    {
        var stem = Path.GetFileNameWithoutExtension(notebookPath);
        return [stem + ".ipynb", stem + ".html", stem + NotebookBatch.FailedSuffix + ".ipynb", stem + NotebookBatch.FailedSuffix + ".html"];
    }

    /// <summary>One line per clash on <paramref name="stderr"/>; false when there is any.</summary>
    public static bool Check(IReadOnlyList<string> notebooks, TextWriter stderr)
    {
        var owner = new Dictionary<string, string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        bool ok = true;
        foreach (var notebook in notebooks.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var shown = Output.OutputFolder.Shown(Path.GetFullPath(notebook));
            foreach (var name in Of(notebook))
            {
                if (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    stderr.WriteLine($"{shown}: its page {name} would replace the export's {name}; rename the notebook");
                    ok = false;
                    break;
                }
                if (owner.TryGetValue(name, out var first))
                {
                    stderr.WriteLine($"{shown}: its page {name} would replace that of {first}; rename one of them");
                    ok = false;
                    break;
                }
                owner[name] = shown;
            }
        }
        return ok;
    }
}
