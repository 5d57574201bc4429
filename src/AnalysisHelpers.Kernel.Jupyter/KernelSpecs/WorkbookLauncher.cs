using System.Runtime.InteropServices;

namespace AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

/// <summary>
/// The command that starts the built workbook: the .NET host and the workbook's dll (<c>dotnet workbook.dll</c>).
/// Not the apphost: an apphost finds the runtime only where it is installed globally or DOTNET_ROOT says, and Jupyter
/// starts kernels with whatever environment it has; the dotnet host that runs this process is known to work.
/// </summary>
public static class WorkbookLauncher
{
    public static IReadOnlyList<string> Argv(string workbookDll) => [DotnetHost(), Path.GetFullPath(workbookDll)];

    /// <summary>This process's dotnet host: itself when it is dotnet; <c>DOTNET_HOST_PATH</c> (set by the SDK for
    /// <c>dotnet run</c> and test runs); else the dotnet beside the running runtime (<c>ROOT/shared/Microsoft.NETCore.App/VERSION/</c>).</summary>
    public static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self).Equals(exe, StringComparison.OrdinalIgnoreCase)) return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent;
        if (root is not null && File.Exists(Path.Combine(root.FullName, exe))) return Path.Combine(root.FullName, exe);
        throw new InvalidOperationException($"cannot find the dotnet host of this runtime ({runtime.FullName}); run the workbook with dotnet");
    }
}
