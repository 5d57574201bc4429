using System.ComponentModel;
using Microsoft.DotNet.Interactive.Commands;

namespace AnalysisHelpers.Kernel;

/// <summary>
/// Lets Cancel stop a running cell. The stock C# kernel answers Cancel at once but leaves the cell's thread running,
/// and the next cell then waits behind it forever: a <c>while (true) {}</c> cancelled in VS Code would leave the kernel
/// dead. The workbook kernel adds a call to <see cref="Check"/> to every loop of a cell before it runs (see
/// <see cref="CancellationPoints"/>), so a cancelled loop throws and the kernel goes on.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellCancellation
{
    private static volatile bool Cancelled;

    /// <summary>Throws when the running cell has been cancelled. One memory read while it has not.</summary>
    public static void Check()
    {
        if (Cancelled) throw new OperationCanceledException("the cell was cancelled");
    }

    private static volatile bool ResetOnSubmit;
    private static KernelCommand? CancelOnArrival;

    /// <summary>
    /// Cancels <paramref name="submit"/> even if it has not begun. The stock Cancel fails a cell that is still queued
    /// (behind the kernel's deferred commands, say) at once, but the kernel runs it later all the same; a loop in it
    /// would then block every later cell. A door that sent the cell calls this with its Cancel.
    /// </summary>
    public static void CancelBeforeStart(KernelCommand submit) => Volatile.Write(ref CancelOnArrival, submit);

    /// <summary>A cell reached the composite kernel: earlier cancellations no longer apply, unless they were made
    /// for this very cell before it began (<see cref="CancelBeforeStart"/>).</summary>
    internal static void Submitted(KernelCommand submit)
    {
        Cancelled = ReferenceEquals(Interlocked.Exchange(ref CancelOnArrival, null), submit);
        ResetOnSubmit = true;
    }

    /// <summary>The C# kernel starts a cell. Behind the composite (<see cref="Submitted"/>) the composite decided;
    /// a C# kernel used on its own resets here.</summary>
    internal static void Start()
    {
        if (!ResetOnSubmit) Cancelled = false;
    }

    internal static void Cancel() => Cancelled = true;
}
