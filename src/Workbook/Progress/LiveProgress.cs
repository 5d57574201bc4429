using System.Text;
using Spectre.Console;

namespace Workbook.Progress;

/// <summary>Spectre.Console's live progress on the terminal's standard error: the notebooks (n of N), the cells of the
/// one running, the browser's start and the chart and report export, each with its elapsed time. The command's messages
/// go through <see cref="Messages"/>, which prints them above the display instead of under a redraw.</summary>
internal sealed class LiveProgress : RunProgress
{
    // The display writes its cursor moves and colours on the raw stream: Console.Error escapes control characters
    // (TerminalWriter), which would print them as text. What it prints for the command is escaped in LineWriter.
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true }),
    });

    private readonly Lock _lock = new();
    private ProgressContext? _context;
    private ProgressTask? _notebooks, _cells, _browser, _export;
    private bool _browserStarting, _exportStarted;

    public LiveProgress()
    {
        try
        {
            // A pseudo-terminal may report a width of 0 (`script`, some CI runners); Spectre refuses that, so its
            // default width stays.
            if (Console.WindowWidth is > 0 and var width) _console.Profile.Width = width;
        }
        catch (IOException)
        {
            // No window size to read: Spectre's default width.
        }
    }

    public override Task<T> ShowWhileAsync<T>(Func<Task<T>> work) =>
        _console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                lock (_lock)
                {
                    _context = context;
                    // Events that came before the display (the browser starts before the data is checked) are shown now.
                    if (_browserStarting) _browser = Indeterminate("browser: starting");
                    if (_exportStarted) _export = Indeterminate("charts and report: exporting");
                }
                try
                {
                    return await work();
                }
                finally
                {
                    lock (_lock) _context = null;
                }
            });

    public override TextWriter Messages(TextWriter writer) => new LineWriter(_console, writer);

    public override void NotebookStarted(string name, int number, int count, int cells)
    {
        lock (_lock)
        {
            if (_context is null) return;
            var description = $"notebooks: {number} of {count}";
            _notebooks ??= _context.AddTaskAt(description, 0, maxValue: count);
            _notebooks.Description = description;
            _cells?.StopTask();
            if (_cells is not null) _context.RemoveTask(_cells);
            _cells = _context.AddTaskAfter(CellText(name, 0, cells), _notebooks, autoStart: true, maxValue: Math.Max(cells, 1));
        }
    }

    public override void CellDone(string name, int cell, int cells)
    {
        lock (_lock)
        {
            if (_cells is null) return;
            _cells.MaxValue = Math.Max(cells, 1);
            _cells.Value = cell;
            _cells.Description = CellText(name, cell, cells);
        }
    }

    public override void NotebookFinished(string name, int number, int count)
    {
        lock (_lock)
        {
            if (_notebooks is null) return;
            _notebooks.Value = number;
            _cells?.StopTask();
        }
    }

    public override void BrowserStarting()
    {
        lock (_lock)
        {
            _browserStarting = true;
            if (_context is not null) _browser ??= Indeterminate("browser: starting");
        }
    }

    public override void BrowserDone(bool started)
    {
        lock (_lock)
        {
            _browserStarting = false;
            Finish(_browser, started ? "browser: ready" : "browser: not started");
        }
    }

    public override void ExportStarted()
    {
        lock (_lock)
        {
            _exportStarted = true;
            if (_context is not null) _export ??= Indeterminate("charts and report: exporting");
        }
    }

    public override void ChartDrawn(int done, int total)
    {
        lock (_lock)
        {
            if (_export is null) return;
            _export.IsIndeterminate = false;
            _export.MaxValue = total;
            _export.Value = done;
            _export.Description = Markup.Escape($"charts: {done} of {total} drawn");
        }
    }

    public override void ReportStarted()
    {
        lock (_lock)
        {
            if (_export is null) return;
            _export.IsIndeterminate = true;
            _export.Description = Markup.Escape("report: writing");
        }
    }

    public override void ExportDone()
    {
        lock (_lock)
        {
            _exportStarted = false;
            Finish(_export, "charts and report: done");
        }
    }

    private ProgressTask Indeterminate(string description)
    {
        var task = _context!.AddTask(Markup.Escape(description), maxValue: 1);
        task.IsIndeterminate = true;
        return task;
    }

    private static void Finish(ProgressTask? task, string description)
    {
        if (task is null) return;
        task.Description = Markup.Escape(description);
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

    // Markup.Escape keeps a notebook called "[red]x" from being read as markup; TerminalText.Escape its control characters.
    private static string CellText(string name, int cell, int cells) =>
        Markup.Escape(TerminalText.Escape($"{name}: cell {cell} of {cells}"));

    /// <summary>Whole lines through the display's console (escaped for the terminal), so they appear above it.</summary>
    private sealed class LineWriter(IAnsiConsole console, TextWriter inner) : TextWriter
    {
        private readonly StringBuilder _line = new();
        private readonly Lock _lock = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            lock (_lock)
            {
                if (value == '\n') Emit();
                else if (value != '\r') _line.Append(value);
            }
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            lock (_lock)
                foreach (var c in value)
                {
                    if (c == '\n') Emit();
                    else if (c != '\r') _line.Append(c);
                }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value)
        {
            lock (_lock)
            {
                Write(value);
                Emit();
            }
        }

        public override void WriteLine() => Write('\n');

        public override void Flush()
        {
            lock (_lock)
                if (_line.Length > 0) Emit();
        }

        private void Emit()
        {
            console.Write(new Text(TerminalText.Escape(_line.ToString())));
            console.WriteLine();
            _line.Clear();
        }
    }
}
