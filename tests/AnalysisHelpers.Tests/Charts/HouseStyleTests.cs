using AnalysisHelpers.Charts;

namespace AnalysisHelpers.Tests.Charts;

public class HouseStyleTests
{
    private static readonly string[] Companies =
        ["DeepSeek", "OpenAI", "Alibaba", "ByteDance", "Meituan", "Nvidia", "Moonshot", "Zhipu", "Minimax", "Baidu", "Tencent", "01.AI"];

    [Fact]
    public void Each_named_company_has_its_own_colour()
    {
        var colours = Companies.Select(CompanyColours.For).ToList();
        Assert.Equal(Companies.Length, colours.Distinct().Count());
        Assert.All(Companies, c => Assert.True(CompanyColours.IsKnown(c)));
        Assert.DoesNotContain(colours, CompanyColours.NeutralPalette.Contains);
    }

    [Theory]
    [InlineData("DeepSeek", "deepseek")]
    [InlineData("Alibaba", "Alibaba Group Holding Ltd.")]
    [InlineData("01.AI", "01 AI")]
    [InlineData("Zhipu", "Zhipu AI")]
    public void Spelling_variants_of_a_company_share_its_colour(string name, string variant)
    {
        Assert.Equal(CompanyColours.For(name), CompanyColours.For(variant));
    }

    [Fact]
    public void An_unknown_name_gets_a_neutral_colour_that_depends_only_on_the_name()
    {
        string colour = CompanyColours.For("Butterfly Effect");
        Assert.Contains(colour, CompanyColours.NeutralPalette);
        Assert.Equal(colour, CompanyColours.For("butterfly effect"));
        var spread = new[] { "Butterfly Effect", "Mistral AI", "RedNote", "Baichuan", "Huawei Cloud", "Stanford HAI" }
            .Select(CompanyColours.For).Distinct().Count();
        Assert.True(spread > 1);
    }

    [Fact]
    public void A_derived_figure_name_takes_the_colour_of_the_company_it_names_first()
    {
        Assert.Equal("DeepSeek", CompanyColours.MentionedIn("DeepSeek's implied operating cost (2024)"));
        Assert.Equal("OpenAI", CompanyColours.MentionedIn("Ratio of OpenAI's cost to DeepSeek's"));
        Assert.Null(CompanyColours.MentionedIn("Average deal size (2025-Q1)"));
    }

    [Fact]
    public void The_source_line_names_article_titles_and_compacts_claim_ids()
    {
        var claims = new[] { SampleArticles.FundingTotal, SampleArticles.DealCount, SampleArticles.FundingFall, SampleArticles.SellOff };
        string line = SourceLabels.SourceLine(claims, SampleArticles.Sources);
        Assert.Equal($"Source: {SampleArticles.Impact.Title}; {SampleArticles.R1.Title}; claims C061–C063, C072", line);
    }

    [Fact]
    public void Charts_share_the_house_font_white_background_and_a_source_line_below_the_plot()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Equal(HouseStyle.FontFamily, figure.Layout.GetProperty("font").GetProperty("family").GetString());
        Assert.Equal(HouseStyle.Background, figure.Layout.GetProperty("paper_bgcolor").GetString());
        Assert.Equal(HouseStyle.Background, figure.Layout.GetProperty("plot_bgcolor").GetString());

        var source = figure.Annotations[0];
        Assert.StartsWith("Source: ", source.GetProperty("text").GetString());
        Assert.Equal("paper", source.GetProperty("yref").GetString());
        Assert.Equal(0, source.GetProperty("y").GetDouble());
        Assert.Equal("top", source.GetProperty("yanchor").GetString());
        Assert.True(source.GetProperty("yshift").GetDouble() < 0);
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Row_panels_span_their_rows_with_half_a_row_at_each_end_and_no_padding(string name)
    {
        // Plotly's autorange pads a category axis for marks and text, which left blank bands above and below tall
        // panels; each row axis is ranged to its own rows instead, first row at the top.
        using var figure = new FigureJsonReader(AllCharts.Build(name, SampleArticles.Claims, SampleArticles.Sources).FigureJson);
        var rowAxes = figure.Layout.EnumerateObject()
            .Where(p => p.Name.StartsWith("yaxis", StringComparison.Ordinal) && p.Value.TryGetProperty("categoryarray", out _)
                && p.Value.TryGetProperty("ticks", out var ticks) && ticks.GetString() == "outside")
            .Select(p => p.Value).ToList();
        foreach (var axis in rowAxes)
        {
            int rows = Math.Max(1, axis.GetProperty("categoryarray").GetArrayLength());
            Assert.False(axis.TryGetProperty("autorange", out _));
            Assert.Equal([rows - 0.5, -0.5], axis.GetProperty("range").EnumerateArray().Select(v => v.GetDouble()));
        }
        if (name != ClaimsBySourceChart.Id) Assert.NotEmpty(rowAxes);
    }

    [Fact]
    public void A_long_source_line_wraps_at_word_boundaries_within_the_chart_width()
    {
        string line = string.Join(" ", Enumerable.Repeat("Kai-Fu Lee Foresees Dominance of Three Key AI Models", 6));
        var lines = HouseStyle.WrapSourceLine(line, 600);
        Assert.True(lines.Count > 1);
        Assert.Equal(line, string.Join(" ", lines));
        Assert.All(lines, l => Assert.True(l.Length * 6.2 <= 600));
    }

    [Fact]
    public void Short_titles_cut_long_titles_at_a_word_and_keep_short_ones()
    {
        Assert.Equal("Key Takeaways", SourceLabels.ShortTitle(SampleArticles.Takeaways));
        string cut = SourceLabels.ShortTitle(SampleArticles.Lee);
        Assert.EndsWith("…", cut);
        Assert.StartsWith(cut.TrimEnd('…'), SampleArticles.Lee.Title);
        Assert.True(cut.Length <= SourceLabels.ShortTitleLength + 1);
    }
}
