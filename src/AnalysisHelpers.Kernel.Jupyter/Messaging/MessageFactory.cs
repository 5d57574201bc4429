using System.Globalization;
using System.Text.Json.Nodes;

namespace AnalysisHelpers.Kernel.Jupyter.Messaging;

/// <summary>
/// Builds the kernel's messages: a fresh header (msg_id, session, username, date, msg_type, version 5.3) and the
/// request's header as parent_header, so a front end can tell which request each reply and output belongs to.
/// </summary>
public sealed class MessageFactory
{
    public const string ProtocolVersion = "5.3";

    private readonly string _session = Guid.NewGuid().ToString();
    private readonly string _username = Environment.UserName is { Length: > 0 } name ? name : "kernel";

    public string Session => _session;

    /// <summary>A message in reply to, or caused by, <paramref name="parent"/> (null: caused by nothing, e.g. the
    /// kernel's first status); a reply goes back to the parent's identities.</summary>
    public JupyterMessage Create(string msgType, JsonObject content, JupyterMessage? parent, JsonObject? metadata = null, IReadOnlyList<byte[]>? identities = null)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString(),
            ["session"] = _session,
            ["username"] = _username,
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = msgType,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone();
        return new JupyterMessage(identities ?? parent?.Identities ?? [], header, parentHeader, metadata ?? new JsonObject(), content, []);
    }

    /// <summary>The reply to a request: <c>X_request</c> gets <c>X_reply</c> on the socket the request came in on.</summary>
    public JupyterMessage Reply(JupyterMessage request, JsonObject content) =>
        Create(ReplyType(request.MsgType), content, request);

    public static string ReplyType(string requestType) =>
        requestType.EndsWith("_request", StringComparison.Ordinal) ? requestType[..^"_request".Length] + "_reply" : requestType + "_reply";
}
