using System.Diagnostics;
using System.Text;

namespace Workbook.Tests;

/// <summary>The built <c>workbook</c> command as a child process started from the repository root, which a test can
/// signal while it runs and whose descendants (Chromium and its helpers, the kernel processes) it can list.</summary>
internal sealed class InterruptibleCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private InterruptibleCli(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The project reference puts the command beside the tests.</summary>
    public static string WorkbookDll { get; } = Path.Combine(AppContext.BaseDirectory, "workbook.dll");

    public int Pid => _process.Id;

    public static InterruptibleCli Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the command with <paramref name="environment"/> added to this process's environment.</summary>
    public static InterruptibleCli Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Assert.True(File.Exists(WorkbookDll), $"{WorkbookDll} not found; the test project must reference src/Workbook");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(WorkbookDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return new InterruptibleCli(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs the command to the end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TimeSpan limit, params string[] args)
    {
        using var cli = Start(args);
        return await cli.WaitAsync(limit);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for exit; a command still running at <paramref name="limit"/> is killed with its descendants and fails the test.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync(TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            Assert.Fail($"workbook did not finish within {limit.TotalSeconds} s\n{await _stderr}");
        }
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>Sends a POSIX signal to the command itself, not to its process group, like <c>kill -TERM pid</c>.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed with errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>The dotnet host running these tests, so the command runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
