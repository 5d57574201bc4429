using System.Text.Json;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Web.Tests;

public class ScriptJsonTests
{
    private const string Hostile = "</script><script>alert(1)</script> & \u2028\u2029";

    [Fact]
    public void Embedded_json_cannot_close_the_script_or_break_a_line()
    {
        string json = JsonSerializer.Serialize(new { text = Hostile }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        string embedded = ScriptJson.Embed(json);
        Assert.DoesNotContain("<", embedded);
        Assert.DoesNotContain(">", embedded);
        Assert.DoesNotContain("&", embedded);
        Assert.DoesNotContain("\u2028", embedded);
        Assert.DoesNotContain("\u2029", embedded);
    }

    [Fact]
    public void Embedded_json_still_means_the_same()
    {
        string json = JsonSerializer.Serialize(new { text = Hostile }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        using var document = JsonDocument.Parse(ScriptJson.Embed(json));
        Assert.Equal(Hostile, document.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void A_string_literal_is_quoted_escaped_and_reads_back_as_the_same_text()
    {
        string literal = ScriptJson.String(Hostile);
        Assert.StartsWith("\"", literal);
        Assert.DoesNotContain("<", literal);
        Assert.Equal(Hostile, JsonSerializer.Deserialize<string>(literal));
    }
}
