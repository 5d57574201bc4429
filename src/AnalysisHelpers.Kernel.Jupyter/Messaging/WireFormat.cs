using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;

namespace AnalysisHelpers.Kernel.Jupyter.Messaging;

/// <summary>
/// Jupyter's wire format over ZeroMQ multipart messages:
/// <c>[identities..., "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffers...]</c>.
/// </summary>
public sealed class WireFormat(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public NetMQMessage Encode(JupyterMessage message)
    {
        var header = Json(message.Header);
        var parent = Json(message.ParentHeader);
        var metadata = Json(message.Metadata);
        var content = Json(message.Content);
        var frames = new NetMQMessage();
        foreach (var identity in message.Identities) frames.Append(identity);
        frames.Append(Delimiter);
        frames.Append(signer.Sign(header, parent, metadata, content), Encoding.ASCII);
        frames.Append(header);
        frames.Append(parent);
        frames.Append(metadata);
        frames.Append(content);
        foreach (var buffer in message.Buffers) frames.Append(buffer);
        return frames;
    }

    /// <summary>The message, or why it is refused: malformed frames or a signature that does not match the key.</summary>
    public bool TryDecode(NetMQMessage frames, out JupyterMessage? message, out string problem)
    {
        message = null;
        var all = frames.Select(f => f.ToByteArray()).ToList();
        var delimiter = all.FindIndex(f => f.AsSpan().SequenceEqual(Delimiter));
        if (delimiter < 0 || all.Count < delimiter + 6)
        {
            problem = $"a message of {all.Count} frames without the <IDS|MSG> delimiter and its five frames";
            return false;
        }

        var signature = Encoding.ASCII.GetString(all[delimiter + 1]);
        byte[] header = all[delimiter + 2], parent = all[delimiter + 3], metadata = all[delimiter + 4], content = all[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            problem = "a message whose signature does not match the connection file's key";
            return false;
        }

        try
        {
            message = new JupyterMessage(all[..delimiter], Object(header), Object(parent), Object(metadata), Object(content), all[(delimiter + 6)..]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            problem = $"a signed message whose JSON parts do not parse: {e.Message}";
            return false;
        }

        problem = "";
        return true;
    }

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString());

    private static JsonObject Object(byte[] json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("a message part is not a JSON object");
}
