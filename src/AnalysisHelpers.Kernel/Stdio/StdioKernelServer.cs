using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Connection;

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

        var generation = await Generation.StartAsync(options, workingDirectory, protocol);
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
            if (options.ResetOnQuit && commandType == "Quit")
            {
                generation.Dispose();
                generation = await Generation.StartAsync(options, workingDirectory, protocol);
                continue;
            }

            if (commandType is not null) generation.Queued.Read(commandType, token);
            generation.Lines.Add(line);
        }

        generation.Dispose();
        return 0;
    }

    /// <summary>One kernel, its host and the lines it reads.</summary>
    private sealed class Generation : IDisposable
    {
        private readonly CompositeKernel _kernel;
        private readonly KernelHost _host;

        private Generation(CompositeKernel kernel, KernelHost host, CommandLines lines, QueuedCells queued)
        {
            _kernel = kernel;
            _host = host;
            Lines = lines;
            Queued = queued;
        }

        public CommandLines Lines { get; }

        public QueuedCells Queued { get; }

        public static async Task<Generation> StartAsync(StdioKernelServerOptions options, string workingDirectory, SharedWriter protocol)
        {
            Environment.CurrentDirectory = workingDirectory;
            var kernel = WorkbookKernel.Create(new WorkbookKernelOptions { EmbedPlotlyJs = options.EmbedPlotlyJs });
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

            if (options.FromVSCode) await VSCodeFrontend.ConnectAsync(kernel);
            // Sends KernelReady with the kernel infos, then serves the lines as they come.
            await host.ConnectAsync();
            return new Generation(kernel, host, lines, queued);
        }

        public void Dispose()
        {
            Lines.Complete();
            _host.Dispose();
            _kernel.Dispose();
        }
    }
}
