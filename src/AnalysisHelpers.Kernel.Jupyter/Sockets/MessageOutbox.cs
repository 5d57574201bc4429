using System.Text;
using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Messaging;

namespace AnalysisHelpers.Kernel.Jupyter.Sockets;

/// <summary>What handlers send: replies on the socket a request came in on, iopub broadcasts (topic = msg_type, as
/// ipykernel does), input requests on stdin.</summary>
public sealed class MessageOutbox(KernelSockets sockets, MessageFactory factory)
{
    public MessageFactory Factory => factory;

    public void Reply(Channel channel, JupyterMessage request, JsonObject content) =>
        sockets.Send(channel, factory.Reply(request, content));

    public void Publish(string msgType, JsonObject content, JupyterMessage? parent, JsonObject? metadata = null) =>
        sockets.Send(Channel.Iopub, factory.Create(msgType, content, parent, metadata, [Encoding.UTF8.GetBytes(msgType)]));

    public void Status(string executionState, JupyterMessage? parent) =>
        Publish("status", new JsonObject { ["execution_state"] = executionState }, parent);

    /// <summary>Sent to the front end that made <paramref name="parent"/>: jupyter_client gives its stdin socket the
    /// same identity as its shell socket.</summary>
    public void InputRequest(JupyterMessage parent, string prompt, bool password) =>
        sockets.Send(Channel.Stdin, factory.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, parent));
}
