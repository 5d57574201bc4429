using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>
/// Writes Jupyter notebooks (nbformat 4.5) as VS Code's Polyglot Notebooks extension would for a C# notebook.
/// The output is deterministic: the same notebook and results always give the same bytes (run times are not written).
/// </summary>
/// <remarks>Not Microsoft.DotNet.Interactive.Documents' <c>Notebook.Write</c>: the executed notebook must be
/// deterministic (stable cell ids, no run times) and carry what the runner records (papermill's parameters and tags,
/// error tracebacks located in the .dib), which that writer does not produce.</remarks>
public static class IpynbWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>An executed notebook: execution counts and outputs of every cell.</summary>
    /// <exception cref="InvalidOperationException">An output of a JSON mime type does not hold valid JSON.</exception>
    public static string Write(NotebookRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(result.Notebook, index => (result.Cells[index].ExecutionCount, result.Cells[index].Outputs), result.Parameters,
            IpynbKernelSpec.PolyglotCSharp, null);
    }

    /// <summary>The notebook converted without running it: code cells have no outputs and no execution count.</summary>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return Write(notebook, _ => (null, []), [], IpynbKernelSpec.PolyglotCSharp, null);
    }

    /// <summary>The notebook without outputs for the Jupyter kernel <paramref name="kernelSpec"/> names, with
    /// <paramref name="extraMetadata"/> added to the notebook's metadata (e.g. how it was paired).</summary>
    public static string Write(Notebook notebook, IpynbKernelSpec kernelSpec, JsonObject? extraMetadata)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(kernelSpec);
        return Write(notebook, _ => (null, []), [], kernelSpec, extraMetadata);
    }

    private static string Write(Notebook notebook, Func<int, (int? ExecutionCount, IReadOnlyList<CellOutput> Outputs)> execution,
        IReadOnlyList<KeyValuePair<string, object>> parameters, IpynbKernelSpec kernelSpec, JsonObject? extraMetadata)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("cells");
            for (var i = 0; i < notebook.Cells.Count; i++)
            {
                var (count, outputs) = execution(i);
                WriteCell(json, notebook, i, count, outputs);
            }

            json.WriteEndArray();
            WriteNotebookMetadata(json, notebook.KernelInfo, parameters, kernelSpec, extraMetadata);
            json.WriteNumber("nbformat", 4);
            json.WriteNumber("nbformat_minor", 5);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Cell ids are derived from the notebook name and cell index, so re-running a notebook keeps them.</summary>
    internal static string CellId(string notebookName, int index)
    {
        var suffix = $"-{index + 1}";
        var slug = new string(notebookName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        if (slug.Length == 0) slug = "cell";
        return slug[..Math.Min(slug.Length, 64 - suffix.Length)] + suffix;
    }

    private static void WriteCell(Utf8JsonWriter json, Notebook notebook, int index, int? executionCount, IReadOnlyList<CellOutput> outputs)
    {
        var cell = notebook.Cells[index];
        json.WriteStartObject();
        if (cell.Kind == CellKind.Markdown)
        {
            json.WriteString("cell_type", "markdown");
            json.WriteString("id", CellId(notebook.Name, index));
            WriteTagsOnly(json, cell);
        }
        else
        {
            var language = cell.Kind == CellKind.CSharp ? "csharp" : CanonicalKernelName(notebook.KernelInfo, cell.KernelName);
            json.WriteString("cell_type", "code");
            if (executionCount is { } count) json.WriteNumber("execution_count", count);
            else json.WriteNull("execution_count");
            json.WriteString("id", CellId(notebook.Name, index));
            json.WriteStartObject("metadata");
            json.WriteStartObject("dotnet_interactive");
            json.WriteString("language", language);
            json.WriteEndObject();
            json.WriteStartObject("polyglot_notebook");
            json.WriteString("kernelName", language);
            json.WriteEndObject();
            WriteTags(json, cell);
            json.WriteEndObject();
            json.WriteStartArray("outputs");
            foreach (var output in outputs) WriteOutput(json, output, notebook.Path, index);
            json.WriteEndArray();
        }

        json.WritePropertyName("source");
        WriteLines(json, cell.Source);
        json.WriteEndObject();
    }

    private static void WriteTagsOnly(Utf8JsonWriter json, NotebookCell cell)
    {
        json.WriteStartObject("metadata");
        WriteTags(json, cell);
        json.WriteEndObject();
    }

    /// <summary>Jupyter's cell tags, e.g. papermill's <c>injected-parameters</c>.</summary>
    private static void WriteTags(Utf8JsonWriter json, NotebookCell cell)
    {
        if (cell.Tags.Count == 0) return;
        json.WriteStartArray("tags");
        foreach (var tag in cell.Tags) json.WriteStringValue(tag);
        json.WriteEndArray();
    }

    /// <summary>Editors record a kernel by its name, not by the alias a .dib cell may use (<c>f#</c> is <c>fsharp</c>).</summary>
    private static string CanonicalKernelName(KernelInfo kernelInfo, string kernelName) =>
        kernelInfo.Items.FirstOrDefault(item => item.Aliases.Contains(kernelName, StringComparer.OrdinalIgnoreCase))?.Name ?? kernelName;

    private static void WriteOutput(Utf8JsonWriter json, CellOutput output, string notebookPath, int index)
    {
        json.WriteStartObject();
        switch (output)
        {
            case DisplayDataOutput display:
                WriteData(json, display.Data, notebookPath, index);
                json.WriteStartObject("metadata");
                json.WriteEndObject();
                json.WriteString("output_type", "display_data");
                break;
            case ExecuteResultOutput result:
                WriteData(json, result.Data, notebookPath, index);
                json.WriteNumber("execution_count", result.ExecutionCount);
                json.WriteStartObject("metadata");
                json.WriteEndObject();
                json.WriteString("output_type", "execute_result");
                break;
            case StreamOutput stream:
                json.WriteString("name", stream.Name);
                json.WriteString("output_type", "stream");
                json.WritePropertyName("text");
                WriteLines(json, stream.Text);
                break;
            case ErrorOutput error:
                json.WriteString("ename", error.EName);
                json.WriteString("evalue", error.EValue);
                json.WriteString("output_type", "error");
                json.WriteStartArray("traceback");
                foreach (var line in error.Traceback) json.WriteStringValue(line);
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"unknown output type {output.GetType().Name}", nameof(output));
        }

        json.WriteEndObject();
    }

    /// <summary>Text mime types as lists of lines; JSON mime types embedded as JSON, as Jupyter stores them.</summary>
    private static void WriteData(Utf8JsonWriter json, IReadOnlyDictionary<string, string> data, string notebookPath, int index)
    {
        json.WriteStartObject("data");
        foreach (var (mime, content) in data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(mime);
            if (IsJsonMime(mime))
            {
                try
                {
                    using var document = JsonDocument.Parse(content);
                    document.RootElement.WriteTo(json);
                }
                catch (JsonException e)
                {
                    throw new InvalidOperationException($"{notebookPath}: cell {index + 1}: output {mime} is not valid JSON: {e.Message}", e);
                }
            }
            else
            {
                WriteLines(json, content);
            }
        }

        json.WriteEndObject();
    }

    private static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>nbformat's multiline string: every line keeps its "\n" except the last.</summary>
    private static void WriteLines(Utf8JsonWriter json, string text)
    {
        json.WriteStartArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            json.WriteStringValue(text[start..next]);
            start = next;
        }

        json.WriteEndArray();
    }

    private static void WriteNotebookMetadata(Utf8JsonWriter json, KernelInfo kernelInfo, IReadOnlyList<KeyValuePair<string, object>> parameters,
        IpynbKernelSpec kernelSpec, JsonObject? extraMetadata)
    {
        json.WriteStartObject("metadata");
        if (parameters.Count > 0)
        {
            // Where papermill records the values it injected.
            json.WriteStartObject("papermill");
            json.WriteStartObject("parameters");
            foreach (var (name, value) in parameters)
            {
                switch (value)
                {
                    case bool b: json.WriteBoolean(name, b); break;
                    case int i: json.WriteNumber(name, i); break;
                    case double d: json.WriteNumber(name, d); break;
                    default: json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartObject("kernelspec");
        json.WriteString("display_name", kernelSpec.DisplayName);
        json.WriteString("language", kernelSpec.Language);
        json.WriteString("name", kernelSpec.Name);
        json.WriteEndObject();
        json.WriteStartObject("language_info");
        json.WriteString("file_extension", ".cs");
        json.WriteString("mimetype", "text/x-csharp");
        json.WriteString("name", "csharp");
        json.WriteString("pygments_lexer", "csharp");
        json.WriteEndObject();
        json.WriteStartObject("polyglot_notebook");
        json.WritePropertyName("kernelInfo");
        using (var kernelInfoJson = JsonDocument.Parse(KernelInfoJson.Serialize(kernelInfo)))
        {
            kernelInfoJson.RootElement.GetProperty("kernelInfo").WriteTo(json);
        }

        json.WriteEndObject();
        foreach (var (name, value) in extraMetadata ?? [])
        {
            json.WritePropertyName(name);
            if (value is null) json.WriteNullValue();
            else value.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
