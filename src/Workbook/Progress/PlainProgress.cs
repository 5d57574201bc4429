namespace Workbook.Progress;

/// <summary>Progress as plain lines, for CI logs and redirected output: one line as each notebook starts (each ends with
/// its own "N cells ran" or failure line), so a log shows which notebook a stopped run was in. The per-cell, browser and
/// export events are not printed: they arrive from other threads at times that vary from run to run, and a log (and the
/// tests that read it) should read the same every time; the export's own summary line follows the notebooks'.</summary>
internal sealed class PlainProgress(TextWriter stdout) : RunProgress
{
    public override void NotebookStarted(string name, int number, int count, int cells) =>
        stdout.WriteLine($"running {name} (notebook {number} of {count}, {cells} {(cells == 1 ? "cell" : "cells")})");
}
