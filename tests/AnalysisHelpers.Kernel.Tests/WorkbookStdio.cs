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
        using var _ = await RootProxyKernelAsync(connector);
        var kernel = await connector.CreateProxyKernelAsync("csharp");
        return (connector, kernel);
    }

    /// <summary>
    /// StdIoKernelConnector (1.0.0-beta.26120.1) marks KernelReady as seen before its reader thread has cached the
    /// kernel infos it carries, and then finds no root ("Sequence contains no matching element"); asked again, it
    /// reads the cache. On a busy machine the reader thread may need more than one retry (seen once in a fresh-clone
    /// `dotnet test`), so the retries wait a little, for at most 5 s in all.
    /// </summary>
    private static async Task<ProxyKernel> RootProxyKernelAsync(StdIoKernelConnector connector)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await connector.CreateRootProxyKernelAsync();
            }
            catch (InvalidOperationException) when (attempt < 50)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    public static Task<KernelCommandResult> SubmitAsync(this Microsoft.DotNet.Interactive.Kernel kernel, string code) =>
        kernel.SendAsync(new SubmitCode(code, "csharp"), TestContext.Current.CancellationToken);

    /// <summary>
    /// Waits until <paramref name="submit"/> is on its way to the kernel, so that a Cancel sent next comes after it.
    /// The proxy stamps a command as it takes it to send, but writes a Cancel on a path of its own: on a loaded machine
    /// the Cancel line was seen on the pipe ahead of the cell's (7 runs in 20 with two busy cores, 1 in 20 with a 250 ms
    /// wait), and a Cancel that comes first has nothing to cancel. A second after the stamp the cell's line is out.
    /// </summary>
    public static async Task WaitUntilSentAsync(SubmitCode submit, TimeSpan limit)
    {
        var token = TestContext.Current.CancellationToken;
        var sent = DateTime.UtcNow;
        while (submit.RoutingSlip.Count == 0 && DateTime.UtcNow - sent < limit) await Task.Delay(1, token);
        await Task.Delay(1000, token);
    }

    /// <summary>The text/plain form of the value a successful cell returned.</summary>
    public static string PlainText(KernelCommandResult result)
    {
        AssertSucceeded(result, "the cell");
        return Assert.Single(result.Events.OfType<ReturnValueProduced>()).FormattedValues.Single(v => v.MimeType == "text/plain").Value;
    }

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
