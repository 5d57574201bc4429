using System.Text.Json;

namespace AnalysisHelpers.Web.Tests;

public sealed class FigureJsonTests
{
    [Fact]
    public void Script_safe_json_has_no_characters_that_can_end_a_script_and_keeps_every_value()
    {
        var original = JsonSerializer.Serialize(new
        {
            data = new[] { new { name = "</script><!-- & > \u2028 \u2029 end" } },
            layout = new { },
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("</script>", original);

        var safe = FigureJson.ToScriptSafe(original);

        foreach (var forbidden in new[] { "<", ">", "&", "\u2028", "\u2029" })
            Assert.DoesNotContain(forbidden, safe);
        using var before = JsonDocument.Parse(original);
        using var after = JsonDocument.Parse(safe);
        Assert.True(JsonElement.DeepEquals(before.RootElement, after.RootElement));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"data":{}}""")]
    [InlineData("""{"data":[],"layout":[]}""")]
    public void Validation_rejects_text_that_is_not_a_figure_object(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => FigureJson.Validate(json));
        Assert.Contains("Figure JSON", error.Message);
    }

    [Fact]
    public void Validation_accepts_a_plain_bar_figure() => FigureJson.Validate(PlotlyEmbedTests.Bar);
}
