using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary><c>workbook kernel stdio</c> driven by the package's own client, <see cref="StdIoKernelConnector"/>, as
/// VS Code's Polyglot extension and <c>#!connect stdio</c> drive dotnet-interactive.</summary>
internal static class WorkbookStdio
{
    private static readonly string WorkbookDll = Path.Combine(AppContext.BaseDirectory, "workbook.dll");

    public static string[] Command(params string[] extra) => [DotnetHost(), WorkbookDll, "kernel", "stdio", .. extra];

    public static async Task<(StdIoKernelConnector Connector, ProxyKernel Kernel)> ConnectAsync(string workingDirectory, string[]? command = null)
    {
        Assert.True(File.Exists(WorkbookDll), $"{WorkbookDll} not found; the test project must reference src/Workbook");
        var connector = new StdIoKernelConnector(command ?? Command("--working-dir", workingDirectory), "workbook",
            KernelHost.CreateHostUri($"test-{Guid.NewGuid():N}"), new DirectoryInfo(workingDirectory));
        // The remote composite announces itself in KernelReady; cells go to its C# kernel, as the extension sends them.
        ProxyKernel root;
        try
        {
            root = await connector.CreateRootProxyKernelAsync();
        }
        catch (InvalidOperationException)
        {
            // StdIoKernelConnector (1.0.0-beta.26120.1) can see KernelReady before it has cached the kernel infos
            // it carries, and then finds no root; asked again, it reads the cache, by then filled.
            root = await connector.CreateRootProxyKernelAsync();
        }

        using var _ = root;
        var kernel = await connector.CreateProxyKernelAsync("csharp");
        return (connector, kernel);
    }

    public static Task<KernelCommandResult> SubmitAsync(this Microsoft.DotNet.Interactive.Kernel kernel, string code) =>
        kernel.SendAsync(new SubmitCode(code, "csharp"), TestContext.Current.CancellationToken);

    public static void AssertSucceeded(KernelCommandResult result, string what)
    {
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.True(failed is null, $"{what}: {failed?.Message}");
        Assert.IsType<CommandSucceeded>(result.Events[^1]);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
