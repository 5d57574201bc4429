using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Export.Browser;

namespace Workbook.Tests;

/// <summary>Valid data that once crashed the export of charts and the report: more adoption claims than a figure
/// has room for, and article titles without spaces (Chinese) or with an emoji where a row label is cut. Each export
/// ends with exit 0, every chart and the report written, and no stack trace.</summary>
public sealed class CorpusChartDataTests
{
    /// <summary>A Chinese title whose 34th UTF-16 unit is the first half of an emoji.</summary>
    private const string EmojiAtCut = "深度求索推理模型训练成本远低于美国同类模型并引发全球科技股大幅抛售" + "🚀" + "业格局重塑";
    private const string Chinese = "深度求索发布的推理模型在训练成本上远低于美国同类模型并引发全球科技股大幅抛售";

    [Theory]
    [InlineData(50)]
    [InlineData(10_000)]
    public async Task Export_draws_many_adoption_claims_within_the_figure_and_counts_the_rest(int added)
    {
        using var project = new CorpusProject();
        var data = project.AddFullData("data");
        AppendAdoptionClaims(data, added);
        var formats = BrowserOrSkipOutsideCi(html: "html,json");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromMinutes(5), "export", "--formats", formats, "--data", data, "--out", project.Out);

        Assert.True(outcome.ExitCode == 0, outcome.ToString()[..Math.Min(4000, outcome.ToString().Length)]);
        CorpusCli.AssertNoStackTrace(outcome);
        using var figure = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Out, "charts", "adoption.json")));
        var layout = figure.RootElement.GetProperty("layout");
        Assert.InRange(layout.GetProperty("height").GetInt32(), 1, HouseStyle.MaxHeight);
        int countClaims = File.ReadLines(Path.Combine(data, "claims.csv")).Count(l => l.Contains(",adoption,", StringComparison.Ordinal) && l.Contains(",count,", StringComparison.Ordinal));
        var notes = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).Where(t => t.Contains("more not drawn", StringComparison.Ordinal)).ToList();
        // The counts panel holds the shipped count claims and the added ones.
        Assert.Contains(notes, n => n.Contains($" of {countClaims.ToString("N0", CultureInfo.InvariantCulture)} drawn", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(project.Out, "report.html")));
        if (formats.Contains("png", StringComparison.Ordinal)) Assert.True(File.Exists(Path.Combine(project.Out, "charts", "adoption.png")));
    }

    [Fact]
    public async Task Export_draws_charts_of_articles_with_chinese_titles_and_an_emoji_at_the_cut()
    {
        using var project = new CorpusProject();
        var data = project.AddFullData("data");
        var sources = Path.Combine(data, "sources.csv");
        var text = File.ReadAllText(sources)
            .Replace("China's DeepSeek R1: A Catalyst for Global AI Competition", EmojiAtCut, StringComparison.Ordinal)
            .Replace(",R1 catalyst blog post\n", ",\n", StringComparison.Ordinal)
            .Replace("DeepSeek’s Impact on China’s AI Industry", Chinese, StringComparison.Ordinal)
            .Replace(",DeepSeek impact explainer\n", ",\n", StringComparison.Ordinal);
        Assert.Contains(EmojiAtCut, text);
        File.WriteAllText(sources, text, new UTF8Encoding(false));
        LabelOptional(data);
        Assert.True(char.IsHighSurrogate(EmojiAtCut[SourceLabels.ShortTitleLength - 1]));
        var formats = BrowserOrSkipOutsideCi(html: null);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromMinutes(5), "export", "--formats", formats, "--data", data, "--out", project.Out);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        CorpusCli.AssertNoStackTrace(outcome);
        Assert.DoesNotContain("transcode", outcome.Stderr, StringComparison.OrdinalIgnoreCase);
        var pngs = Directory.GetFiles(Path.Combine(project.Out, "charts"), "*.png");
        Assert.Contains(pngs, p => Path.GetFileName(p) == "training-cost.png");
        var json = File.ReadAllText(Path.Combine(project.Out, "charts", "training-cost.json"));
        Assert.Contains(EmojiAtCut[..(SourceLabels.ShortTitleLength - 1)] + "…", json);
    }

    /// <summary>Static formats when a browser is here; outside CI without one, HTML alone (or a skip when the case
    /// needs the browser). In CI a browser is installed, so the static formats always run there.</summary>
    private static string BrowserOrSkipOutsideCi(string? html)
    {
        if (BrowserLocator.Find().Found) return "html,json,png,pdf";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail("CI must have a browser for chart export tests.");
        if (html is null) Assert.Skip($"Needs a Chromium-family browser. {BrowserLocator.Find().Message}");
        return html;
    }

    /// <summary>The shipped schema requires a label for every article, which charts show instead of the title; a
    /// schema that lets a label be empty makes the charts cut the title into a row label.</summary>
    private static void LabelOptional(string data)
    {
        var path = Path.Combine(data, "sources.schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!;
        var label = schema["fields"]!.AsArray().Single(f => (string?)f!["name"] == "label")!;
        Assert.True(label["constraints"]!.AsObject().Remove("required"));
        File.WriteAllText(path, schema.ToJsonString());
    }

    /// <summary>Adds valid adoption claims: copies of a shipped download-count claim with their own ids and
    /// subjects, standing on the same article line. The shipped schema numbers claims with three digits, so the
    /// copy's schema allows six.</summary>
    private static void AppendAdoptionClaims(string data, int count)
    {
        var schema = Path.Combine(data, "claims.schema.json");
        var schemaText = File.ReadAllText(schema);
        Assert.Contains("\"^C[0-9]{3}$\"", schemaText);
        File.WriteAllText(schema, schemaText.Replace("\"^C[0-9]{3}$\"", "\"^C[0-9]{3,6}$\"", StringComparison.Ordinal));
        var claims = Path.Combine(data, "claims.csv");
        var rows = new StringBuilder(File.ReadAllText(claims).TrimEnd('\r', '\n')).Append('\n');
        for (int i = 0; i < count; i++)
        {
            string id = "C" + (100_000 + i).ToString(CultureInfo.InvariantCulture);
            rows.Append(id).Append(",china-ai-state-strategy-takeaways,10,adoption,Lab ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(",Model ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(",download_count,,600000000,,count,lower_bound,,over 600 million downloads,Josh Chin,A generated adoption claim.,Generated for a test.\n");
        }
        File.WriteAllText(claims, rows.ToString(), new UTF8Encoding(false));
    }
}
