using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests.Browser;

public sealed class PdfRenderingTests(BrowserFixture browser)
{
    private static int PageCount(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])").Count;

    [Fact]
    public async Task Chart_pdf_is_one_vector_page_the_size_of_the_figure()
    {
        var pdf = await browser.Renderer.RenderPdfAsync(TestFigures.Bar, 640, 400, cancel: TestContext.Current.CancellationToken);
        var text = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text);
        Assert.Equal(1, PageCount(pdf));
        // 640x400 CSS px at 96 px per inch is 480x300 pt.
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+480(\.0+)?\s+300(\.0+)?\s*\]", text);
        // Vector output: the labels are set in an embedded font rather than painted into a bitmap.
        Assert.Contains("/FontFile", text);
        Assert.DoesNotContain("/Subtype /Image", text);
    }

    [Fact]
    public async Task Html_prints_to_a_pdf_with_at_least_one_page()
    {
        var html = ChartHtml.Render(TestFigures.Bar, "Bars", "Caption");

        var pdf = await browser.Renderer.PrintHtmlToPdfAsync(html, cancel: TestContext.Current.CancellationToken);

        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(pdf, 0, 8));
        Assert.True(PageCount(pdf) >= 1);
    }
}
