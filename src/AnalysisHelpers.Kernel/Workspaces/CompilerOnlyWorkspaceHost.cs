using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Formatting;
using Microsoft.CodeAnalysis.Host.Mef;

namespace AnalysisHelpers.Kernel.Workspaces;

/// <summary>
/// Roslyn's default workspace host composed from the workspace layer alone (Microsoft.CodeAnalysis.Workspaces and
/// Microsoft.CodeAnalysis.CSharp.Workspaces), for a process whose kernels answer no completion, hover or signature-help
/// request: the runner's kernel processes (<c>workbook kernel stdio --no-language-services</c>).
/// </summary>
/// <remarks>
/// <para>Why: every stock C# kernel keeps a Roslyn workspace for the editor's requests, built on
/// <see cref="MefHostServices.DefaultHost"/>, which also composes the Features layers (completion, quick info,
/// signature help, refactorings: thousands of MEF parts, found by reflection over every type). In a kernel process
/// that was half a second of CPU before KernelReady and a quarter of a second more in its first submission, all on the
/// runner's critical path (bench/README.md, "2026-12-04, later: runner kernels without language services"). The kernel
/// still updates its workspace after every submission and answers RequestDiagnostics from it; the workspace layer
/// serves both.</para>
/// <para>How: the default host of the pinned Roslyn (5.0.0, through Microsoft.DotNet.Interactive.CSharp) is a
/// static that its getter fills on first use; its backing field is set before the process builds its first workspace.
/// The host is process-wide, so a process that installs it can build no kernel with language services
/// (<see cref="WorkbookKernel"/> refuses). When a package change removes the field, the process keeps the full host
/// and only the saving is lost (<c>StdioNoLanguageServicesTests</c> fails first).</para>
/// </remarks>
internal static class CompilerOnlyWorkspaceHost
{
    private static readonly FieldInfo? DefaultHostField =
        typeof(MefHostServices).GetField("<DefaultHost>k__BackingField", BindingFlags.Static | BindingFlags.NonPublic);

    private static readonly Lock Gate = new();
    private static MefHostServices? InstalledHost;

    /// <summary>Whether this build of Roslyn has what installing needs.</summary>
    internal static bool Supported => DefaultHostField?.FieldType == typeof(MefHostServices);

    /// <summary>Whether the process's default host is the compiler-only one.</summary>
    public static bool Installed
    {
        get
        {
            lock (Gate) return InstalledHost is not null && ReferenceEquals(DefaultHostField?.GetValue(null), InstalledHost);
        }
    }

    /// <summary>Makes the compiler-only host the process's default, unless the process has already built its default
    /// host (a workspace exists), which then stays.</summary>
    public static void Install()
    {
        if (!Supported) return;
        lock (Gate)
        {
            if (DefaultHostField!.GetValue(null) is not null) return;
            var host = MefHostServices.Create([typeof(Workspace).Assembly, typeof(CSharpFormattingOptions).Assembly]);
            DefaultHostField.SetValue(null, host);
            InstalledHost = host;
        }
    }
}
