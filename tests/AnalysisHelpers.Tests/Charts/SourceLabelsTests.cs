using System.Globalization;
using System.Text;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Tests.Charts;

public class SourceLabelsTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Source Titled(string title) => new("s1", "s1.txt", title, "outlet", "news", "2025", "");

    /// <summary>The text elements of a string, so a test can say a cut kept whole ones.</summary>
    private static List<string> Elements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
        return elements;
    }

    private static void AssertWholePrefix(string title, string shortTitle)
    {
        Assert.EndsWith("…", shortTitle);
        string kept = shortTitle[..^1];
        Assert.StartsWith(kept, title, StringComparison.Ordinal);
        var keptElements = Elements(kept);
        Assert.Equal(keptElements, Elements(title).Take(keptElements.Count));
        Assert.True(kept.Length <= SourceLabels.ShortTitleLength, $"{kept.Length} UTF-16 units kept");
        // What export does with every label: a split surrogate pair would throw here.
        StrictUtf8.GetBytes(shortTitle);
    }

    [Fact]
    public void An_emoji_straddling_the_cut_is_left_out_whole_rather_than_split()
    {
        string title = new string('A', SourceLabels.ShortTitleLength - 1) + "😀" + "BBBBBBBB";
        Assert.True(char.IsHighSurrogate(title[SourceLabels.ShortTitleLength - 1]), "the emoji must straddle the cut");

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        AssertWholePrefix(title, shortTitle);
        Assert.Equal(new string('A', SourceLabels.ShortTitleLength - 1) + "…", shortTitle);
    }

    [Fact]
    public void An_emoji_sequence_joined_by_zero_width_joiners_is_kept_or_left_out_as_one()
    {
        const string family = "👩‍👩‍👧‍👦";
        string title = new string('A', SourceLabels.ShortTitleLength - 5) + family + "BBBB";

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        AssertWholePrefix(title, shortTitle);
        Assert.DoesNotContain('\u200D', shortTitle);
    }

    [Fact]
    public void A_letter_and_its_combining_accent_are_not_separated_at_the_cut()
    {
        string title = new string('a', SourceLabels.ShortTitleLength - 1) + "e\u0301" + "tude";

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        AssertWholePrefix(title, shortTitle);
        Assert.False(shortTitle.EndsWith("e…", StringComparison.Ordinal), "the e went without its accent");
    }

    [Fact]
    public void A_chinese_title_without_spaces_is_cut_after_whole_characters()
    {
        const string title = "深度求索发布的推理模型在训练成本上远低于美国同类模型并引发全球科技股大幅抛售与产业格局重塑的广泛讨论和深入分析";
        Assert.True(title.Length > SourceLabels.ShortTitleLength);

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        AssertWholePrefix(title, shortTitle);
        Assert.Equal(title[..SourceLabels.ShortTitleLength] + "…", shortTitle);
    }

    [Fact]
    public void A_chinese_title_with_an_emoji_at_the_cut_keeps_only_whole_characters()
    {
        string title = "深度求索发布的推理模型在训练成本上远低于美国同类模型并引发全球科技" + "🚀" + "大幅抛售";
        Assert.Equal(SourceLabels.ShortTitleLength - 1, title.IndexOf('\uD83D'));

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        AssertWholePrefix(title, shortTitle);
        Assert.DoesNotContain("🚀", shortTitle);
    }

    [Fact]
    public void A_title_with_spaces_is_still_cut_at_the_last_word_that_fits()
    {
        string title = "Kai-Fu Lee Foresees Dominance of Three Key AI Models 🚀 in China";

        string shortTitle = SourceLabels.ShortTitle(Titled(title));

        Assert.Equal("Kai-Fu Lee Foresees Dominance of…", shortTitle);
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Every_chart_of_articles_titled_with_emoji_at_the_cut_serialises_to_valid_utf8(string chart)
    {
        var sources = SampleArticles.Sources
            .Select((s, i) => s with { Title = new string((char)('A' + i), SourceLabels.ShortTitleLength - 1) + "😀" + "深度求索" })
            .ToList();

        string json = AllCharts.Build(chart, SampleArticles.Claims, sources).FigureJson;

        StrictUtf8.GetBytes(json);
    }
}
