using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisHelpers.Notebooks.Model;
using Microsoft.CodeAnalysis;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>Builds the located <see cref="CellFailure"/> and the matching error output for each way a cell can fail.
/// Positions the kernel reports are 0-based within the cell's code; failures are located in the .dib file.</summary>
internal static partial class FailureReports
{
    public sealed record Report(CellFailure Failure, ErrorOutput Output);

    /// <summary>A compiler or directive error as the kernel reports it.</summary>
    public sealed record KernelDiagnostic(int Line, int Column, string Code, string Message);

    public static Report UnsupportedKernel(string notebookPath, int number, NotebookCell cell, IEnumerable<string> kernels)
    {
        var message = $"kernel '{cell.KernelName}' is not supported by the runner (the workbook kernel has {string.Join(", ", kernels)}; markdown cells are shown as is)";
        return Simple(notebookPath, number, cell.StartLine, 1, CellFailureKind.UnsupportedKernel, "UnsupportedKernel", message);
    }

    /// <summary>The kernel's errors for the cell: every compiler error with its position when there are any, else
    /// the failure message, located at the directive it names or at the cell's first line.</summary>
    public static Report CommandFailed(string notebookPath, int number, NotebookCell cell, string message, IReadOnlyList<KernelDiagnostic> diagnostics)
    {
        var errors = diagnostics
            .Select(d => (Line: DibLine(cell, d.Line), Column: d.Column + 1, Text: d.Code.Length > 0 ? $"error {d.Code}: {d.Message}" : d.Message))
            .Distinct()
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        if (errors.Count > 0)
        {
            var kind = diagnostics.Any(d => d.Code.StartsWith("CS", StringComparison.Ordinal)) ? CellFailureKind.Compilation : CellFailureKind.Directive;
            var failure = new CellFailure(notebookPath, number, errors[0].Line, errors[0].Column, kind,
                string.Join('\n', errors.Select(e => errors.Count == 1 ? e.Text : $"({e.Line},{e.Column}): {e.Text}")));
            var output = new ErrorOutput(kind == CellFailureKind.Compilation ? "CompilationError" : "DirectiveError", string.Join('\n', errors.Select(e => e.Text)),
                errors.Select(e => $"{notebookPath}:{e.Line}:{e.Column}: {e.Text}").ToList());
            return new Report(failure, output);
        }

        var (name, text, trace) = SplitException(message);
        var (line, column) = LocateDirective(cell, text) ?? (cell.StartLine, 1);
        var isDirective = text.StartsWith("PackageManagement", StringComparison.Ordinal) || LocateDirective(cell, text) is not null;
        var summary = name is null ? text : $"{name}: {text}";
        var result = new CellFailure(notebookPath, number, line, column, isDirective ? CellFailureKind.Directive : CellFailureKind.Exception, summary);
        return new Report(result, new ErrorOutput(name ?? (isDirective ? "DirectiveError" : "Error"), text,
            [$"{notebookPath}:{line}:{column}: {summary}", .. trace]));
    }

    public static Report Timeout(string notebookPath, int number, NotebookCell cell, TimeSpan timeout, bool killed)
    {
        var message = $"cell {number} timed out after {Seconds(timeout)} s" + (killed ? "; the kernel did not stop and its process was ended" : "");
        return Simple(notebookPath, number, cell.StartLine, 1, CellFailureKind.Timeout, "CellTimeout", message);
    }

    public static Report KernelExited(string notebookPath, int number, NotebookCell cell, int? exitCode, string stderr)
    {
        var how = exitCode switch
        {
            null => "ended",
            > 128 and < 160 => $"was killed by signal {exitCode - 128}{(exitCode - 128 == 9 ? " (out of memory, or killed from outside)" : "")}",
            _ => $"exited with code {exitCode.Value.ToString(CultureInfo.InvariantCulture)}",
        };
        var why = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        var message = $"the kernel process {how} while cell {number} ran" + (why is null ? "" : $": {Shorten(why)}");
        return Simple(notebookPath, number, cell.StartLine, 1, CellFailureKind.KernelExited, "KernelExited", message);
    }

    public static Report OutputLimit(string notebookPath, int number, NotebookCell cell, long limit)
    {
        var message = $"cell {number} printed more than {limit / (1024 * 1024)} MB of output; its kernel process was ended";
        return Simple(notebookPath, number, cell.StartLine, 1, CellFailureKind.OutputLimit, "OutputLimit", message);
    }

    public static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds.ToString(timeout.TotalSeconds % 1 == 0 ? "0" : "0.###", CultureInfo.InvariantCulture);

    private static Report Simple(string path, int number, int line, int column, CellFailureKind kind, string name, string message)
    {
        var failure = new CellFailure(path, number, line, column, kind, message);
        return new Report(failure, new ErrorOutput(name, message, [$"{path}:{line}:{column}: {message}"]));
    }

    /// <summary>The injected-parameters cell has no line in the file: its errors point at the parameters cell.</summary>
    private static int DibLine(NotebookCell cell, int line) => cell.SourceCellNumber is null ? cell.StartLine + line : cell.StartLine;

    /// <summary>"System.IO.IOException: text\n   at ..." gives ("IOException", "text", frames); other messages have no name.</summary>
    private static (string? Name, string Text, IReadOnlyList<string> Trace) SplitException(string message)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n');
        var frameStart = Array.FindIndex(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        var head = string.Join('\n', frameStart < 0 ? lines : lines[..frameStart]).Trim();
        // Below the scripting engine's first frame everything is the kernel's own plumbing.
        var trace = frameStart < 0 ? [] : lines[frameStart..]
            .TakeWhile(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal))
            .Where(l => l.Trim().Length > 0).ToList();
        var match = ExceptionHead().Match(head);
        return match.Success ? (match.Groups["type"].Value.Split('.')[^1], match.Groups["text"].Value, trace) : (null, head, trace);
    }

    /// <summary>A failure that names a package is located at the <c>#r</c> line that asks for it.</summary>
    private static (int Line, int Column)? LocateDirective(NotebookCell cell, string message)
    {
        var lines = cell.SourceLines;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = NuGetReference().Match(lines[i]);
            if (match.Success && message.Contains(match.Groups["name"].Value.Trim(), StringComparison.OrdinalIgnoreCase))
                return (DibLine(cell, i), match.Index + 1);
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.]*(Exception|Error))(: (?<text>[\s\S]*))?$")]
    private static partial Regex ExceptionHead();

    [GeneratedRegex(@"#r\s+""nuget:\s*(?<name>[^,""]+)")]
    private static partial Regex NuGetReference();
}
