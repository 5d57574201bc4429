namespace AnalysisHelpers.Kernel;

/// <summary>How <see cref="WorkbookKernel.Create"/> builds a kernel.</summary>
public sealed record WorkbookKernelOptions
{
    /// <summary>
    /// Whether the first chart a kernel shows carries plotly.js inside its <c>text/html</c>, so that a front end which
    /// draws only HTML (a notebook webview, a Jupyter page) can draw every chart offline. Hosts that put plotly.js on
    /// their own pages (the runner's HTML writer) turn it off.
    /// </summary>
    public bool EmbedPlotlyJs { get; init; } = true;

    /// <summary>Packages <c>#r "nuget: ..."</c> resolves from the running application, without a restore; defaults
    /// to the application's own dependencies (<see cref="ShippedPackages.Default"/>).</summary>
    public ShippedPackages? Packages { get; init; }

    /// <summary>
    /// Whether the kernel answers completion, hover and signature-help requests (an editor's). Off for the runner's
    /// kernel processes, which ask for none: the process's Roslyn workspaces are then built with the workspace layer
    /// alone (<see cref="Workspaces.CompilerOnlyWorkspaceHost"/>, 0.4 to 0.8 s less CPU per process, bench/README.md) and those
    /// requests fail with a message saying why. Cells run and diagnostics are reported exactly as with them. The choice
    /// is the process's: once a kernel is built without them, none can be built with them.
    /// </summary>
    public bool LanguageServices { get; init; } = true;
}
