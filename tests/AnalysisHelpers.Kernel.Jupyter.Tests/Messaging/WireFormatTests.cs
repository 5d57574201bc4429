using System.Text;
using System.Text.Json.Nodes;
using AnalysisHelpers.Kernel.Jupyter.Messaging;
using NetMQ;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Messaging;

public sealed class WireFormatTests
{
    [Fact]
    public void Signature_is_the_hmac_sha256_of_the_four_json_frames_in_lowercase_hex()
    {
        // The reference value is computed independently, by .NET's one-shot HMAC over the concatenated frames.
        var frames = new[] { "{\"a\":1}", "{}", "{}", "{\"code\":\"1\"}" }.Select(Encoding.UTF8.GetBytes).ToArray();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), frames.SelectMany(f => f).ToArray()));

        Assert.Equal(expected, new MessageSigner("secret").Sign(frames[0], frames[1], frames[2], frames[3]));
    }

    [Fact]
    public void A_message_encoded_with_the_key_decodes_with_its_identities_and_parts()
    {
        var wire = new WireFormat(new MessageSigner("k"));
        var request = new JupyterMessage([[1, 2, 3]], new JsonObject { ["msg_id"] = "m1", ["msg_type"] = "execute_request" },
            new JsonObject(), new JsonObject(), new JsonObject { ["code"] = "6 * 7" }, []);

        Assert.True(wire.TryDecode(wire.Encode(request), out var decoded, out var problem), problem);

        Assert.Equal([1, 2, 3], decoded!.Identities.Single());
        Assert.Equal("execute_request", decoded.MsgType);
        Assert.Equal("6 * 7", (string?)decoded.Content["code"]);
    }

    [Theory]
    [InlineData("other-key")]
    [InlineData("")]
    public void A_message_signed_with_another_key_is_refused(string otherKey)
    {
        var message = new JupyterMessage([], new JsonObject { ["msg_id"] = "m1", ["msg_type"] = "execute_request" },
            new JsonObject(), new JsonObject(), new JsonObject { ["code"] = "1" }, []);
        var forged = new WireFormat(new MessageSigner(otherKey)).Encode(message);

        Assert.False(new WireFormat(new MessageSigner("the-key")).TryDecode(forged, out _, out var problem));
        Assert.Contains("signature", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_whose_content_was_changed_after_signing_is_refused()
    {
        var wire = new WireFormat(new MessageSigner("k"));
        var frames = wire.Encode(new JupyterMessage([], new JsonObject { ["msg_id"] = "m" }, new JsonObject(), new JsonObject(), new JsonObject { ["code"] = "1" }, []));
        var tampered = new NetMQMessage(frames.Take(frames.FrameCount - 1).Append(new NetMQFrame("{\"code\":\"File.Delete(x)\"}")));

        Assert.False(wire.TryDecode(tampered, out _, out _));
    }

    [Fact]
    public void Frames_without_the_delimiter_are_refused_with_a_reason()
    {
        var frames = new NetMQMessage();
        frames.Append("{}");

        Assert.False(new WireFormat(new MessageSigner("")).TryDecode(frames, out _, out var problem));
        Assert.Contains("<IDS|MSG>", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_names_the_request_as_parent_and_carries_protocol_5_3()
    {
        var factory = new MessageFactory();
        var request = new JupyterMessage([[9]], new JsonObject { ["msg_id"] = "req-1", ["msg_type"] = "kernel_info_request" },
            new JsonObject(), new JsonObject(), new JsonObject(), []);

        var reply = factory.Reply(request, new JsonObject { ["status"] = "ok" });

        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.Equal("req-1", (string?)reply.ParentHeader["msg_id"]);
        Assert.Equal("5.3", (string?)reply.Header["version"]);
        Assert.Equal([9], reply.Identities.Single());
        Assert.NotEqual("req-1", reply.MsgId);
    }
}
