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
}
