using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>The stop button pressed as soon as a cell is sent: the Cancel reaches the kernel before the cell began
/// (a fresh kernel's first cell waits behind its setup and Roslyn's first compile), so the stock rule, which stops only
/// the running command, would leave the loop to run later and block every cell after it.</summary>
public sealed class StdioEarlyCancelTests
{
    [Fact]
    public async Task Cancel_right_after_an_endless_loop_was_sent_leaves_the_kernel_serving()
    {
        var token = TestContext.Current.CancellationToken;
        var limit = TimeSpan.FromSeconds(60);
        var (connector, proxy) = await WorkbookStdio.ConnectAsync(RepoPaths.Notebooks);
        using var _ = connector;
        using var __ = proxy;

        var submit = new SubmitCode("while (true) { }", "csharp");
        var loop = proxy.SendAsync(submit, token);
        // The fresh kernel's first cell waits behind its setup, so the Cancel mostly still finds it queued; if the cell
        // has begun, the Cancel stops the running loop instead. Either way the kernel must go on serving.
        await WorkbookStdio.WaitUntilSentAsync(submit, limit);
        var cancel = await proxy.SendAsync(new Cancel(), token).WaitAsync(limit, token);
        var stopped = await loop.WaitAsync(limit, token);
        var after = await proxy.SubmitAsync("6 * 7").WaitAsync(limit, token);

        Assert.IsType<CommandSucceeded>(cancel.Events[^1]);
        Assert.IsType<CommandFailed>(stopped.Events[^1]);
        WorkbookStdio.AssertSucceeded(after, "the cell after the cancelled one");
        Assert.Contains(after.Events.OfType<ReturnValueProduced>().SelectMany(r => r.FormattedValues), v => v.Value.Contains("42", StringComparison.Ordinal));
    }
}
