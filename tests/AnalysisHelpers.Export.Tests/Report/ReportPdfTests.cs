using AnalysisHelpers.FactCheck;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests.Report;

/// <summary>The workbook's own report printed by Chromium and read back with pdftotext: what a reader of report.pdf
/// gets.</summary>
public sealed partial class ReportPdfTests(BrowserFixture browser)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static byte[]? Pdf;
    private static IReadOnlyList<string>? Pages;

    private async Task<byte[]> PdfAsync()
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            Pdf ??= await browser.Renderer.PrintHtmlToPdfAsync(ReportHtml.Build(ShippedReport.Model), PdfPageOptions.PageCss, TestContext.Current.CancellationToken);
            return Pdf;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<IReadOnlyList<string>> PagesAsync()
    {
        var pdf = await PdfAsync();
        return Pages ??= Poppler.PageTexts(pdf);
    }

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>A word as written, without the punctuation around it.</summary>
    private static string Bare(string word) => word.Trim('“', '”', '"', '\'', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '·');

    private static IEnumerable<string> Words(string text) =>
        Whitespace().Split(text).Select(Bare).Where(w => w.Length > 0);

    [Fact]
    public async Task The_findings_open_the_first_page()
    {
        var first = Flat((await PagesAsync())[0]);

        var findings = first.IndexOf("1 Findings", StringComparison.Ordinal);
        Assert.True(findings >= 0, "Page 1 has no Findings section.");
        Assert.True(findings < first.IndexOf("2 The articles", StringComparison.Ordinal) || !first.Contains("2 The articles"));
        Assert.Contains("In brief.", first);
        Assert.Contains("Training costs.", first);
        Assert.DoesNotMatch(@"Figure \d+\.", first[..findings]);
    }

    [Fact]
    public async Task Every_number_in_the_findings_appears_again_in_the_tables()
    {
        var all = Flat(string.Join("\n", await PagesAsync()));
        int start = all.IndexOf("1 Findings", StringComparison.Ordinal), end = all.IndexOf("2 The articles and their claims", StringComparison.Ordinal);
        var findings = all[start..end];
        var rest = all[end..];

        var tokens = FigureTokens.In(findings);
        Assert.True(tokens.Count > 20, $"Only {tokens.Count} figures in the findings: {string.Join(" ", tokens)}");
        foreach (var token in tokens.Where(t => t.Length > 1))
            Assert.True(rest.Contains(token, StringComparison.Ordinal), $"The findings say {token}, which appears nowhere after them.");
    }

    [Fact]
    public async Task No_word_of_a_table_cell_is_split_across_lines()
    {
        var printed = (await PagesAsync()).SelectMany(Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var inCells = ShippedReport.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .SelectMany(c => Words(c.PlainText))
            .GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(inCells.Count > 300, $"Only {inCells.Count} distinct words in the tables.");
        var split = inCells.Where(w => printed.GetValueOrDefault(w.Key) < w.Value)
            .Select(w => $"{w.Key} ({printed.GetValueOrDefault(w.Key)} of {w.Value})").ToList();
        Assert.True(split.Count == 0, "Words of table cells that the PDF does not print whole: " + string.Join(", ", split));
    }

    [Fact]
    public async Task Every_figure_has_its_number_and_caption_on_the_page_that_shows_it()
    {
        var pages = (await PagesAsync()).Select(Flat).ToList();
        var figures = ShippedReport.Figures.ToList();

        for (int i = 0; i < figures.Count; i++)
        {
            var caption = $"Figure {i + 1}. {Flat(figures[i].Title.TrimEnd('.'))}.";
            var page = pages.FindIndex(p => p.Contains(caption, StringComparison.Ordinal));
            Assert.True(page >= 0, $"No page has the caption \"{caption}\".");
            var axisTitles = AxisTitles(figures[i].FigureJson).ToList();
            Assert.NotEmpty(axisTitles);
            Assert.True(axisTitles.Any(t => pages[page].Contains(t, StringComparison.Ordinal)),
                $"Figure {i + 1} ({figures[i].Id}) has its caption on page {page + 1} but none of its axis titles ({string.Join(", ", axisTitles)}) there.");
        }
        Assert.Equal(figures.Count, pages.Sum(p => CaptionLabel().Matches(p).Count));
    }

    [Fact]
    public async Task Every_page_has_its_number_and_every_page_after_the_first_the_running_header_and_date()
    {
        var pages = (await PagesAsync()).Select(Flat).ToList();

        Assert.True(pages.Count > 5);
        for (int i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            Assert.Contains(ShippedReport.Model.Front.Provenance, pages[i]);
            if (i > 0)
            {
                Assert.Contains(ShippedReport.Model.Front.RunningTitle, pages[i]);
                Assert.Contains(ReportHtml.LongDate(ShippedReport.Model.Front.Date), pages[i]);
            }
        }
    }

    [Fact]
    public async Task No_chart_title_is_printed_twice()
    {
        var all = Flat(string.Join("\n", await PagesAsync()));
        foreach (var figure in ShippedReport.Figures)
        {
            var title = Flat(figure.Title.TrimEnd('.'));
            Assert.Single(Regex.Matches(all, Regex.Escape(title)));
        }
    }

    [Fact]
    public async Task No_page_ends_with_a_heading_or_a_table_caption_cut_off_from_what_follows()
    {
        var pages = await PagesAsync();
        var headings = Headings(ShippedReport.Model.Sections, "").ToHashSet(StringComparer.Ordinal);
        Assert.Contains("1 Findings", headings);

        for (int i = 0; i < pages.Count - 1; i++)
        {
            var lines = pages[i].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Where(l => l != ShippedReport.Model.Front.Provenance && !PageNumber().IsMatch(l)).ToList();
            var last = lines[^1];
            Assert.False(headings.Contains(last), $"Page {i + 1} ends with the heading \"{last}\".");
            Assert.DoesNotMatch(@"^Table \d+\. ", last);
        }
    }

    [Fact]
    public async Task Wide_tables_and_the_fact_check_print_on_landscape_pages_and_its_chart_on_a_portrait_one()
    {
        var pages = (await PagesAsync()).Select(Flat).ToList();
        var sizes = Poppler.PageSizes(await PdfAsync());
        Assert.Equal(pages.Count, sizes.Count);
        bool Landscape(int page) => sizes[page].Width > sizes[page].Height;

        var landscape = Enumerable.Range(0, pages.Count).Where(Landscape).ToList();
        Assert.NotEmpty(landscape);
        Assert.Contains(landscape, p => pages[p].Contains("Checked against reference figures", StringComparison.Ordinal));
        Assert.Contains(landscape, p => pages[p].Contains("Every claim checked against a reference figure", StringComparison.Ordinal));
        var figureNumber = ShippedReport.Figures.ToList().FindIndex(f => f.Id == FactCheckChart.Id) + 1;
        var chartPage = pages.FindIndex(p => p.Contains($"Figure {figureNumber}. ", StringComparison.Ordinal));
        Assert.False(Landscape(chartPage), $"The fact-check chart is on landscape page {chartPage + 1}.");
        Assert.False(Landscape(0));
        Assert.False(Landscape(pages.Count - 1));
    }

    private static IEnumerable<string> Headings(IReadOnlyList<ReportSection> sections, string prefix)
    {
        for (int i = 0; i < sections.Count; i++)
        {
            string number = prefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return $"{number} {sections[i].Title}";
            foreach (var child in Headings(sections[i].Children, number + ".")) yield return child;
        }
    }

    /// <summary>The axis titles of a figure, as the browser prints them.</summary>
    private static IEnumerable<string> AxisTitles(string figureJson)
    {
        using var json = JsonDocument.Parse(figureJson);
        foreach (var member in json.RootElement.GetProperty("layout").EnumerateObject())
        {
            if (member.Name.StartsWith("xaxis", StringComparison.Ordinal) && member.Value.ValueKind == JsonValueKind.Object
                && member.Value.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Object
                && title.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } s)
                yield return Flat(WebUtility.HtmlDecode(s));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Figure \d+\. [A-Z]")]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^Page \d+ of \d+$")]
    private static partial Regex PageNumber();
}
