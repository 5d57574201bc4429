using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests;

public sealed class ReportBuilderTests
{
    [Fact]
    public void Report_inlines_plotly_exactly_once_and_loads_nothing_from_outside()
    {
        var html = ReportBuilder.Build(TestReports.Sample());

        Assert.Single(Regex.Matches(html, Regex.Escape(PlotlyJs.Source[..200])));
        Assert.DoesNotMatch(new Regex(@"<(script|img|link|iframe)[^>]*\s(src|href)=", RegexOptions.IgnoreCase), html);
        Assert.Equal(2, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
    }

    [Fact]
    public void All_model_text_is_escaped()
    {
        var html = ReportBuilder.Build(TestReports.Sample());

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>workbook", html);
        Assert.DoesNotContain("<i>plain", html);
        Assert.Contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;", html);
        Assert.Contains("<title>DeepSeek claims &lt;b&gt;workbook&lt;/b&gt;</title>", html);
    }

    [Fact]
    public void Contents_link_to_every_chart_table_and_section()
    {
        var html = ReportBuilder.Build(TestReports.Sample());

        foreach (var anchor in new[] { "chart-bars", "chart-hostile-bars", "table-derived", "table-sources", "section-provenance", "section-fact-check", "table-fact-check-table" })
        {
            Assert.Contains($"href=\"#{anchor}\"", html);
            Assert.Contains($"id=\"{anchor}\"", html);
        }
    }

    [Fact]
    public void Charts_get_their_fixed_size_and_number_columns_are_right_aligned()
    {
        var html = ReportBuilder.Build(TestReports.Sample());

        Assert.Contains("style=\"width:640px;height:360px\"", html);
        Assert.Contains("<td class=\"num\">12.5</td>", html);
        Assert.Contains("<td class=\"num\">40%</td>", html);
        Assert.Contains("<th scope=\"col\" class=\"num\">Value</th>", html);
        Assert.Contains("<th scope=\"col\">Figure</th>", html);
        Assert.Contains("<a href=\"https://example.com/a?x=1&amp;y=2\">", html);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_named_in_the_error()
    {
        var model = TestReports.Sample() with
        {
            Tables = [new ReportTable("derived", "Derived", "", ["A", "B"], [["1", "2"], ["only one"]])],
        };

        var error = Assert.Throws<ArgumentException>(() => ReportBuilder.Build(model));
        Assert.Contains("Row 1 of table \"derived\" has 1 cells; the table has 2 columns", error.Message);
    }

    [Fact]
    public void Duplicate_ids_and_oversized_charts_are_rejected()
    {
        var sample = TestReports.Sample();
        var duplicate = sample with { Charts = [sample.Charts[0], sample.Charts[0]] };
        var wide = sample with { Charts = [sample.Charts[0] with { Width = ReportBuilder.MaxChartWidth + 1 }] };
        var badId = sample with { Sections = [new ReportSection("Bad Id", "T", [])] };

        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => ReportBuilder.Build(duplicate)).Message);
        Assert.Contains("901 px wide", Assert.Throws<ArgumentException>(() => ReportBuilder.Build(wide)).Message);
        Assert.Contains("\"Bad Id\" is not valid", Assert.Throws<ArgumentException>(() => ReportBuilder.Build(badId)).Message);
    }
}
