using AnalysisHelpers.Kernel.Jupyter.Handlers;
using Microsoft.DotNet.Interactive;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Handlers;

public sealed class CursorPositionsTests
{
    [Fact]
    public void A_code_point_offset_on_a_later_line_becomes_that_line_and_column()
    {
        Assert.Equal(new LinePosition(1, 2), CursorPositions.ToLinePosition("ab\ncd", 5));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_once_for_jupyter_and_twice_for_the_engine()
    {
        const string code = "var s = \"😀\"; s.";
        var offset = CursorPositions.ToCodePoints(code, code.Length);

        Assert.Equal(code.Length - 1, offset);
        Assert.Equal(new LinePosition(0, code.Length), CursorPositions.ToLinePosition(code, offset));
        Assert.Equal(offset, CursorPositions.ToCodePointOffset(code, new LinePosition(0, code.Length)));
    }

    [Theory]
    [InlineData("if (x) {", "incomplete")]
    [InlineData("var x = 1;", "complete")]
    [InlineData("var x = ;", "invalid")]
    [InlineData("#!time", "complete")]
    public void Is_complete_follows_the_csharp_script_parser(string code, string status)
    {
        var request = new AnalysisHelpers.Kernel.Jupyter.Messaging.JupyterMessage([], new(), new(), new(), new() { ["code"] = code }, []);

        Assert.Equal(status, (string?)LanguageServiceHandlers.IsComplete(request)["status"]);
    }
}
