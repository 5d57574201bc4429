using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using AnalysisHelpers.Kernel.Jupyter.Sockets;
using AnalysisHelpers.Kernel.Jupyter.Stdin;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary>
/// <c>execute_request</c>: the cell goes to the engine as a SubmitCode; what the engine produces goes to iopub as it
/// comes (stream, display_data, update_display_data, execute_result, error), then the execute_reply.
/// </summary>
/// <remarks>
/// The engine's events are watched for the whole life of the kernel, not per cell: a value a cell's background task
/// displays after the cell ended still reaches the front end, under the last cell that ran (as ipykernel does).
/// </remarks>
internal sealed class ExecuteHandler : IObserver<KernelEvent>, IDisposable
{
    private readonly CompositeKernel _kernel;
    private readonly MessageOutbox _outbox;
    private readonly StdinBridge _stdin;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private Running? _current;
    private Running? _last;
    private int _executionCount;

    public ExecuteHandler(CompositeKernel kernel, MessageOutbox outbox, StdinBridge stdin)
    {
        _kernel = kernel;
        _outbox = outbox;
        _stdin = stdin;
        _subscription = kernel.KernelEvents.Subscribe(this);
    }

    private int _queued;
    private bool _interruptBeforeStart;

    /// <summary>An execute_request reached the shell socket; it waits for the cells before it.</summary>
    public void Queued() => Interlocked.Increment(ref _queued);

    /// <summary>Runs the cell; returns false when it failed (for <c>stop_on_error</c>).</summary>
    public async Task<bool> HandleAsync(JupyterMessage request)
    {
        try
        {
            return await RunAsync(request);
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    private async Task<bool> RunAsync(JupyterMessage request)
    {
        var content = request.Content;
        var code = (string?)content["code"] ?? "";
        var silent = (bool?)content["silent"] ?? false;
        // The spec: store_history is forced false when silent is true.
        var storeHistory = !silent && ((bool?)content["store_history"] ?? true);
        var allowStdin = (bool?)content["allow_stdin"] ?? true;
        if (storeHistory) _executionCount++;
        var count = _executionCount;
        if (!silent)
            _outbox.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        var submit = new SubmitCode(code);
        var running = new Running(request, submit, RootToken(submit.GetOrCreateToken()), silent, count);
        bool interruptedEarly;
        // One lock for the check and for making the cell current: an interrupt that comes between the two would
        // otherwise find no current cell, mark the next one, and leave this one running.
        lock (_gate)
        {
            interruptedEarly = _interruptBeforeStart;
            _interruptBeforeStart = false;
            if (!interruptedEarly) _current = running;
        }

        if (interruptedEarly)
        {
            // Interrupted while it waited on the shell socket: it does not run, as if stopped at once.
            var stopped = new JsonObject
            {
                ["ename"] = "OperationCanceledException", ["evalue"] = "the cell was interrupted before it started",
                ["traceback"] = new JsonArray("OperationCanceledException: the cell was interrupted before it started"),
            };
            if (!silent) _outbox.Publish("error", (JsonObject)stopped.DeepClone(), request);
            stopped["status"] = "error";
            stopped["execution_count"] = count;
            _outbox.Reply(Channel.Shell, request, stopped);
            return false;
        }

        _stdin.Begin(request, allowStdin);
        KernelCommandResult result;
        try
        {
            result = await _kernel.SendAsync(submit);
        }
        finally
        {
            _stdin.End();
            lock (_gate)
            {
                _current = null;
                _last = running;
            }
        }

        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault(f => f.Command == submit)
                     ?? result.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null)
        {
            _outbox.Reply(Channel.Shell, request, new JsonObject
            {
                ["status"] = "ok",
                ["execution_count"] = count,
                ["user_expressions"] = new JsonObject(),
                ["payload"] = new JsonArray(),
            });
            return true;
        }

        var error = running.Interrupted && failed.Exception is null
            ? new JsonObject { ["ename"] = "OperationCanceledException", ["evalue"] = "the cell was interrupted", ["traceback"] = new JsonArray("OperationCanceledException: the cell was interrupted", failed.Message) }
            : ErrorContent(failed);
        if (!silent) _outbox.Publish("error", (JsonObject)error.DeepClone(), request);
        error["status"] = "error";
        error["execution_count"] = count;
        _outbox.Reply(Channel.Shell, request, error);
        return false;
    }

    /// <summary>An interrupt_request arrived: the running cell, if any, ends as interrupted.</summary>
    public void Interrupt()
    {
        lock (_gate)
        {
            if (_current is null)
            {
                // A cell sent just before the interrupt may not have reached the engine yet: it is the one meant.
                if (Volatile.Read(ref _queued) > 0) _interruptBeforeStart = true;
                return;
            }

            _current.Interrupted = true;
            CellCancellation.CancelBeforeStart(_current.Submit);
        }
    }

    /// <summary>A request aborted because an earlier cell failed with <c>stop_on_error</c>.</summary>
    public void Abort(JupyterMessage request)
    {
        Interlocked.Decrement(ref _queued);
        _outbox.Reply(Channel.Shell, request, new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
    }

    private static JsonObject ErrorContent(CommandFailed failed)
    {
        var exception = failed.Exception;
        // Compilation errors come without an exception; their message lists the diagnostics.
        var ename = exception?.GetType().Name ?? "CompilationError";
        var evalue = exception?.Message is { Length: > 0 } m ? m : failed.Message;
        var traceback = new JsonArray();
        foreach (var line in (failed.Message ?? evalue).Split('\n')) traceback.Add(line.TrimEnd('\r'));
        if (exception?.StackTrace is { } stack && !(failed.Message ?? "").Contains(stack, StringComparison.Ordinal))
        {
            foreach (var line in stack.Split('\n')) traceback.Add(line.TrimEnd('\r'));
        }

        return new JsonObject { ["ename"] = ename, ["evalue"] = evalue, ["traceback"] = traceback };
    }

    private static string RootToken(string token) => token.Split('.')[0];

    void IObserver<KernelEvent>.OnNext(KernelEvent e)
    {
        if (e is not (DisplayEvent or StandardOutputValueProduced or StandardErrorValueProduced)) return;
        Running? target;
        lock (_gate)
        {
            target = _current is not null && RootToken(e.Command.GetOrCreateToken()) == _current.Token ? _current : _current ?? _last;
        }

        if (target is null || target.Silent) return;
        var parent = target.Request;
        switch (e)
        {
            case StandardOutputValueProduced stdout:
                _outbox.Publish("stream", new JsonObject { ["name"] = "stdout", ["text"] = Text(stdout) }, parent);
                break;
            case StandardErrorValueProduced stderr:
                _outbox.Publish("stream", new JsonObject { ["name"] = "stderr", ["text"] = Text(stderr) }, parent);
                break;
            case ReturnValueProduced value:
                _outbox.Publish("execute_result", new JsonObject
                {
                    ["execution_count"] = target.ExecutionCount,
                    ["data"] = MimeBundles.Data(value),
                    ["metadata"] = new JsonObject(),
                }, parent);
                break;
            case DisplayedValueUpdated updated:
                _outbox.Publish("update_display_data", Display(updated), parent);
                break;
            case DisplayEvent display:
                _outbox.Publish("display_data", Display(display), parent);
                break;
        }
    }

    /// <summary>display_data and update_display_data: the engine's value id is the display_id, so a later
    /// <c>displayed.Update(...)</c> replaces the output it belongs to.</summary>
    private static JsonObject Display(DisplayEvent display)
    {
        var content = new JsonObject { ["data"] = MimeBundles.Data(display), ["metadata"] = new JsonObject() };
        if (display.ValueId is { Length: > 0 } id) content["transient"] = new JsonObject { ["display_id"] = id };
        else if (display is DisplayedValueUpdated) content["transient"] = new JsonObject { ["display_id"] = "" };
        return content;
    }

    private static string Text(DisplayEvent stream) =>
        string.Concat(stream.FormattedValues.Select(v => v.Value));

    void IObserver<KernelEvent>.OnError(Exception error)
    {
    }

    void IObserver<KernelEvent>.OnCompleted()
    {
    }

    public void Dispose() => _subscription.Dispose();

    private sealed record Running(JupyterMessage Request, SubmitCode Submit, string Token, bool Silent, int ExecutionCount)
    {
        public bool Interrupted { get; set; }
    }
}
