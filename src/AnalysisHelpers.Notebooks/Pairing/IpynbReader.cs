using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Pairing;

/// <summary>
/// Reads the cells of a Jupyter notebook (nbformat 4) back into a <see cref="Notebook"/>, for pairing: markdown cells,
/// and code cells in the kernel their metadata names (as <see cref="IpynbWriter"/> and the Polyglot extension write
/// it: <c>polyglot_notebook.kernelName</c>, else <c>dotnet_interactive.language</c>; a cell a Jupyter user added has
/// neither and is the notebook's default kernel). Outputs are not read.
/// </summary>
public static class IpynbReader
{
    /// <summary>The notebook, its metadata object and the 1-based file line of each cell's source.</summary>
    /// <param name="kernelInfo">The kernels the cells may name; when null, the notebook's own
    /// <c>polyglot_notebook.kernelInfo</c>, else a C# notebook.</param>
    /// <exception cref="IpynbFormatException">Every problem found, located.</exception>
    public static (Notebook Notebook, JsonObject Metadata) Parse(string text, string path, KernelInfo? kernelInfo = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new IpynbFormatException([$"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON: {e.Message}"]);
        }

        var locations = new JsonLocations(text);
        var problems = new List<string>();
        void Problem(string pointer, string reason)
        {
            var (line, column) = locations.Of(pointer);
            problems.Add($"{path}:{line}:{column}: {reason}");
        }

        if (root is not JsonObject notebook)
        {
            Problem("", "a notebook is a JSON object");
            throw new IpynbFormatException(problems);
        }

        if ((int?)(notebook["nbformat"] as JsonValue) is not 4) Problem("/nbformat", "only nbformat 4 notebooks can be paired");
        var metadata = notebook["metadata"] as JsonObject ?? new JsonObject();
        kernelInfo ??= OwnKernelInfo(metadata, path, locations, Problem);
        var kernels = new KernelNames(kernelInfo);
        var cells = new List<NotebookCell>();
        if (notebook["cells"] is not JsonArray cellArray)
        {
            Problem("/cells", "\"cells\" must be an array");
            throw new IpynbFormatException(problems);
        }

        for (var i = 0; i < cellArray.Count; i++)
        {
            var pointer = $"/cells/{i}";
            if (cellArray[i] is not JsonObject cell)
            {
                Problem(pointer, $"cell {i + 1} is not an object");
                continue;
            }

            var source = Source(cell["source"], $"{pointer}/source", i, Problem);
            var line = locations.Of($"{pointer}/source").Line;
            switch ((string?)(cell["cell_type"] as JsonValue))
            {
                case "markdown":
                    cells.Add(new NotebookCell(CellKind.Markdown, "markdown", source, line));
                    break;
                case "code":
                    var kernel = (string?)(cell["metadata"]?["polyglot_notebook"]?["kernelName"] as JsonValue)
                                 ?? (string?)(cell["metadata"]?["dotnet_interactive"]?["language"] as JsonValue)
                                 ?? kernelInfo.DefaultKernelName;
                    if (kernels.KindOf(kernel) is not { } kind || kind == CellKind.Markdown)
                    {
                        Problem($"{pointer}/metadata", $"cell {i + 1} names kernel \"{kernel}\", which the notebook does not declare");
                        continue;
                    }

                    cells.Add(new NotebookCell(kind, kernel, source, line));
                    break;
                case var other:
                    Problem($"{pointer}/cell_type", $"cell {i + 1} is a {other ?? "cell without a type"} cell; only markdown and code cells have a .dib form");
                    break;
            }
        }

        if (problems.Count > 0) throw new IpynbFormatException(problems);
        return (new Notebook(path, kernelInfo, cells), metadata);
    }

    /// <summary>nbformat's source: one string or a list of strings; trimmed of blank lines at both ends as a .dib
    /// cell is, with \n line ends.</summary>
    private static string Source(JsonNode? node, string pointer, int index, Action<string, string> problem)
    {
        string text;
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var s):
                text = s;
                break;
            case JsonArray lines when lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)):
                text = string.Concat(lines.Select(l => (string)l!));
                break;
            default:
                problem(pointer, $"cell {index + 1}: \"source\" must be a string or a list of strings");
                return "";
        }

        var all = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int first = 0, last = all.Length - 1;
        while (first <= last && string.IsNullOrWhiteSpace(all[first])) first++;
        while (last >= first && string.IsNullOrWhiteSpace(all[last])) last--;
        return first > last ? "" : string.Join('\n', all[first..(last + 1)]);
    }

    private static KernelInfo OwnKernelInfo(JsonObject metadata, string path, JsonLocations locations, Action<string, string> problem)
    {
        if (metadata["polyglot_notebook"]?["kernelInfo"] is not JsonObject info) return KernelInfo.CSharpDefault;
        try
        {
            return KernelInfoJson.Parse(new JsonObject { ["kernelInfo"] = info.DeepClone() }.ToJsonString(), path, locations.Of("/metadata/polyglot_notebook/kernelInfo").Line);
        }
        catch (DibFormatException e)
        {
            problem("/metadata/polyglot_notebook/kernelInfo", e.Reason.Replace("#!meta cell", "metadata.polyglot_notebook", StringComparison.Ordinal));
            return KernelInfo.CSharpDefault;
        }
    }
}
