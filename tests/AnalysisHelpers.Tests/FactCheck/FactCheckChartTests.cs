using System.Text.Json;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Charts;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>The fact-check chart read back from its figure JSON: claims beside references on a log axis, bounds as
/// arrows, colours by verdict, escaped hover text.</summary>
public class FactCheckChartTests
{
    private static readonly Claim V3 = Claim(Quantity.Point(6e6, Unit.USD, Qualifier.Claimed), "approximately $6 million", item: "DeepSeek-V3", id: "C101");
    private static readonly Claim R1 = Claim(Quantity.AtMost(6e6, Unit.USD), "less than $6 million", item: "DeepSeek-R1", id: "C102");
    private static readonly Claim Floor = Claim(Quantity.AtLeast(1e8, Unit.USD), "$100 million+", item: "GPT-4", id: "C103");
    private static readonly Claim Range = Claim(Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions", item: "GPT-4", id: "C104");
    private static readonly Claim Share = Claim(Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%", id: "C105");
    private static readonly Claim Downloads = Claim(Quantity.AtLeast(6e8, Unit.Count), "over 600 million downloads", item: "Qwen", id: "C106");
    private static readonly Claim Pledge = Claim(Quantity.Point(53e9, Unit.USD), "$53 billion", id: "C107");

    private static readonly ReferenceFigure V3Cost = Reference(5_576_000, "USD", topic: "DeepSeek-V3 training cost", id: "R02", citation: "Technical report <b>Table 1</b>");
    private static readonly ReferenceFigure Compute = Reference(78_400_000, "USD", topic: "GPT-4 training compute cost estimate", id: "R07");
    private static readonly ReferenceFigure Hardware = Reference(null, "USD", low: 41e6, high: 78e6, topic: "GPT-4 amortised hardware and energy cost", id: "R08");
    private static readonly ReferenceFigure ShareRef = Reference(0.02, "fraction", topic: "DeepSeek expense share", hedge: "probably", id: "R11");
    private static readonly ReferenceFigure DownloadsRef = Reference(7e8, "count", topic: "Qwen downloads", id: "R17");
    private static readonly ReferenceFigure PledgeRef = Reference(3.8e11, "CNY", low: 3.8e11, topic: "Alibaba pledge", id: "R15");

    private const string ScriptNote = "Compare <script>alert('x')</script> with care.";

    private static readonly IReadOnlyList<FactCheckResult> Results = FactChecker.Check(
        [V3, R1, Floor, Range, Share, Downloads, Pledge],
        [V3Cost, Compute, Hardware, ShareRef, DownloadsRef, PledgeRef],
        [
            new("C101", "R02", Relations.SameQuantity, ScriptNote),
            new("C102", "R02", Relations.DifferentScope, "V3's figure given for R1."),
            new("C103", "R07", Relations.BoundCheck, "A floor against an estimate."),
            new("C104", "R08", Relations.BoundCheck, "A range against a range."),
            new("C105", "R11", Relations.SameQuantity, "The same share."),
            new("C106", "R17", Relations.BoundCheck, "A count."),
            new("C107", "R15", Relations.BoundCheck, "Two currencies."),
        ],
        [Article()]);

    private static readonly ChartSpec Spec = FactCheckChart.Build(Results, [Article()]);

    private static string Axis(JsonElement trace) => trace.TryGetProperty("xaxis", out var x) ? x.GetString()! : "x";

    private static double[] AxisEnds(FigureJsonReader figure, string layoutKey)
    {
        var range = figure.Layout.GetProperty(layoutKey).GetProperty("range");
        bool log = figure.Layout.GetProperty(layoutKey).GetProperty("type").GetString() == "log";
        return [.. range.EnumerateArray().Select(e => log ? Math.Pow(10, e.GetDouble()) : e.GetDouble())];
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    [Fact]
    public void Is_identified_as_the_fact_check_chart_and_lists_only_drawn_claims()
    {
        Assert.Equal("fact-check", Spec.Id);
        // The count and the two-currency pair stay in the table.
        Assert.Equal(["C101", "C102", "C103", "C104", "C105"], Spec.ClaimIds);
        Assert.Contains("table", Spec.Caption);
        Assert.Contains("second panel", Spec.Caption);
    }

    [Fact]
    public void Money_is_on_a_log_axis_and_shares_on_a_linear_one()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        Assert.Equal("log", figure.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("linear", figure.Layout.GetProperty("xaxis2").GetProperty("type").GetString());
    }

    [Fact]
    public void Every_plotted_value_is_a_claim_or_reference_number_or_the_axis_end_an_arrow_runs_to()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        // Claims: 6e6, 6e6 (ceiling), 1e8 (floor), 1e8–1e9; references: 5.576e6 (twice), 78.4e6, 41e6–78e6.
        double[] money = [6e6, 5_576_000, 1e8, 78_400_000, 1e9, 41e6, 78e6];
        double[] shares = [0.02];
        var moneyEnds = AxisEnds(figure, "xaxis");
        var shareEnds = AxisEnds(figure, "xaxis2");
        var plotted = new List<(string Axis, double X)>();
        foreach (var trace in figure.Traces)
            plotted.AddRange(Numbers(trace, "x").Select(x => (Axis(trace), x)));

        Assert.All(plotted, p => Assert.True(
            p.Axis == "x" ? money.Concat(moneyEnds).Any(v => Close(v, p.X)) : shares.Concat(shareEnds).Any(v => Close(v, p.X)),
            $"{p.X} on {p.Axis} is neither a figure nor an axis end"));
        Assert.All(money, v => Assert.Contains(plotted, p => p.Axis == "x" && Close(p.X, v)));
        Assert.Contains(plotted, p => p.Axis == "x2" && Close(p.X, 0.02));
    }

    [Fact]
    public void Bounds_are_arrows_to_the_axis_edge_and_never_bars()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        Assert.DoesNotContain(figure.Traces, t => t.GetProperty("type").GetString() == "bar");

        var ceiling = figure.SingleTraceFor("C102");
        var x = Numbers(ceiling, "x");
        Assert.Equal(6e6, x[1]);
        Assert.True(Close(AxisEnds(figure, "xaxis")[0], x[0]));
        Assert.Contains("lines", ceiling.GetProperty("mode").GetString());

        var floor = figure.SingleTraceFor("C103");
        var fx = Numbers(floor, "x");
        Assert.Equal(1e8, fx[0]);
        Assert.True(Close(AxisEnds(figure, "xaxis")[1], fx[1]));
    }

    [Fact]
    public void Each_claim_is_followed_by_its_reference_in_the_same_verdict_colour()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var money = figure.Traces.Where(t => Axis(t) == "x").ToList();
        var ids = money.Select(t => Strings(t, "customdata")[0]).ToList();
        Assert.Equal(["C101", "R02", "C102", "R02", "C103", "R07", "C104", "R08"], ids);
        for (int i = 0; i < money.Count; i += 2)
        {
            string claimColour = money[i].GetProperty("marker").GetProperty("color").GetString()!;
            Assert.Equal(claimColour, money[i + 1].GetProperty("marker").GetProperty("color").GetString());
        }
        // Rounded (C101), misattributed (C102) and contradicted (C103) pairs each get their own colour.
        var colours = new[] { 0, 2, 4 }.Select(i => money[i].GetProperty("marker").GetProperty("color").GetString()).ToList();
        Assert.Equal(3, colours.Distinct().Count());
    }

    [Fact]
    public void The_legend_names_each_drawn_verdict_once()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var shown = figure.Traces.Where(t => t.GetProperty("showlegend").GetBoolean()).Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(shown.Distinct().Count(), shown.Count);
        Assert.Contains("Rounded", shown);
        Assert.Contains("Misattributed", shown);
        Assert.Contains("Contradicted", shown);
        Assert.Contains("Dropped hedge", shown);
    }

    [Fact]
    public void Hover_names_the_claim_its_wording_the_reference_value_and_the_citation_all_escaped()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        string hover = Strings(figure.SingleTraceFor("C101"), "hovertext")[0];
        Assert.Contains("C101", hover);
        Assert.Contains("approximately $6 million", hover);
        Assert.Contains("$5.58M", hover);
        Assert.Contains("Technical report &lt;b&gt;Table 1&lt;/b&gt;", hover);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", hover);
    }

    [Fact]
    public void Markup_in_a_note_never_reaches_the_figure_unescaped()
    {
        Assert.DoesNotContain("<script>", Spec.FigureJson, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Table 1", Spec.FigureJson);
    }

    [Fact]
    public void A_source_line_under_the_chart_names_the_articles_claims_and_references()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var source = Assert.Single(figure.Annotations, a => a.GetProperty("text").GetString()!.StartsWith("Source:"));
        string text = source.GetProperty("text").GetString()!;
        Assert.Contains("An article", text);
        Assert.Contains("R02", text);
        Assert.Contains("R08", text);
        Assert.True(source.GetProperty("yshift").GetDouble() < 0);
    }

    [Fact]
    public void A_floor_label_stands_on_its_own_row_left_of_the_floor_so_it_neither_meets_the_row_above_nor_runs_off_the_edge()
    {
        // A floor of 90% on an axis that ends at 100%: a label to its right ("R19: more than 90%") would be cut off.
        var claim = Claim(Quantity.AtLeast(0.9, Unit.Fraction), "more than 90%", id: "C201");
        var reference = Reference(null, "fraction", low: 0.9, topic: "Cost decline", id: "R19");
        var results = FactChecker.Check([claim], [reference], [new("C201", "R19", Relations.BoundCheck, "Two floors.")], [Article()]);
        using var shares = new FigureJsonReader(FactCheckChart.Build(results, [Article()]).FigureJson);
        using var money = new FigureJsonReader(Spec.FigureJson);

        foreach (var trace in shares.TracesFor("C201").Concat(shares.TracesFor("R19")).Append(money.SingleTraceFor("C103")))
        {
            Assert.Equal("middle left", trace.GetProperty("textposition").GetString());
            Assert.EndsWith("\u2002", Strings(trace, "text")[0]);
        }
        Assert.Contains("R19: more than 90%", Strings(shares.TracesFor("R19").Single(), "text")[0]);
    }

    [Fact]
    public void The_source_line_points_to_no_hover_text_a_printed_chart_lacks()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var source = Assert.Single(figure.Annotations, a => a.GetProperty("text").GetString()!.StartsWith("Source:"));
        Assert.DoesNotContain("hover", source.GetProperty("text").GetString()!);
    }

    [Fact]
    public void Without_shares_there_is_one_panel_and_the_caption_says_so()
    {
        var spec = FactCheckChart.Build(Results.Where(r => r.Claim.Unit != Unit.Fraction), [Article()]);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.False(figure.Layout.TryGetProperty("xaxis2", out _));
        Assert.Contains("no shares", spec.Caption);
    }
}
