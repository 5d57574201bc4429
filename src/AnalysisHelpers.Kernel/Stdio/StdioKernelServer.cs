using System.Text;
using AnalysisHelpers.Kernel.Display;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Stdio;

/// <summary>
/// <c>workbook kernel stdio</c>: the workbook kernel behind the protocol of <c>dotnet-interactive stdio</c>, the
/// package's own <see cref="KernelHost"/> over line-delimited JSON command and event envelopes on standard input and
/// output. It announces itself with KernelReady (the kernel infos), then serves commands until standard input ends or a
/// Quit arrives.
/// </summary>
/// <remarks>
/// Standard output carries the protocol only: the process's <see cref="Console.Out"/> is pointed at standard error, so
/// a stray write (a cell's background thread after its cell ended) cannot corrupt an envelope.
/// </remarks>
public static class StdioKernelServer
{
    public static async Task<int> RunAsync(StdioKernelServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var utf8 = new UTF8Encoding(false);
        Console.InputEncoding = utf8;
        var protocol = new SharedWriter(new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false });
        Console.SetOut(new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true });
        var input = new StreamReader(Console.OpenStandardInput(), utf8);
        var workingDirectory = options.WorkingDirectory.FullName;

        // A front end waits for the first cell's compilation (the runner warms its kernel itself, see CompilerWarmUp).
        if (!options.ResetOnQuit) CompilerWarmUp.Start();
        var generation = await Generation.ConnectAsync(Generation.Create(options, workingDirectory), options, protocol);
        // With --reset-on-quit the next kernel is built while this one serves (see SpareKernel).
        var spare = options.ResetOnQuit ? new SpareKernel(options, workingDirectory) : null;
        var kernelsServed = 1;
        if (SpareWanted()) spare?.PrepareAfter(generation.FirstCommandDone);
        using var stop = cancellationToken.Register(() => generation.Lines.Complete());
        while (!cancellationToken.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = await input.ReadLineAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (line is null) break;
            var (commandType, token) = QueuedCells.Header(line);
            if (spare is not null && commandType == "Quit")
            {
                generation.Dispose();
                generation = await Generation.ConnectAsync(await spare.TakeAsync(), options, protocol);
                kernelsServed++;
                if (SpareWanted()) spare.PrepareAfter(generation.FirstCommandDone);
                continue;
            }

            if (commandType is not null) generation.Queued.Read(commandType, token);
            generation.Lines.Add(line);
        }

        generation.Dispose();
        spare?.Dispose();
        return 0;

        // The runner says how many kernels it will use here; one built beyond them would only cost CPU while the last
        // notebook runs.
        bool SpareWanted() => options.Kernels is not { } planned || kernelsServed < planned;
    }

    private static WorkbookKernelOptions Kernel(StdioKernelServerOptions options) =>
        new() { EmbedPlotlyJs = options.EmbedPlotlyJs, LanguageServices = options.LanguageServices };

    /// <summary>One kernel, its host and the lines it reads.</summary>
    private sealed class Generation : IDisposable
    {
        private readonly CompositeKernel _kernel;
        private readonly KernelHost _host;
        private readonly IDisposable _watch;

        private Generation(CompositeKernel kernel, KernelHost host, CommandLines lines, QueuedCells queued, IDisposable watch, Task firstCommandDone)
        {
            _kernel = kernel;
            _host = host;
            _watch = watch;
            Lines = lines;
            Queued = queued;
            FirstCommandDone = firstCommandDone;
        }

        public CommandLines Lines { get; }

        public QueuedCells Queued { get; }

        /// <summary>Completes when the kernel has finished its first command from the client.</summary>
        public Task FirstCommandDone { get; }

        /// <summary>A kernel not yet connected to anyone.</summary>
        public static CompositeKernel Create(StdioKernelServerOptions options, string workingDirectory)
        {
            Environment.CurrentDirectory = workingDirectory;
            return WorkbookKernel.Create(Kernel(options));
        }

        /// <summary>Puts <paramref name="kernel"/> on the protocol: KernelReady, then the lines as they come.</summary>
        public static async Task<Generation> ConnectAsync(CompositeKernel kernel, StdioKernelServerOptions options, SharedWriter protocol)
        {
            var queued = new QueuedCells();
            queued.UseIn(kernel);
            var lines = new CommandLines();
            var sender = KernelCommandAndEventSender.FromTextWriter(protocol, KernelHost.CreateHostUri("stdio"));
            var receiver = KernelCommandAndEventReceiver.FromTextReader(lines);
            var host = kernel.UseHost(sender, receiver, options.KernelHostUri);
            if (!options.ResetOnQuit)
            {
                // As dotnet-interactive: Quit ends the process.
                kernel.UseQuitCommand(() =>
                {
                    host.Dispose();
                    protocol.Flush();
                    Environment.Exit(0);
                    return Task.CompletedTask;
                });
            }

            var firstDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var watch = kernel.KernelEvents.Subscribe(e =>
            {
                if (e is KernelCommandCompletionEvent) firstDone.TrySetResult();
            });
            if (options.FromVSCode) await VSCodeFrontend.ConnectAsync(kernel);
            // Sends KernelReady with the kernel infos, then serves the lines as they come.
            await host.ConnectAsync();
            return new Generation(kernel, host, lines, queued, watch, firstDone.Task);
        }

        public void Dispose()
        {
            Lines.Complete();
            _watch.Dispose();
            _host.Dispose();
            _kernel.Dispose();
        }
    }

    /// <summary>
    /// The kernel the next Quit hands out, built and given its first submission in the background while the current
    /// kernel serves, so that a runner's next notebook does not wait for a new C# script compilation (about 0.3 s of
    /// CPU per kernel, bench/README.md).
    /// </summary>
    /// <remarks>
    /// Only the runner's mode (<c>--reset-on-quit</c>) keeps one: a front end never asks for a fresh kernel. The spare
    /// shares nothing a cell can see with the kernel serving: its own script state and references; its charts' session
    /// starts when it is handed out. It is built after that kernel's first command, off the busy start of the process,
    /// with no ambient invocation context; its first submission goes straight to its C# kernel, so it neither reads the
    /// protocol nor touches the cancellation of the cell running in the other kernel, and it leaves no variable behind.
    /// The working folder is the process's, so it is set again when the spare is handed out.
    /// </remarks>
    private sealed class SpareKernel(StdioKernelServerOptions options, string workingDirectory) : IDisposable
    {
        private const string FirstSubmission = "System.IO.Directory.GetCurrentDirectory()";
        private Task<CompositeKernel>? _building;
        private CancellationTokenSource? _notBegun;

        public void PrepareAfter(Task start)
        {
            var notBegun = new CancellationTokenSource();
            _notBegun = notBegun;
            using (ExecutionContext.SuppressFlow())
            {
                _building = Task.Run(async () =>
                {
                    await start.WaitAsync(notBegun.Token).ConfigureAwait(false);
                    var kernel = WorkbookKernel.Create(Kernel(options), startChartSession: false);
                    await kernel.FindKernelByName(WorkbookKernel.CSharpKernelName)!.SendAsync(new SubmitCode(FirstSubmission)).ConfigureAwait(false);
                    return kernel;
                });
            }
        }

        /// <summary>The spare, once ready, in the working folder the process started in. A spare not begun yet (the
        /// serving kernel never finished a command: a Quit came first, or its first cell never ended) is not waited
        /// for, and a new kernel is built now, as is one whose building failed or that was never asked for (beyond
        /// <see cref="StdioKernelServerOptions.Kernels"/>).</summary>
        public async Task<CompositeKernel> TakeAsync()
        {
            var building = Interlocked.Exchange(ref _building, null);
            using var notBegun = Interlocked.Exchange(ref _notBegun, null);
            notBegun?.Cancel();
            CompositeKernel? kernel = null;
            try
            {
                if (building is not null) kernel = await building.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Not begun, or failed: built below, where a failure reaches the client as the process's own.
            }

            if (kernel is null) return Generation.Create(options, workingDirectory);
            Environment.CurrentDirectory = workingDirectory;
            WorkbookDisplay.NewSession(options.EmbedPlotlyJs);
            return kernel;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _building, null) is { IsCompletedSuccessfully: true } built) built.Result.Dispose();
        }
    }
}
