using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>The stop button pressed while a loop cell is still compiling (12,000 statements take about 2 s to compile
/// here), and the next cell run at once: the cancellation must still stop the loop once it starts, and a rule that
/// forgot it when the next cell arrived would leave the loop spinning for ever.</summary>
public sealed class StdioCancelDuringCompileTests
{
    [Fact]
    public async Task A_loop_cancelled_while_it_compiles_never_spins_even_when_the_next_cell_came_first()
    {
        var token = TestContext.Current.CancellationToken;
        var limit = TimeSpan.FromSeconds(60);
        var (connector, proxy) = await WorkbookStdio.ConnectAsync(RepoPaths.Notebooks);
        using var _ = connector;
        using var __ = proxy;
        WorkbookStdio.AssertSucceeded(await proxy.SubmitAsync("public static class Spins { public static long Count; }"), "setup");

        // Thousands of statements make the compile last long enough for the Cancel, a second after the send, to
        // arrive during it.
        var statements = string.Concat(Enumerable.Range(0, 12000).Select(i => $"var v{i} = {i} * 2;\n"));
        var submit = new SubmitCode(statements + "while (true) { System.Threading.Interlocked.Increment(ref Spins.Count); }", "csharp");
        var loop = proxy.SendAsync(submit, token);
        await WorkbookStdio.WaitUntilSentAsync(submit, limit);
        await proxy.SendAsync(new Cancel(), token).WaitAsync(limit, token);
        var next = await proxy.SubmitAsync("6 * 7").WaitAsync(limit, token);
        var stopped = await loop.WaitAsync(limit, token);

        WorkbookStdio.AssertSucceeded(next, "the cell after the cancelled one");
        Assert.IsType<CommandFailed>(stopped.Events[^1]);
        // Long after the compile would have ended, the loop has not run (or has stopped): the count stays still.
        await Task.Delay(3000, token);
        var first = await CountAsync(proxy);
        await Task.Delay(500, token);
        Assert.Equal(first, await CountAsync(proxy));
    }

    private static async Task<string> CountAsync(Microsoft.DotNet.Interactive.Connection.ProxyKernel proxy) =>
        WorkbookStdio.PlainText(await proxy.SubmitAsync("System.Threading.Interlocked.Read(ref Spins.Count).ToString()")
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
}
