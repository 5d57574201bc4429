using AnalysisHelpers.Analysis;
using AnalysisHelpers.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AnalysisHelpers.Tests.Charts;

public sealed class PlotlyFigureJsonTests
{
    [Fact]
    public void Every_chart_of_the_workbook_gives_the_text_of_toFigureJson()
    {
        var charts = WorkbookAnalysis.Load(RepoPaths.Data).AllCharts();

        Assert.NotEmpty(charts);
        Assert.All(charts, spec => Assert.Equal(GenericChart.toFigureJson(spec.Chart), PlotlyFigureJson.Of(spec.Chart)));
        Assert.All(charts, spec => Assert.Equal(GenericChart.toFigureJson(spec.Chart), spec.FigureJson));
    }

    public static TheoryData<string> Kinds => ["point", "bar with colours", "dates and text", "grid of subplots", "missing values"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Plotly_NET_charts_of_other_kinds_give_the_text_of_toFigureJson(string kind)
    {
        var chart = Chart(kind);

        var json = PlotlyFigureJson.Of(chart);

        Assert.Equal(GenericChart.toFigureJson(chart), json);
        Assert.Contains("\"data\":[", json, StringComparison.Ordinal);
    }

    private static GenericChart Chart(string kind) => kind switch
    {
        "point" => CSharpChart.Point<double, double, string>(new[] { 1.0, 2.5 }, new[] { 3.0, -4.25 }),
        "bar with colours" => CSharpChart.Bar<double, string, string>(new[] { 1.0, 2.0 }, new[] { "a", "b" },
            MarkerColor: Color.fromColors([Color.fromHex("#c8102e"), Color.fromRGB(0, 90, 181)]), Name: "bars"),
        "dates and text" => CSharpChart.Line<DateTime, double, string>(
                new[] { new DateTime(2025, 1, 27), new DateTime(2025, 3, 31) }, new[] { 0.17, 1e9 },
                MultiText: new[] { "sell-off “17%”", "quarter" }, ShowMarkers: true)
            .WithXAxisStyle<double, double, string>(TitleText: "Dates & text <b>escaped</b>").WithSize(Width: 700),
        "grid of subplots" => CSharpChart.Grid(new[]
        {
            CSharpChart.Point<int, int, string>(new[] { 1 }, new[] { 2 }),
            CSharpChart.Bar<int, string, string>(new[] { 3 }, new[] { "x" }),
        }, 2, 1),
        "missing values" => CSharpChart.Point<double, double, string>(new[] { 1.0, double.NaN }, new[] { double.PositiveInfinity, 0.0 }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
