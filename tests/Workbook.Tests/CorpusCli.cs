using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Workbook.Tests;

/// <summary>The built <c>workbook</c> command run as a child process, exactly as a user runs it: its own process, its
/// own working folder, its exit code and its two output streams.</summary>
internal static class CorpusCli
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    /// <summary>The project reference puts the command beside the tests.</summary>
    private static string WorkbookDll { get; } = Path.Combine(AppContext.BaseDirectory, "workbook.dll");

    public static async Task<Outcome> RunAsync(string workingDirectory, TimeSpan limit, params string[] args)
    {
        Assert.True(File.Exists(WorkbookDll), $"{WorkbookDll} not found; the test project must reference src/Workbook");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(WorkbookDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"workbook {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s\n{await stderr}");
        }

        return new Outcome(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }

    /// <summary>Bad input must give readable errors, never the runtime's dump of an unhandled exception.</summary>
    public static void AssertNoStackTrace(Outcome outcome)
    {
        Assert.DoesNotContain("Unhandled exception", outcome.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(outcome.ErrorLines, line => Regex.IsMatch(line, @"^\s+at \S"));
        Assert.DoesNotContain("--- End of", outcome.Stderr, StringComparison.Ordinal);
        // An exception's name may appear only as the message of a located one-line error.
        Assert.All(outcome.ErrorLines.Where(l => l.Contains("Exception", StringComparison.Ordinal)),
            line => Assert.Matches(@"^\S[^:]*:\d+:\d+: ", line));
    }

    /// <summary>The dotnet host running these tests, so the command runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
