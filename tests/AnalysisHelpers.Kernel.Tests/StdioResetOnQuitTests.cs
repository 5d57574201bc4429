using System.Diagnostics;
using AnalysisHelpers.Formatting;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>
/// <c>workbook kernel stdio --reset-on-quit</c>, the runner's mode: a Quit hands out a fresh kernel (built in the
/// background while the last one served) in the same process. Driven over the raw protocol, as the runner drives it:
/// StdIoKernelConnector has no way to send a Quit and read on.
/// </summary>
public sealed class StdioResetOnQuitTests
{
    private const string ChartCell =
        "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nPlotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })";

    [Fact]
    public async Task A_quit_gives_a_fresh_kernel_in_the_starting_folder_with_nothing_left_from_the_last_one()
    {
        using var folder = new TempFolder();
        var elsewhere = Directory.CreateDirectory(Path.Combine(folder.Path, "elsewhere")).FullName;
        await using var kernel = await RawKernel.StartAsync(folder.Path, "--reset-on-quit");

        var first = await kernel.SubmitAsync($"var leftover = 41; System.IO.Directory.SetCurrentDirectory({Literal(elsewhere)});");
        Assert.IsType<CommandSucceeded>(first[^1]);

        for (var round = 1; round <= 2; round++)
        {
            await kernel.QuitAsync();
            var gone = await kernel.SubmitAsync("leftover");
            var failed = Assert.IsType<CommandFailed>(gone[^1]);
            Assert.Contains("CS0103", failed.Message, StringComparison.Ordinal);
            var where = await kernel.SubmitAsync("System.IO.Directory.GetCurrentDirectory()");
            Assert.Equal(folder.Path, PlainText(where));
            Assert.IsType<CommandSucceeded>((await kernel.SubmitAsync($"var leftover = {round}; System.IO.Directory.SetCurrentDirectory({Literal(elsewhere)});"))[^1]);
        }
    }

    [Fact]
    public async Task A_quit_before_any_cell_gives_a_fresh_kernel_at_once()
    {
        using var folder = new TempFolder();
        await using var kernel = await RawKernel.StartAsync(folder.Path, "--reset-on-quit");

        // The spare is built after the serving kernel's first command; with none, the Quit must not wait for it.
        await kernel.QuitAsync();
        await kernel.QuitAsync();

        Assert.Equal("2", PlainText(await kernel.SubmitAsync("(1 + 1).ToString()")));
    }

    [Fact]
    public async Task After_a_quit_the_first_chart_of_the_fresh_kernel_carries_plotly_js_again()
    {
        using var folder = new TempFolder();
        await using var kernel = await RawKernel.StartAsync(folder.Path, "--reset-on-quit");

        Assert.True(ChartHtml(await kernel.SubmitAsync(ChartCell)).Length > 1_000_000, "the first chart carries plotly.js");
        Assert.True(ChartHtml(await kernel.SubmitAsync(ChartCell)).Length < 1_000_000, "the second chart does not");
        await kernel.QuitAsync();

        Assert.True(ChartHtml(await kernel.SubmitAsync(ChartCell)).Length > 1_000_000, "the fresh kernel's first chart carries plotly.js");
    }

    [Fact]
    public async Task Quits_beyond_the_planned_kernels_still_give_fresh_kernels()
    {
        using var folder = new TempFolder();
        // --kernels 2: one spare is built, for the first Quit; the second Quit's kernel is built when it comes.
        await using var kernel = await RawKernel.StartAsync(folder.Path, "--reset-on-quit", "--kernels", "2");

        for (var round = 0; round < 3; round++)
        {
            var gone = await kernel.SubmitAsync("leftover");
            Assert.Contains("CS0103", Assert.IsType<CommandFailed>(gone[^1]).Message, StringComparison.Ordinal);
            Assert.IsType<CommandSucceeded>((await kernel.SubmitAsync($"var leftover = {round};"))[^1]);
            await kernel.QuitAsync();
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task A_number_of_kernels_below_one_is_refused_with_the_option_named(string kernels)
    {
        var command = WorkbookStdio.Command("--reset-on-quit", "--kernels", kernels);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("--kernels takes a whole number of at least 1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    private static string PlainText(IReadOnlyList<KernelEvent> events) =>
        events.OfType<ReturnValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/plain").Value;

    private static string ChartHtml(IReadOnlyList<KernelEvent> events)
    {
        Assert.IsType<CommandSucceeded>(events[^1]);
        var chart = events.OfType<DisplayEvent>().Single(e => e.FormattedValues.Any(v => v.MimeType == ChartMime.PlotlyMimeType));
        return chart.FormattedValues.Single(v => v.MimeType == "text/html").Value;
    }

    /// <summary>A <c>workbook kernel stdio</c> process spoken to in envelopes, one JSON line each way.</summary>
    private sealed class RawKernel : IAsyncDisposable
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
        private readonly Process _process;

        private RawKernel(Process process) => _process = process;

        public static async Task<RawKernel> StartAsync(string workingDirectory, params string[] options)
        {
            var command = WorkbookStdio.Command(["--working-dir", workingDirectory, .. options]);
            var start = new ProcessStartInfo(command[0])
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
            var kernel = new RawKernel(Process.Start(start)!);
            kernel._process.BeginErrorReadLine();
            await kernel.ReadUntilAsync(e => e is KernelReady);
            return kernel;
        }

        public async Task<IReadOnlyList<KernelEvent>> SubmitAsync(string code)
        {
            var command = new SubmitCode(code, "csharp");
            var token = command.GetOrCreateToken();
            await SendAsync(command);
            return await ReadUntilAsync(e => e is KernelCommandCompletionEvent && e.Command?.GetOrCreateToken() == token, token);
        }

        public async Task QuitAsync()
        {
            await SendAsync(new Quit());
            await ReadUntilAsync(e => e is KernelReady);
        }

        public async ValueTask DisposeAsync()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10))) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private async Task SendAsync(KernelCommand command)
        {
            await _process.StandardInput.WriteLineAsync(KernelCommandEnvelope.Serialize(KernelCommandEnvelope.Create(command)));
            await _process.StandardInput.FlushAsync();
        }

        /// <summary>Events up to the one <paramref name="last"/> accepts; with a token, only that command's.</summary>
        private async Task<IReadOnlyList<KernelEvent>> ReadUntilAsync(Func<KernelEvent, bool> last, string? token = null)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(Limit);
            var events = new List<KernelEvent>();
            while (await _process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                if (!line.StartsWith('{') || !line.Contains("\"eventType\"", StringComparison.Ordinal)) continue;
                KernelEvent e;
                try
                {
                    e = KernelEventEnvelope.Deserialize(line).Event;
                }
                catch (KeyNotFoundException)
                {
                    // An event of a command type this process does not register (AddPackage, for a #r "nuget:" line).
                    continue;
                }

                if (token is not null && e.Command?.GetOrCreateToken() is { } t && t != token && !t.StartsWith(token + ".", StringComparison.Ordinal)) continue;
                events.Add(e);
                if (last(e)) return events;
            }

            throw new InvalidOperationException($"the kernel process ended (exit code {(_process.HasExited ? _process.ExitCode : -1)})");
        }
    }
}
