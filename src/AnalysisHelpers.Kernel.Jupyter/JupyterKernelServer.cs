using System.Threading.Channels;
using AnalysisHelpers.Kernel.Jupyter.Connection;
using AnalysisHelpers.Kernel.Jupyter.Handlers;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using AnalysisHelpers.Kernel.Jupyter.Sockets;
using AnalysisHelpers.Kernel.Jupyter.Stdin;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using SocketChannel = AnalysisHelpers.Kernel.Jupyter.Sockets.Channel;

namespace AnalysisHelpers.Kernel.Jupyter;

/// <summary>
/// <c>workbook kernel jupyter</c>: the workbook's engine (<see cref="WorkbookKernel.Create"/>) behind the Jupyter
/// messaging protocol 5.3, on the sockets a connection file names. It serves until a shutdown_request (a restart
/// is the front end starting a new process) or the cancellation token.
/// </summary>
public static class JupyterKernelServer
{
    /// <exception cref="ConnectionFileException">The connection file cannot be used.</exception>
    /// <exception cref="IOException">A socket cannot listen on its address.</exception>
    public static async Task<int> RunAsync(JupyterKernelServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = ConnectionFile.Read(options.ConnectionFile);
        var factory = new MessageFactory();
        var wire = new WireFormat(new MessageSigner(connection.Key));

        // The front end's first execute_request would otherwise wait for Roslyn's first compilation.
        CompilerWarmUp.Start();
        using var kernel = WorkbookKernel.Create(new WorkbookKernelOptions());
        using var sockets = new KernelSockets(connection, wire, options.Log);
        using var heartbeat = new Heartbeat(connection.Address(connection.HeartbeatPort));
        var outbox = new MessageOutbox(sockets, factory);
        var stdin = new StdinBridge(outbox);
        Console.SetIn(TextReader.Synchronized(stdin));
        UseStdinForRequestInput(kernel, stdin);
        using var execute = new ExecuteHandler(kernel, outbox, stdin);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatcher = new RequestDispatcher(kernel, outbox, execute, new LanguageServiceHandlers(kernel), stdin,
            options.WorkbookVersion, _ => stop.Cancel(), options.Log);

        var shell = System.Threading.Channels.Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
        var control = System.Threading.Channels.Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
        sockets.Received += (channel, message) =>
        {
            switch (channel)
            {
                case SocketChannel.Shell:
                    if (message.MsgType == "execute_request") execute.Queued();
                    shell.Writer.TryWrite(message);
                    break;
                case SocketChannel.Control: control.Writer.TryWrite(message); break;
                case SocketChannel.Stdin when message.MsgType == "input_reply": stdin.OnReply(message); break;
            }
        };
        sockets.Start();
        outbox.Status("starting", null);

        var shellLoop = Task.Run(() => ShellLoopAsync(shell.Reader, dispatcher, stop.Token), CancellationToken.None);
        var controlLoop = Task.Run(() => ControlLoopAsync(control.Reader, dispatcher, stop.Token), CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        // A cell still running (a loop with no cancellation point) must not keep the process: Cancel, then go.
        _ = kernel.SendAsync(new Cancel());
        await Task.WhenAny(Task.WhenAll(shellLoop, controlLoop), Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None));
        return 0;
    }

    private static async Task ShellLoopAsync(ChannelReader<JupyterMessage> requests, RequestDispatcher dispatcher, CancellationToken stop)
    {
        try
        {
            await foreach (var request in requests.ReadAllAsync(stop))
            {
                var succeeded = await dispatcher.DispatchAsync(SocketChannel.Shell, request);
                if (succeeded || request.MsgType != "execute_request" || !((bool?)request.Content["stop_on_error"] ?? true)) continue;
                // stop_on_error: the cells already sent after the failed one are not run.
                while (requests.TryRead(out var queued))
                {
                    if (queued.MsgType == "execute_request") dispatcher.Abort(queued);
                    else await dispatcher.DispatchAsync(SocketChannel.Shell, queued);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task ControlLoopAsync(ChannelReader<JupyterMessage> requests, RequestDispatcher dispatcher, CancellationToken stop)
    {
        try
        {
            await foreach (var request in requests.ReadAllAsync(stop))
            {
                await dispatcher.DispatchAsync(SocketChannel.Control, request);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary><c>await Kernel.GetInputAsync("prompt")</c> in a cell asks the front end through stdin, as
    /// <c>Console.ReadLine()</c> does.</summary>
    private static void UseStdinForRequestInput(CompositeKernel kernel, StdinBridge stdin)
    {
        kernel.SetDefaultTargetKernelNameForCommand(typeof(RequestInput), kernel.Name);
        kernel.RegisterCommandHandler<RequestInput>(async (input, context) =>
        {
            var value = await Task.Run(() => stdin.Ask(input.Prompt, input.IsPassword));
            context.Publish(new InputProduced(value, input));
        });
    }
}
