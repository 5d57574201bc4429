using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using AnalysisHelpers.Kernel.Jupyter.Sockets;
using AnalysisHelpers.Kernel.Jupyter.Stdin;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary>
/// Answers one request at a time per socket: <c>status: busy</c>, the handler for its msg_type, <c>status: idle</c>,
/// all with the request as parent_header. Shell and control each have a dispatcher loop of their own, so an
/// interrupt or shutdown on control is answered while a cell keeps the shell busy.
/// </summary>
internal sealed class RequestDispatcher(
    CompositeKernel kernel,
    MessageOutbox outbox,
    ExecuteHandler execute,
    LanguageServiceHandlers language,
    StdinBridge stdin,
    string workbookVersion,
    Action<bool> shutdown,
    TextWriter log)
{
    /// <summary>Handles the request; returns false when it was a cell that failed.</summary>
    public async Task<bool> DispatchAsync(Channel channel, JupyterMessage request)
    {
        outbox.Status("busy", request);
        try
        {
            return await HandleAsync(channel, request);
        }
        catch (Exception e)
        {
            // A bug in a handler must not take the kernel down with it; the front end sees no reply to this request.
            log.WriteLine($"workbook kernel: {request.MsgType} failed: {e}");
            return true;
        }
        finally
        {
            outbox.Status("idle", request);
        }
    }

    /// <summary>An execute_request queued behind a cell that failed with stop_on_error.</summary>
    public void Abort(JupyterMessage request)
    {
        outbox.Status("busy", request);
        execute.Abort(request);
        outbox.Status("idle", request);
    }

    private async Task<bool> HandleAsync(Channel channel, JupyterMessage request)
    {
        switch (request.MsgType)
        {
            case "kernel_info_request":
                // Every page that opens the notebook (a reload too) asks for kernel_info when it connects.
                WorkbookKernel.FrontEndConnected();
                outbox.Reply(channel, request, KernelInfo.Content(workbookVersion));
                return true;
            case "execute_request" when channel == Channel.Shell:
                return await execute.HandleAsync(request);
            case "complete_request":
                outbox.Reply(channel, request, await language.CompleteAsync(request));
                return true;
            case "inspect_request":
                outbox.Reply(channel, request, await language.InspectAsync(request));
                return true;
            case "is_complete_request":
                outbox.Reply(channel, request, LanguageServiceHandlers.IsComplete(request));
                return true;
            case "comm_info_request":
                outbox.Reply(channel, request, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                return true;
            case "history_request":
                outbox.Reply(channel, request, new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                return true;
            case "comm_open":
                // The kernel has no comm targets: close the comm so the front end does not wait on it (as ipykernel).
                outbox.Publish("comm_close", new JsonObject { ["comm_id"] = (string?)request.Content["comm_id"] ?? "", ["data"] = new JsonObject() }, request);
                return true;
            case "comm_msg" or "comm_close":
                return true;
            case "interrupt_request":
                execute.Interrupt();
                stdin.Interrupt();
                await kernel.SendAsync(new Cancel());
                outbox.Reply(channel, request, new JsonObject { ["status"] = "ok" });
                return true;
            case "shutdown_request":
                var restart = (bool?)request.Content["restart"] ?? false;
                stdin.Interrupt();
                outbox.Reply(channel, request, new JsonObject { ["status"] = "ok", ["restart"] = restart });
                shutdown(restart);
                return true;
            default:
                log.WriteLine($"workbook kernel: no handler for {request.MsgType} on {channel.ToString().ToLowerInvariant()}");
                return true;
        }
    }
}
