using System.Diagnostics;
using AnalysisHelpers.Export;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Notebooks;

namespace Workbook.Notebooks;

internal sealed record NotebookBatchRequest(
    IReadOnlyList<string> Notebooks,
    string OutputDirectory,
    IReadOnlyDictionary<string, string> Parameters,
    TimeSpan CellTimeout,
    bool HideCode,
    bool ShowProgress);

/// <summary>Runs notebooks one after another and writes each one's executed .ipynb and .html. A failing notebook stops
/// at its failing cell, keeps what it produced so far, and does not stop the others.</summary>
internal static class NotebookBatch
{
    public static async Task<(bool AllSucceeded, IReadOnlyList<ExportedFile> Files)> RunAsync(NotebookBatchRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        DisplayFormatters.Register();
        var runner = new NotebookRunner(mimeProviders: [ChartMime.ToMimeBundle]);
        var files = new List<ExportedFile>();
        bool allSucceeded = true;
        Directory.CreateDirectory(request.OutputDirectory);

        foreach (var path in request.Notebooks)
        {
            cancel.ThrowIfCancellationRequested();
            var name = Path.GetFileNameWithoutExtension(path);
            var clock = Stopwatch.StartNew();
            var options = new NotebookRunOptions
            {
                CellTimeout = request.CellTimeout,
                Parameters = request.Parameters.ToDictionary(),
                Progress = request.ShowProgress
                    ? p => stderr.Write($"\r{name}: cell {p.CellNumber}/{p.CellCount}  {clock.Elapsed.TotalSeconds,6:0.0} s   ")
                    : null,
            };

            NotebookRunResult result;
            try
            {
                result = await runner.RunFileAsync(path, options, cancel);
            }
            catch (Exception e) when (e is DibFormatException or NotebookParameterException or IOException)
            {
                if (request.ShowProgress) stderr.WriteLine();
                stderr.WriteLine(e.Message);
                allSucceeded = false;
                continue;
            }
            if (request.ShowProgress) stderr.WriteLine();

            var ipynb = Path.Combine(request.OutputDirectory, name + ".ipynb");
            var html = Path.Combine(request.OutputDirectory, name + ".html");
            AtomicFile.WriteAllText(ipynb, IpynbWriter.Write(result));
            AtomicFile.WriteAllText(html, NotebookHtmlWriter.Write(result, request.HideCode, PlotlyJs.Source));
            files.Add(new ExportedFile(Path.GetFullPath(ipynb), name + ".ipynb", OutputKind.NotebookIpynb));
            files.Add(new ExportedFile(Path.GetFullPath(html), name + ".html", OutputKind.NotebookHtml));

            if (result.Succeeded)
            {
                stdout.WriteLine($"{name}: {result.Cells.Count(c => c.Status == CellRunStatus.Succeeded)} cells ran in {result.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                allSucceeded = false;
                stderr.WriteLine(Relative(result.Failure!.ToString()));
            }
        }
        return (allSucceeded, files);
    }

    private static string Relative(string message)
    {
        var cwd = Environment.CurrentDirectory + Path.DirectorySeparatorChar;
        return message.StartsWith(cwd, StringComparison.Ordinal) ? message[cwd.Length..] : message;
    }
}
