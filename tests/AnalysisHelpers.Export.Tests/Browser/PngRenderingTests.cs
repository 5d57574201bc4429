namespace AnalysisHelpers.Export.Tests.Browser;

public sealed class PngRenderingTests(BrowserFixture browser)
{
    // Counts pixels by colour after decoding the PNG in the browser, which needs no imaging library here.
    private const string PixelCensus = """
        async (dataUrl) => {
          const img = new Image();
          img.src = dataUrl;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let white = 0, barBlue = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250) white++;
            if (Math.abs(d[i] - 31) < 4 && Math.abs(d[i + 1] - 119) < 4 && Math.abs(d[i + 2] - 180) < 4) barBlue++;
          }
          return [d.length / 4, white, barBlue];
        }
        """;

    [Fact]
    public async Task Png_has_the_signature_and_twice_the_css_size()
    {
        var png = await browser.Renderer.RenderPngAsync(TestFigures.Bar, 640, 400, cancel: TestContext.Current.CancellationToken);

        Assert.Equal(PngHeader.Signature, png[..8]);
        Assert.Equal((1280, 800), PngHeader.ReadSize(png));
    }

    [Fact]
    public async Task Png_shows_the_bars_rather_than_a_blank_image()
    {
        var png = await browser.Renderer.RenderPngAsync(TestFigures.Bar, 640, 400, cancel: TestContext.Current.CancellationToken);

        await using var page = await browser.Renderer.OpenHtmlAsync("<!DOCTYPE html><html><body></body></html>", cancel: TestContext.Current.CancellationToken);
        var census = await page.EvaluateAsync<int[]>(PixelCensus, "data:image/png;base64," + Convert.ToBase64String(png));
        var (total, white, barBlue) = (census[0], census[1], census[2]);

        Assert.Equal(1280 * 800, total);
        // Three bars of heights 3, 7 and 5 cover a visible share of the plot area in Plotly's first trace colour.
        Assert.True(barBlue > total / 20, $"Only {barBlue} of {total} pixels are bar-coloured.");
        Assert.True(white > total / 4, $"Only {white} of {total} pixels are background.");
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task Scale_sets_the_pixel_density()
    {
        var png = await browser.Renderer.RenderPngAsync(TestFigures.Bar, 300, 200, scale: 1, cancel: TestContext.Current.CancellationToken);

        Assert.Equal((300, 200), PngHeader.ReadSize(png));
    }
}
