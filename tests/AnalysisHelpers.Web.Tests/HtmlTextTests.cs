using AnalysisHelpers.Web;

namespace AnalysisHelpers.Web.Tests;

public class HtmlTextTests
{
    [Fact]
    public void Markup_characters_and_quotes_are_escaped()
    {
        Assert.Equal("&lt;img src=x onerror=&quot;a&#39;b&quot;&gt; &amp;", HtmlText.Escape("<img src=x onerror=\"a'b\"> &"));
    }

    [Fact]
    public void Text_without_markup_is_unchanged_and_null_is_empty()
    {
        Assert.Equal("≈ $6M — DeepSeek’s", HtmlText.Escape("≈ $6M — DeepSeek’s"));
        Assert.Equal("", HtmlText.Escape(null));
    }

    [Fact]
    public void Letters_outside_ascii_stay_as_they_are_in_a_utf8_page()
    {
        // WebUtility.HtmlEncode would write "&#233;"; the pages are UTF-8, so the letter itself is the better output.
        Assert.Equal("Café — ¥380B", HtmlText.Escape("Café — ¥380B"));
    }

    [Fact]
    public void Lines_are_escaped_and_joined_with_line_breaks_skipping_blanks()
    {
        Assert.Equal("a &lt;b&gt;<br>c", HtmlText.Lines(["a <b>", " ", null, "c"]));
    }
}
