namespace AnalysisHelpers.Notebooks.Running;

/// <summary>What made a notebook stop.</summary>
public enum CellFailureKind
{
    /// <summary>The cell is for a kernel the workbook kernel does not have.</summary>
    UnsupportedKernel,

    /// <summary>A directive is unsupported or malformed, or a referenced package or assembly is unavailable.</summary>
    Directive,

    /// <summary>The C# code does not compile.</summary>
    Compilation,

    /// <summary>The code threw an exception, or the kernel reported another failure.</summary>
    Exception,

    /// <summary>The cell ran past its time limit.</summary>
    Timeout,

    /// <summary>The kernel process ended while the cell ran (Environment.Exit, a stack overflow, killed for memory).</summary>
    KernelExited,

    /// <summary>The notebook printed more than the runner accepts.</summary>
    OutputLimit,

    /// <summary>A file outside the allowed folders changed while the cell ran (see <see cref="WriteGuard"/>).</summary>
    WroteOutsideOutput,
}

/// <summary>The failure of one cell, located in the .dib file.</summary>
/// <param name="NotebookPath">The notebook file.</param>
/// <param name="CellNumber">1-based number of the cell among all cells (markdown included).</param>
/// <param name="Line">1-based line in the notebook file.</param>
/// <param name="Column">1-based column in that line.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">The complete message (all compiler errors, or the exception type and message).</param>
public sealed record CellFailure(string NotebookPath, int CellNumber, int Line, int Column, CellFailureKind Kind, string Message)
{
    public override string ToString() => $"{NotebookPath}:{Line}:{Column}: cell {CellNumber}: {Message}";
}
