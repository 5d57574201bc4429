using System.ComponentModel;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Kernel.Display;

/// <summary>
/// The <c>display(value)</c> cells call. The stock one (<c>Kernel.display</c>, 1.0.0-beta.26120.1) publishes one
/// DisplayedValue and returns another, with another display id, so <c>display(x).Update(y)</c> sends an update for an
/// output no front end has: VS Code and Jupyter leave the first output as it was and Jupyter gets an orphan
/// update_display_data. This one returns the DisplayedValue it published, so an update replaces its output.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellDisplay
{
    /// <summary>Declared in a first, hidden submission: a script's own method comes before the
    /// <c>using static Microsoft.DotNet.Interactive.Kernel</c> the kernel helpers add, so cells call this one.</summary>
    internal const string Declaration =
        "static Microsoft.DotNet.Interactive.Formatting.DisplayedValue display(object value, params string[] mimeTypes) => " +
        "AnalysisHelpers.Kernel.Display.CellDisplay.Show(value, mimeTypes);";

    public static DisplayedValue Show(object value, params string[] mimeTypes) =>
        KernelInvocationContext.Current is { } context ? context.Display(value, mimeTypes) : value.Display(mimeTypes);

    internal static TKernel UseStableDisplayIds<TKernel>(this TKernel kernel) where TKernel : Microsoft.DotNet.Interactive.Kernel
    {
        kernel.DeferCommand(new SubmitCode(Declaration));
        return kernel;
    }
}
