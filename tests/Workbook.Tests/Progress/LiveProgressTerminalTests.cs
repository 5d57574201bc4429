using System.Diagnostics;

namespace Workbook.Tests.Progress;

/// <summary>The live display on a real pseudo-terminal (util-linux <c>script</c>), as a user at a terminal sees it.</summary>
public sealed class LiveProgressTerminalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_on_a_terminal_of_unknown_width_shows_live_progress_and_ends_cleanly()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script")) Assert.Skip("Needs util-linux script(1) for a pseudo-terminal.");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var workbook = Path.Combine(AppContext.BaseDirectory, "workbook.dll");
        var outDir = Path.Combine(_folder.Path, "out");
        var typescript = Path.Combine(_folder.Path, "typescript");
        // script's terminal reports a width of 0, which Spectre.Console refuses: the display must cope.
        var command = $"'{dotnet}' '{workbook}' export --out '{outDir}' --data '{RepoPaths.Data}' --formats html";
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-q", "-e", "-c", command, typescript }) start.ArgumentList.Add(arg);
        start.Environment.Remove("CI");
        start.Environment["TERM"] = "xterm";

        using var process = Process.Start(start)!;
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        await drained;
        var shown = File.ReadAllText(typescript);

        Assert.True(process.ExitCode == 0, shown);
        Assert.Contains("charts and report: done", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", shown, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")), shown);
    }
}
