using System.ComponentModel;

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
    private static volatile bool cancelled;

    /// <summary>Throws when the running cell has been cancelled. One memory read while it has not.</summary>
    public static void Check()
    {
        if (cancelled) throw new OperationCanceledException("the cell was cancelled");
    }

    /// <summary>A new cell starts: earlier cancellations no longer apply.</summary>
    internal static void Start() => cancelled = false;

    internal static void Cancel() => cancelled = true;
}
