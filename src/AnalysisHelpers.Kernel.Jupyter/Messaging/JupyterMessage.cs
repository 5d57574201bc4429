using System.Text.Json.Nodes;

namespace AnalysisHelpers.Kernel.Jupyter.Messaging;

/// <summary>
/// One Jupyter message: the routing identities it came with (a ROUTER socket's peers), its four JSON parts and any
/// binary buffers.
/// </summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => (string?)Header["msg_type"] ?? "";

    public string MsgId => (string?)Header["msg_id"] ?? "";
}
