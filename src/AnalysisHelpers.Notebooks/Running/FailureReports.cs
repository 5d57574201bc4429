using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AnalysisHelpers.Notebooks;

/// <summary>Builds the located <see cref="CellFailure"/> and the matching error output for each way a cell can fail.</summary>
internal static class FailureReports
{
    public sealed record Report(CellFailure Failure, ErrorOutput Output);

    public static Report UnsupportedKernel(string notebookPath, int number, NotebookCell cell)
    {
        var message = $"kernel '{cell.KernelName}' is not supported by the runner (it runs csharp cells; markdown cells are shown as is)";
        return Simple(notebookPath, number, cell.StartLine, 1, CellFailureKind.UnsupportedKernel, "UnsupportedKernel", message);
    }

    /// <summary>All problems of the cell's directives; the failure is located at the first.</summary>
    public static Report Directives(string notebookPath, PreparedCell cell, IReadOnlyList<CellProblem> problems)
    {
        var located = problems
            .Select(problem => (Line: cell.Cell.StartLine + problem.Line, Column: problem.Column + 1, problem.Message))
            .ToList();
        var failure = new CellFailure(notebookPath, cell.Number, located[0].Line, located[0].Column, CellFailureKind.Directive,
            string.Join('\n', located.Select(p => p.Message)));
        var output = new ErrorOutput("DirectiveError", failure.Message,
            located.Select(p => $"{notebookPath}:{p.Line}:{p.Column}: {p.Message}").ToList());
        return new Report(failure, output);
    }

    /// <summary>Every compiler error, each with its .dib position; the failure is located at the first.</summary>
    public static Report Compilation(ScriptSourceMap map, PreparedCell cell, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                var (line, column) = map.TryMap(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, out var l, out var c, out _)
                    ? (l, c)
                    : (cell.Cell.StartLine, 1);
                return (Line: line, Column: column, Text: $"error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            })
            .OrderBy(error => error.Line).ThenBy(error => error.Column)
            .ToList();
        if (errors.Count == 0) throw new ArgumentException("a compilation failure needs at least one error", nameof(diagnostics));

        var failure = new CellFailure(map.NotebookPath, cell.Number, errors[0].Line, errors[0].Column, CellFailureKind.Compilation,
            string.Join('\n', errors.Select(e => errors.Count == 1 ? e.Text : $"({e.Line},{e.Column}): {e.Text}")));
        var output = new ErrorOutput("CompilationError", string.Join('\n', errors.Select(e => e.Text)),
            errors.Select(e => $"{map.NotebookPath}:{e.Line}:{e.Column}: {e.Text}").ToList());
        return new Report(failure, output);
    }

    /// <summary>An exception thrown by the cell, located at the innermost stack frame in notebook code.</summary>
    public static Report Exception(ScriptSourceMap map, PreparedCell cell, Exception exception)
    {
        var (line, column) = Locate(map, cell, exception);
        var message = $"{exception.GetType().Name}: {exception.Message}";
        var failure = new CellFailure(map.NotebookPath, cell.Number, line, column, CellFailureKind.Exception, message);
        return new Report(failure, new ErrorOutput(exception.GetType().Name, exception.Message, Traceback(map, exception)));
    }

    /// <summary>The cell ran past its deadline; located where it was stopped, if it stopped in notebook code.</summary>
    public static Report Timeout(ScriptSourceMap map, PreparedCell cell, TimeSpan timeout, Exception? exception, bool abandoned)
    {
        var (line, column) = exception is null ? (cell.Cell.StartLine, 1) : Locate(map, cell, exception);
        var message = $"cell {cell.Number} timed out after {CellTimeoutException.Seconds(timeout)} s" +
                      (abandoned ? " and did not stop; its thread was abandoned" : "");
        var failure = new CellFailure(map.NotebookPath, cell.Number, line, column, CellFailureKind.Timeout, message);
        var traceback = exception is null ? [$"{map.NotebookPath}:{line}:{column}: {message}"] : Traceback(map, exception);
        return new Report(failure, new ErrorOutput("CellTimeout", message, traceback));
    }

    private static Report Simple(string path, int number, int line, int column, CellFailureKind kind, string name, string message)
    {
        var failure = new CellFailure(path, number, line, column, kind, message);
        return new Report(failure, new ErrorOutput(name, message, [$"{path}:{line}:{column}: {message}"]));
    }

    private static (int Line, int Column) Locate(ScriptSourceMap map, PreparedCell cell, Exception exception)
    {
        foreach (var frame in Frames(exception))
        {
            if (frame.GetFileLineNumber() > 0
                && map.TryMap(frame.GetFileName(), frame.GetFileLineNumber() - 1, Math.Max(0, frame.GetFileColumnNumber() - 1), out var line, out var column, out _))
            {
                return (line, column);
            }
        }

        return (cell.Cell.StartLine, 1);
    }

    /// <summary>Frames of the exception and, innermost first, of its inner exceptions.</summary>
    private static IEnumerable<StackFrame> Frames(Exception exception)
    {
        var chain = new List<Exception>();
        for (var current = exception; current is not null; current = current.InnerException) chain.Add(current);
        chain.Reverse();
        return chain.SelectMany(e => new StackTrace(e, fNeedFileInfo: true).GetFrames());
    }

    private static List<string> Traceback(ScriptSourceMap map, Exception exception)
    {
        var lines = new List<string>();
        var depth = 0;
        for (var current = exception; current is not null; current = current.InnerException, depth++)
        {
            lines.Add($"{(depth == 0 ? "" : " ---> ")}{current.GetType().FullName}: {current.Message}");
            foreach (var frame in new StackTrace(current, fNeedFileInfo: true).GetFrames())
            {
                var method = frame.GetMethod();
                // Below the first frame of the scripting engine everything is the runner's own plumbing.
                if (method?.DeclaringType?.Namespace?.StartsWith("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) == true) break;
                lines.Add(FormatFrame(map, frame, method));
            }
        }

        return lines;
    }

    private static string FormatFrame(ScriptSourceMap map, StackFrame frame, MethodBase? method)
    {
        var name = method is null ? "<unknown>" : $"{method.DeclaringType?.FullName}.{method.Name}";
        if (frame.GetFileLineNumber() > 0
            && map.TryMap(frame.GetFileName(), frame.GetFileLineNumber() - 1, Math.Max(0, frame.GetFileColumnNumber() - 1), out var line, out _, out var cellNumber))
        {
            // Top-level cell code compiles to a state machine named after the submission; name the cell instead.
            var where = method is null || method.Name == "MoveNext" || method.Name.StartsWith('<') ? $"cell {cellNumber}" : method.Name;
            return $"   at {where} in {map.NotebookPath}:line {line}";
        }

        return $"   at {name}";
    }
}
