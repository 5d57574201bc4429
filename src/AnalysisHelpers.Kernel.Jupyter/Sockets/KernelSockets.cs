using AnalysisHelpers.Kernel.Jupyter.Connection;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using NetMQ;
using NetMQ.Sockets;

namespace AnalysisHelpers.Kernel.Jupyter.Sockets;

/// <summary>
/// The shell, control and stdin ROUTER sockets and the iopub PUB socket, all owned by one NetMQ poller thread (ZeroMQ
/// sockets are not thread-safe): incoming messages are decoded and checked there and handed to
/// <see cref="Received"/>; <see cref="Send"/> may be called from any thread and queues the message for that thread,
/// so messages leave in the order they were sent.
/// </summary>
public sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly NetMQQueue<(Channel Channel, JupyterMessage Message)> _outgoing = new();
    private readonly NetMQPoller _poller;
    private readonly WireFormat _wire;
    private readonly TextWriter _log;

    public KernelSockets(ConnectionFile connection, WireFormat wire, TextWriter log)
    {
        _wire = wire;
        _log = log;
        foreach (var (socket, port, name) in new (NetMQSocket, int, string)[]
                 {
                     (_shell, connection.ShellPort, "shell"), (_control, connection.ControlPort, "control"),
                     (_stdin, connection.StdinPort, "stdin"), (_iopub, connection.IopubPort, "iopub"),
                 })
        {
            // Replies still in flight when the kernel shuts down get a moment to leave.
            socket.Options.Linger = TimeSpan.FromSeconds(1);
            var address = connection.Address(port);
            try
            {
                socket.Bind(address);
            }
            catch (Exception e)
            {
                throw new IOException($"cannot listen for {name} on {address}: {e.Message}", e);
            }
        }

        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _outgoing.ReceiveReady += (_, _) =>
        {
            while (_outgoing.TryDequeue(out var item, TimeSpan.Zero))
            {
                SocketOf(item.Channel).SendMultipartMessage(wire.Encode(item.Message));
            }
        };
        _poller = [_shell, _control, _stdin, _outgoing];
    }

    /// <summary>Called on the poller thread with every well-formed, correctly signed message.</summary>
    public event Action<Channel, JupyterMessage>? Received;

    public void Start() => _poller.RunAsync("jupyter-sockets");

    public void Send(Channel channel, JupyterMessage message) => _outgoing.Enqueue((channel, message));

    private NetMQSocket SocketOf(Channel channel) => channel switch
    {
        Channel.Shell => _shell,
        Channel.Control => _control,
        Channel.Stdin => _stdin,
        _ => _iopub,
    };

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref frames))
        {
            if (_wire.TryDecode(frames, out var message, out var problem))
            {
                Received?.Invoke(channel, message!);
            }
            else
            {
                // Not answered: a front end holding the key never sends these, and anyone else learns nothing.
                _log.WriteLine($"workbook kernel: ignored on {channel.ToString().ToLowerInvariant()}: {problem}");
            }

            frames = new NetMQMessage();
        }
    }

    public void Dispose()
    {
        // Let the poller send what is queued (the shutdown reply) before it stops.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        while (_outgoing.Count > 0 && DateTime.UtcNow < deadline) Thread.Sleep(10);
        if (_poller.IsRunning) _poller.Stop();
        _poller.Dispose();
        _outgoing.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _stdin.Dispose();
        _iopub.Dispose();
    }
}
