using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>Valid data with more rows than a figure holds: every row chart stays within the tallest figure allowed,
/// draws its first rows and counts the others, and the count it prints is the number of rows the data has less the
/// number it draws.</summary>
public partial class ChartGrowthTests
{
    public static TheoryData<string, int> Cases => GeneratedClaims.RowCharts(50, 10_000);

    [GeneratedRegex(@"([\d,]+) rows? of ([\d,]+) drawn, the first in the order below; ([\d,]+) more not drawn")]
    private static partial Regex NotDrawnNote();

    private static int Number(string digits) => int.Parse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_row_chart_with_many_rows_fits_the_tallest_figure_and_counts_the_rows_it_leaves_out(string chart, int count)
    {
        var claims = GeneratedClaims.For(chart, count);

        var spec = GeneratedClaims.Build(chart, claims, SampleArticles.Sources);

        Assert.InRange(spec.Height, 1, HouseStyle.MaxHeight);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Equal(spec.Height, figure.Layout.GetProperty("height").GetInt32());
        var notes = figure.Annotations.Select(a => NotDrawnNote().Match(a.GetProperty("text").GetString()!)).Where(m => m.Success).ToList();
        Assert.NotEmpty(notes);
        int drawnRows = figure.Traces.Count;
        int shown = notes.Sum(n => Number(n.Groups[1].Value));
        int total = notes.Sum(n => Number(n.Groups[2].Value));
        int left = notes.Sum(n => Number(n.Groups[3].Value));
        // Each note counts its own panel; panels whose rows all fit have none.
        Assert.Equal(total, shown + left);
        Assert.True(shown <= drawnRows, $"notes count {shown} drawn rows, the figure has {drawnRows} traces");
        Assert.Equal(GeneratedClaims.RowsInData(chart, claims), drawnRows + left);
        Assert.Contains($"the {left.ToString("N0", CultureInfo.InvariantCulture)} left out", spec.Caption);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_claims_a_full_chart_names_are_those_of_the_rows_it_draws(string chart, int count)
    {
        var claims = GeneratedClaims.For(chart, count);

        var spec = GeneratedClaims.Build(chart, claims, SampleArticles.Sources);

        using var figure = new FigureJsonReader(spec.FigureJson);
        var drawnIds = figure.Traces.SelectMany(t => Strings(t, "customdata")).ToHashSet(StringComparer.Ordinal);
        var claimIds = claims.Select(c => c.ClaimId).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(spec.ClaimIds);
        Assert.All(spec.ClaimIds, id => Assert.True(drawnIds.Contains(id) || !claimIds.Contains(id), $"{id} is named but not drawn"));
        string sourceLine = figure.Annotations[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain(claims.Select(c => c.ClaimId).Where(id => !drawnIds.Contains(id)).Take(50), id => sourceLine.Contains(id + ",") || sourceLine.EndsWith(id));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_full_chart_is_byte_identical_between_builds(string chart, int count)
    {
        var claims = GeneratedClaims.For(chart, count);
        string first = GeneratedClaims.Build(chart, claims, SampleArticles.Sources).FigureJson;
        Assert.Equal(first, GeneratedClaims.Build(chart, claims, SampleArticles.Sources).FigureJson);
        // Conflicts and checks come in the order their own tables give; the claims charts sort what they draw.
        if (chart is not (ConflictsChart.Id or AnalysisHelpers.FactCheck.FactCheckChart.Id))
            Assert.Equal(first, GeneratedClaims.Build(chart, claims.Reverse().ToList(), SampleArticles.Sources).FigureJson);
    }

    [Fact]
    public void Panels_share_the_rows_so_a_small_panel_keeps_all_of_its_rows_beside_a_large_one()
    {
        var counts = Enumerable.Range(0, 10_000).Select(i => GeneratedClaims.Make(i, ClaimCategories.Adoption, Unit.Count));
        var shares = Enumerable.Range(0, 3).Select(i => GeneratedClaims.Make(20_000 + i, ClaimCategories.Adoption, Unit.Fraction) with
        {
            Value = 0.1 * (i + 1), ValueLow = null, ValueHigh = null, Qualifier = Qualifier.Exact,
        });

        var spec = AdoptionChart.Build(counts.Concat(shares).ToList(), SampleArticles.Sources);

        using var figure = new FigureJsonReader(spec.FigureJson);
        foreach (var share in shares) Assert.Single(figure.TracesFor(share.ClaimId));
        var note = Assert.Single(figure.Annotations, a => NotDrawnNote().IsMatch(a.GetProperty("text").GetString()!));
        var match = NotDrawnNote().Match(note.GetProperty("text").GetString()!);
        Assert.Equal(10_000, Number(match.Groups[2].Value));
    }

    [Fact]
    public void A_conflicts_claims_are_drawn_together_or_not_at_all()
    {
        var claims = GeneratedClaims.For(ConflictsChart.Id, 301);

        var spec = GeneratedClaims.Build(ConflictsChart.Id, claims, SampleArticles.Sources);

        using var figure = new FigureJsonReader(spec.FigureJson);
        var drawn = figure.Traces.SelectMany(t => Strings(t, "customdata")).ToHashSet(StringComparer.Ordinal);
        foreach (var pair in claims.Chunk(2).Where(p => p.Length == 2))
            Assert.Equal(drawn.Contains(pair[0].ClaimId), drawn.Contains(pair[1].ClaimId));
    }

    [Theory]
    [InlineData(50, 4)]
    [InlineData(10_000, 4)]
    [InlineData(10_000, 10_000)]
    public void Claims_by_source_fits_the_tallest_figure_and_still_counts_every_claim(int count, int articles)
    {
        var sources = Enumerable.Range(0, articles)
            .Select(i => new Source($"s{i:D5}", $"{i:D5}.txt", $"Generated article number {i}", "outlet", "news", "2025", "")).ToList();
        var claims = Enumerable.Range(0, count)
            .Select(i => GeneratedClaims.Make(i, ClaimCategories.All[i % ClaimCategories.All.Count], Unit.USD) with { SourceId = sources[i % articles].SourceId })
            .ToList();

        var spec = ClaimsBySourceChart.Build(claims, sources);

        Assert.InRange(spec.Height, 1, HouseStyle.MaxHeight);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Equal(count, figure.Traces.Sum(t => Numbers(t, "x").Sum()));
        var rows = figure.Layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()!).ToList();
        if (rows.Count < articles)
        {
            string others = rows[^1];
            Assert.Equal($"{(articles - rows.Count + 1).ToString("N0", CultureInfo.InvariantCulture)} other articles", others);
            Assert.Contains($"the claims of the {(articles - rows.Count + 1).ToString("N0", CultureInfo.InvariantCulture)} others", spec.Caption);
        }
        Assert.Equal(count, spec.ClaimIds.Count);
    }
}
