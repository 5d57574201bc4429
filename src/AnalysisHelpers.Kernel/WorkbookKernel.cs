using AnalysisHelpers.Kernel.Compilation;
using AnalysisHelpers.Kernel.Display;
using AnalysisHelpers.Kernel.Packages;
using AnalysisHelpers.Kernel.Workspaces;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Kernel;

/// <summary>
/// The workbook's engine: the .NET Interactive C# kernel, built as <c>dotnet-interactive</c> builds it, in a process
/// whose dependencies are the workbook's (FSharp.Core 10.1, Plotly.NET 6, Microsoft.Data.Analysis, the library).
/// </summary>
/// <remarks>
/// Every door uses this one factory: <c>workbook kernel stdio</c> (VS Code's Polyglot extension, the runner) and the
/// Jupyter door. A door talks to the kernel only through the Microsoft.DotNet.Interactive <see cref="Kernel"/> API:
/// <c>SendAsync</c> with <c>SubmitCode</c>, <c>RequestCompletions</c>, <c>RequestHoverText</c>,
/// <c>RequestSignatureHelp</c>, <c>RequestDiagnostics</c>, <c>Cancel</c>, ..., and <c>KernelEvents</c> for what comes
/// back. The returned <see cref="CompositeKernel"/> has one child, <c>csharp</c> (aliases <c>c#</c>, <c>C#</c>), which
/// is its default kernel. Differences from the stock C# kernel are deliberate and few:
/// <list type="bullet">
/// <item>packages the workbook ships resolve for <c>#r "nuget: Name, Version"</c> from the running application, with
/// no restore (any other package restores as in the stock kernel);</item>
/// <item>Cancel stops a running loop (each loop of a cell checks <see cref="CellCancellation"/>), so the kernel keeps
/// working after it; the stock kernel answers Cancel but leaves the loop running and every later cell waiting;</item>
/// <item><c>display(x)</c> returns the displayed value it published, so <c>.Update(y)</c> replaces that output
/// (<see cref="Display.CellDisplay"/>);</item>
/// <item>a kernel built without language services (<see cref="WorkbookKernelOptions.LanguageServices"/>, the
/// runner's) refuses completion, hover and signature-help requests, and its process composes a smaller Roslyn
/// workspace host;</item>
/// <item>the library's display formatters (<c>DisplayFormatters</c>) are registered up front, and charts show as
/// <c>application/vnd.plotly.v1+json</c> plus <c>text/html</c> that needs no network.</item>
/// </list>
/// The default usings are the stock kernel's: System, System.Text, System.Collections, System.Collections.Generic,
/// System.Threading.Tasks, System.Linq. Formatter registrations are process-wide, as in the stock tool: host one kernel
/// per process at a time (a new <see cref="Create"/> after disposing the previous kernel is fine).
/// </remarks>
public static class WorkbookKernel
{
    /// <summary>Name of the C# kernel inside the composite.</summary>
    public const string CSharpKernelName = "csharp";

    public static CompositeKernel Create(WorkbookKernelOptions options) => Create(options, startChartSession: true);

    /// <summary>
    /// The next chart carries plotly.js again, for a front end that has just (re)connected: a reloaded page shows the
    /// notebook as last saved, which may lack the output that carried plotly.js (or, untrusted, not run its script),
    /// so without it the next chart would find no Plotly on the page.
    /// </summary>
    public static void FrontEndConnected() => WorkbookDisplay.ResendScript();

    /// <param name="options">How to build it.</param>
    /// <param name="startChartSession">False for a kernel built while another one serves (the stdio door's spare):
    /// the serving kernel's charts keep their session, and the spare's starts when it is handed out.</param>
    /// <exception cref="InvalidOperationException">A kernel with language services is asked for in a process that has
    /// built one without them.</exception>
    internal static CompositeKernel Create(WorkbookKernelOptions options, bool startChartSession)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.LanguageServices) CompilerOnlyWorkspaceHost.Install();
        else if (CompilerOnlyWorkspaceHost.Installed)
        {
            throw new InvalidOperationException(
                "this process has built a kernel without language services (its Roslyn workspace host has no completion, hover or signature help), so it cannot build one with them");
        }

        // As dotnet-interactive does for its browser-based front ends: HTML where a type has no preference, strings as text.
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        WorkbookDisplay.Register();
        if (startChartSession) WorkbookDisplay.NewSession(options.EmbedPlotlyJs);

        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        csharp.UseStableDisplayIds();
        csharp.UseWorkbookPackages(options.Packages ?? ShippedPackages.Default);
        csharp.UseCancellationPoints();
        csharp.UseSharedMetadata();
        if (!options.LanguageServices) csharp.UseLanguageServiceRefusal();

        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = CSharpKernelName;
        composite.UseImportMagicCommand();
        composite.UseCellCancellation();
        return composite;
    }
}
