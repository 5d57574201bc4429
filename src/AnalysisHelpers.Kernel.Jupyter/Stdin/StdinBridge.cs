using AnalysisHelpers.Kernel.Jupyter.Messaging;
using AnalysisHelpers.Kernel.Jupyter.Sockets;

namespace AnalysisHelpers.Kernel.Jupyter.Stdin;

/// <summary>
/// Standard input for cells: <c>Console.ReadLine()</c> (and <c>Kernel.GetInputAsync</c>) become an
/// <c>input_request</c> on the stdin socket to the front end whose execute_request is running, and wait for its
/// <c>input_reply</c>. A front end that said <c>allow_stdin: false</c> (nbconvert, most batch runners) gets an
/// error in the cell instead of a kernel that waits forever.
/// </summary>
public sealed class StdinBridge(MessageOutbox outbox) : TextReader
{
    private readonly Lock _gate = new();
    private JupyterMessage? _request;
    private bool _allowed;
    private TaskCompletionSource<string>? _pending;
    private string _buffer = "";

    /// <summary>A cell of <paramref name="executeRequest"/> starts; input goes to its front end if it allows it.</summary>
    public void Begin(JupyterMessage executeRequest, bool allowStdin)
    {
        lock (_gate)
        {
            _request = executeRequest;
            _allowed = allowStdin;
            _buffer = "";
        }
    }

    public void End()
    {
        lock (_gate)
        {
            _request = null;
            _pending?.TrySetCanceled();
            _pending = null;
        }
    }

    /// <summary>The interrupt: a cell waiting for input stops waiting.</summary>
    public void Interrupt()
    {
        lock (_gate) _pending?.TrySetCanceled();
    }

    /// <summary>An <c>input_reply</c> from the stdin socket.</summary>
    public void OnReply(JupyterMessage reply)
    {
        var value = (string?)reply.Content["value"] ?? "";
        lock (_gate) _pending?.TrySetResult(value);
    }

    /// <summary>Asks the front end for one line.</summary>
    /// <exception cref="InvalidOperationException">No cell is running or its front end does not accept input.</exception>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    public string Ask(string prompt, bool password)
    {
        TaskCompletionSource<string> wait;
        lock (_gate)
        {
            if (_request is null || !_allowed)
                throw new InvalidOperationException("this front end does not send input to the kernel (allow_stdin is false), so the cell cannot read standard input");
            wait = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending = wait;
            outbox.InputRequest(_request, prompt, password);
        }

        try
        {
            return wait.Task.GetAwaiter().GetResult();
        }
        catch (TaskCanceledException)
        {
            throw new OperationCanceledException("the cell was interrupted while waiting for input");
        }
        finally
        {
            lock (_gate)
            {
                if (_pending == wait) _pending = null;
            }
        }
    }

    public override string? ReadLine()
    {
        lock (_gate)
        {
            if (_buffer.Length > 0)
            {
                var rest = _buffer;
                _buffer = "";
                return rest.EndsWith('\n') ? rest[..^1] : rest;
            }
        }

        return Ask("", false);
    }

    public override int Read()
    {
        var next = Peek();
        if (next >= 0)
        {
            lock (_gate) _buffer = _buffer[1..];
        }

        return next;
    }

    public override int Peek()
    {
        lock (_gate)
        {
            if (_buffer.Length > 0) return _buffer[0];
        }

        var line = Ask("", false) + "\n";
        lock (_gate) _buffer = line;
        return line[0];
    }
}
