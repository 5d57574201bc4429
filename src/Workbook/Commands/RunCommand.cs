using System.CommandLine;
using Workbook.Commands.Values;
using Workbook.Progress;
using Workbook.Run;

namespace Workbook.Commands;

/// <summary><c>workbook run</c>: reruns notebooks headlessly into executed .ipynb and .html, then exports every chart
/// and the report. Exit code 1 when any notebook fails; the other notebooks still run. The options are parsed and
/// checked here, by System.CommandLine; what the run does is <see cref="RunPipeline"/>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = NotebookArguments.Many("Optional: notebooks to run (default: every .dib under notebooks/)");
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (default: reports)", HelpName = "DIR" };
        var parameters = ParametersOption.Create("Override a parameters-cell value (repeatable)");
        var timeout = TimeoutOption.Create("Per-cell timeout in seconds", RunOptions.DefaultCellTimeout);
        var noCode = new Option<bool>("--no-code") { Description = "Hide code cells in the HTML pages" };
        var formats = FormatsOption.Create("Chart formats to export, comma-separated (default: all; figure JSON is always written)");
        var noExport = new Option<bool>("--no-export") { Description = "Only run the notebooks; skip the chart and report export" };
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder for the export (default: data)", HelpName = "DIR" };
        var browser = new Option<FileInfo>("--browser") { Description = "Chromium, Chrome or Edge executable", HelpName = "PATH" };
        var force = new Option<bool>("--force") { Description = "Rerun even when nothing changed since the last successful run" };
        var command = new Command("run", "Rerun notebooks and export the charts and report.") { notebooks, output, parameters, timeout, noCode, formats, noExport, data, browser, force };

        command.SetAction((parse, cancel) =>
        {
            var options = new RunOptions(
                Notebooks: [.. (parse.GetValue(notebooks) ?? []).Select(f => f.FullName)],
                OutputDirectory: parse.GetValue(output)?.FullName,
                DataDirectory: parse.GetValue(data)?.FullName,
                Parameters: parse.GetValue(parameters),
                CellTimeout: parse.GetValue(timeout),
                HideCode: parse.GetValue(noCode),
                Formats: parse.GetValue(formats),
                NoExport: parse.GetValue(noExport),
                BrowserPath: parse.GetValue(browser)?.FullName,
                Force: parse.GetValue(force));
            return new RunPipeline(options, Console.Out, Console.Error, RunProgress.Choose(Console.Out)).RunAsync(cancel);
        });
        return command;
    }
}
