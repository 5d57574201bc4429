using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests.Report;

public sealed class ReportHtmlTests
{
    private static readonly string Html = ReportHtml.Build(TestReports.Sample());

    [Fact]
    public void The_page_inlines_plotly_once_draws_each_figure_once_and_loads_nothing_from_outside()
    {
        Assert.Single(Regex.Matches(Html, Regex.Escape(PlotlyJs.Source[..200])));
        Assert.DoesNotMatch(new Regex(@"<(script|img|link|iframe)[^>]*\s(src|href)=", RegexOptions.IgnoreCase), Html);
        // plotly.js, then one drawing script per figure.
        Assert.Equal(3, Regex.Matches(Html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(2, Regex.Matches(Html, $"{PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Pending}\"").Count);
    }

    [Fact]
    public void All_model_text_is_escaped()
    {
        Assert.DoesNotContain("<img", Html);
        Assert.DoesNotContain("<b>workbook", Html);
        Assert.DoesNotContain("<i>plain", Html);
        Assert.Contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;", Html);
        Assert.Contains("<title>DeepSeek claims &lt;b&gt;workbook&lt;/b&gt;</title>", Html);
    }

    [Fact]
    public void The_running_header_is_a_css_string_that_cannot_end_the_string_or_the_style_element()
    {
        Assert.Contains("@top-left { content: \"Claims \\\"running\\\" \\3C /style>\";", Html);
        var head = Html[..Html.IndexOf("<script>", StringComparison.Ordinal)];
        Assert.Single(Regex.Matches(head, "</style", RegexOptions.IgnoreCase));
        Assert.Contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);", Html);
        Assert.Contains("@bottom-left { content: \"AnalysisHelpers 9.9.9 · data abc123\";", Html);
        Assert.Contains("@top-right { content: \"4 March 2026\";", Html);
    }

    [Fact]
    public void Sections_are_numbered_and_the_contents_link_to_each_section_and_subsection()
    {
        foreach (var (anchor, number) in new[] { ("sec-findings", "1"), ("sec-charts", "2"), ("sec-tables", "3"), ("sec-notes", "3.1"), ("sec-sources", "4") })
        {
            Assert.Contains($"<a href=\"#{anchor}\"><span class=\"toc-num\">{number}</span>", Html);
            Assert.Matches($"<section id=\"{anchor}\"[^>]*>\\n<h\\d><span class=\"section-number\">{Regex.Escape(number)}</span>", Html);
        }
    }

    [Fact]
    public void Figures_and_tables_are_numbered_in_reading_order_and_the_text_names_them_by_number()
    {
        Assert.Contains("<figcaption><span class=\"label\">Figure 1.</span> <strong>Three bars.</strong> Heights 3, 7 and 5.", Html);
        Assert.Contains("<span class=\"label\">Figure 2.</span>", Html);
        Assert.Contains("<figcaption class=\"table-caption\"><span class=\"label\">Table 1.</span> Derived figures</figcaption>", Html);
        Assert.Contains("<span class=\"label\">Table 2.</span> Claims", Html);
        Assert.Contains("(see <a class=\"xref\" href=\"#tbl-derived\">Table 1</a> and <a class=\"xref\" href=\"#fig-bars\">Figure 1</a>)", Html);
        Assert.Contains("<a href=\"#claim-C001\">C001</a>", Html);
        Assert.Contains("<tr id=\"claim-C001\">", Html);
    }

    [Fact]
    public void A_figure_has_its_fixed_size_its_print_scale_and_no_title_of_its_own_above_it()
    {
        Assert.Contains("style=\"width:640px;height:360px\"", Html);
        Assert.Matches("<div class=\"figure-plot\" style=\"--print-zoom:[0-9.]+\">", Html);
        Assert.DoesNotMatch("<h\\d[^>]*>[^<]*Three bars", Html);
    }

    [Fact]
    public void Column_kinds_decide_how_cells_break_and_wide_tables_get_a_landscape_page()
    {
        Assert.Contains("<th scope=\"col\" class=\"key\">No.</th><th scope=\"col\" class=\"text\">Figure</th><th scope=\"col\" class=\"num\">Value</th>", Html);
        Assert.Contains("<td class=\"num\">12.5</td>", Html);
        Assert.Contains("<figure id=\"tbl-claims\" class=\"report-table wide keep\">", Html);
        Assert.Contains(".key, .num, .nobr { white-space: nowrap; }", ReportStyles.Css);
        Assert.Contains("overflow-wrap: normal; word-break: normal;", ReportStyles.Css);
        Assert.DoesNotContain("anywhere", ReportStyles.Css);
        Assert.Contains("@page landscape { size: A4 landscape; }", Html);
    }

    [Fact]
    public void A_heading_row_spans_the_table_a_cell_keeps_its_line_breaks_and_columns_their_widths()
    {
        Assert.Contains("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"3\"><strong>Kind one. </strong>What it means.</th></tr>", Html);
        Assert.Contains("<a href=\"#claim-C001\">C001</a><span class=\"muted\"> a.txt:3</span> “12.5”<br>\n<a href=\"#claim-C002\">C002</a>", Html);
        Assert.Contains("<colgroup><col><col style=\"width:40%\"><col style=\"width:45%\"></colgroup>", Html);
        Assert.Contains("<p class=\"table-note\">Claims as in <a class=\"xref\" href=\"#tbl-claims\">Table 2</a>.</p>", Html);
        Assert.Contains("tr.group { break-after: avoid-page; }", ReportStyles.Css);
    }

    [Fact]
    public void A_landscape_section_prints_on_landscape_pages_and_its_figures_on_portrait_ones_and_short_tables_stay_whole()
    {
        Assert.Contains("<section id=\"sec-appendix\" class=\"level2 landscape\">", Html);
        Assert.Contains(".report-table.wide, section.landscape { page: landscape; }", ReportStyles.Css);
        Assert.Contains("section.landscape .report-figure { page: portrait; }", ReportStyles.Css);
        Assert.Contains("@page portrait { size: A4; }", Html);
        Assert.Contains("<figure id=\"tbl-evidence\" class=\"report-table keep\">", Html);
        Assert.Contains(".report-table.keep { break-inside: avoid-page; }", ReportStyles.Css);
    }

    [Fact]
    public void A_heading_row_of_several_cells_and_column_widths_past_the_table_are_refused()
    {
        var columns = new ReportColumn[] { new("A", ColumnKind.Text, 60), new("B", ColumnKind.Text, 50) };
        var tooWide = TestReports.Sample() with { Sections = [new ReportSection("t", "T", [new ReportTable("x", "X", "", columns, [new(["1", "2"])])])] };
        var heading = TestReports.Sample() with
        {
            Sections = [new ReportSection("t", "T", [new ReportTable("x", "X", "", [new("A", ColumnKind.Text), new("B", ColumnKind.Text)],
                [new(["a", "b"], Group: true)])])],
        };

        Assert.Contains("must each be 1 to 100 percent and add up to at most 100", Assert.Throws<ArgumentException>(() => ReportHtml.Build(tooWide)).Message);
        Assert.Contains("Row 0 of table \"x\" is a heading row with 2 cells", Assert.Throws<ArgumentException>(() => ReportHtml.Build(heading)).Message);
    }

    [Fact]
    public void A_link_to_an_anchor_the_report_lacks_is_refused_with_where_it_is()
    {
        var sample = TestReports.Sample();
        var broken = sample with
        {
            Sections = [.. sample.Sections, new ReportSection("extra", "Extra", [new ReportParagraph(new ReportText([ReportSpan.Link("C999", "claim-C999")]))])],
        };
        var unknownNumber = sample with
        {
            Sections = [.. sample.Sections, new ReportSection("extra", "Extra", [new ReportParagraph(new ReportText([ReportSpan.NumberOf("nope")]))])],
        };

        Assert.Contains("section \"extra\" links to \"#claim-C999\"", Assert.Throws<ArgumentException>(() => ReportHtml.Build(broken)).Message);
        Assert.Contains("refers to figure or table \"nope\"", Assert.Throws<ArgumentException>(() => ReportHtml.Build(unknownNumber)).Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_named_in_the_error()
    {
        var model = TestReports.Sample() with
        {
            Sections = [new ReportSection("t", "T", [new ReportTable("derived", "Derived", "", [new("A", ColumnKind.Text), new("B", ColumnKind.Text)],
                [new(["1", "2"]), new(["only one"])])])],
        };

        var error = Assert.Throws<ArgumentException>(() => ReportHtml.Build(model));
        Assert.Contains("Row 1 of table \"derived\" has 1 cells; the table has 2 columns", error.Message);
    }

    [Fact]
    public void Duplicate_ids_oversized_figures_and_bad_ids_are_refused()
    {
        var sample = TestReports.Sample();
        var figure = (ReportFigure)sample.Sections[1].Blocks[0];
        var duplicate = sample with { Sections = [new ReportSection("a", "A", [figure, figure])] };
        var wide = sample with { Sections = [new ReportSection("a", "A", [figure with { Width = ReportHtml.MaxFigureWidth + 1 }])] };
        var badId = sample with { Sections = [new ReportSection("Bad Id", "T", [])] };
        var sameSection = sample with { Sections = [new ReportSection("a", "A", []), new ReportSection("a", "B", [])] };

        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => ReportHtml.Build(duplicate)).Message);
        Assert.Contains($"{ReportHtml.MaxFigureWidth + 1} px wide", Assert.Throws<ArgumentException>(() => ReportHtml.Build(wide)).Message);
        Assert.Contains("\"Bad Id\" is not valid", Assert.Throws<ArgumentException>(() => ReportHtml.Build(badId)).Message);
        Assert.Contains("used twice", Assert.Throws<ArgumentException>(() => ReportHtml.Build(sameSection)).Message);
    }
}
