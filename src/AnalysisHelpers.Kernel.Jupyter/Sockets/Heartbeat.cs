using NetMQ;
using NetMQ.Sockets;

namespace AnalysisHelpers.Kernel.Jupyter.Sockets;

/// <summary>
/// The heartbeat socket: a REP socket that sends back whatever it receives, on a thread of its own, so a front end
/// sees the kernel alive while a cell keeps the shell busy.
/// </summary>
public sealed class Heartbeat : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public Heartbeat(string address)
    {
        var ready = new ManualResetEventSlim();
        Exception? failure = null;
        _thread = new Thread(() =>
        {
            ResponseSocket socket;
            try
            {
                socket = new ResponseSocket();
                socket.Options.Linger = TimeSpan.Zero;
                socket.Bind(address);
            }
            catch (Exception e)
            {
                failure = e;
                ready.Set();
                return;
            }

            ready.Set();
            using (socket)
            {
                var message = new NetMQMessage();
                while (!_stop.IsCancellationRequested)
                {
                    if (!socket.TryReceiveMultipartMessage(TimeSpan.FromMilliseconds(200), ref message)) continue;
                    socket.SendMultipartMessage(message);
                }
            }
        })
        { IsBackground = true, Name = "jupyter-heartbeat" };
        _thread.Start();
        ready.Wait();
        if (failure is not null) throw new IOException($"cannot listen for the heartbeat on {address}: {failure.Message}", failure);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join(TimeSpan.FromSeconds(2));
    }
}
