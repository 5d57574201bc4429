using System.Text.Json;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Tests.Formatting;

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
}
