using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Tests.Charts;

public class ChartEscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(2)>";

    /// <summary>The sample claims and articles with markup planted in every text field a chart may show.</summary>
    private static (IReadOnlyList<Claim> Claims, IReadOnlyList<Source> Sources) Hostile()
    {
        var claims = SampleArticles.Claims
            .Select(c => c with
            {
                Subject = c.Subject + Image,
                Item = c.Item.Length > 0 ? c.Item + Image : c.Item,
                AsStated = c.AsStated + Script,
                Attribution = c.Attribution + " & \"quoted\" 'x'",
                Statement = c.Statement + Script,
            })
            .ToList();
        var sources = SampleArticles.Sources.Select(s => s with { Title = s.Title + Script }).ToList();
        return (claims, sources);
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Markup_in_claims_and_titles_reaches_the_figure_only_escaped(string chart)
    {
        var (claims, sources) = Hostile();
        string json = AllCharts.Build(chart, claims, sources).FigureJson;

        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", json);
    }

    [Fact]
    public void Escaped_wording_still_reads_as_the_article_wrote_it_in_the_hover()
    {
        var (claims, sources) = Hostile();
        string json = TrainingCostChart.Build(claims, sources).FigureJson;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", json);
        Assert.Contains("&amp; &quot;quoted&quot; &#39;x&#39;", json);
    }
}
