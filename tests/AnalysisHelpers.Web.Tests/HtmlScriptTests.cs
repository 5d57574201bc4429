using AnalysisHelpers.Web;

namespace AnalysisHelpers.Web.Tests;

public class HtmlScriptTests
{
    [Fact]
    public void Source_is_inlined_verbatim_in_one_script_element()
    {
        Assert.Equal("<script>var a = 1 < 2 && \"x\";</script>", HtmlScript.Element("var a = 1 < 2 && \"x\";"));
    }

    [Theory]
    [InlineData("var s = '</SCRIPT>';", "</script")]
    [InlineData("var s = '</script ';", "</script")]
    [InlineData("a = 1; <!-- b", "<!--")]
    public void Text_the_html_parser_would_act_on_is_refused(string source, string marker)
    {
        var error = Assert.Throws<InvalidOperationException>(() => HtmlScript.Element(source));
        Assert.Contains(marker, error.Message);
    }
}
