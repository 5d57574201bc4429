using System.Globalization;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>Valid data in any amount: <c>count</c> claims for one row chart, spread over the sample articles, with
/// every bound shape, so a test can ask what a chart does with more rows than a figure holds.</summary>
internal static class GeneratedClaims
{
    /// <summary>Every row chart and what one generated claim of it is (category, unit).</summary>
    public static TheoryData<string, int> RowCharts(params int[] counts)
    {
        var data = new TheoryData<string, int>();
        foreach (var chart in Charts.Keys.Order(StringComparer.Ordinal))
            foreach (int count in counts)
                data.Add(chart, count);
        return data;
    }

    private static readonly Dictionary<string, (string Category, Unit Unit)> Charts = new(StringComparer.Ordinal)
    {
        [TrainingCostChart.Id] = (ClaimCategories.TrainingCost, Unit.USD),
        [OperatingCostChart.Id] = (ClaimCategories.OperatingCost, Unit.USD),
        [PledgesAndSelloffChart.Id] = (ClaimCategories.Pledge, Unit.USD),
        [AdoptionChart.Id] = (ClaimCategories.Adoption, Unit.Count),
        [FundingDeclineChart.Id] = (ClaimCategories.Funding, Unit.USD),
        [ConflictsChart.Id] = (ClaimCategories.TrainingCost, Unit.USD),
        [FactCheckChart.Id] = (ClaimCategories.TrainingCost, Unit.USD),
    };

    /// <summary>Ids with gaps (G00001, G00003, …), so the source line cannot compact them into one run.</summary>
    public static string IdOf(int i) => "G" + (2 * i + 1).ToString("D6", CultureInfo.InvariantCulture);

    public static IReadOnlyList<Claim> For(string chart, int count)
    {
        var (category, unit) = Charts[chart];
        return Enumerable.Range(0, count).Select(i => Make(i, category, unit)).ToList();
    }

    public static Claim Make(int i, string category, Unit unit)
    {
        var source = SampleArticles.Sources[i % SampleArticles.Sources.Count];
        double value = (i + 1) * 1000.0;
        var quantity = (i % 4) switch
        {
            0 => Quantity.Point(value, unit, Qualifier.Exact),
            1 => Quantity.AtLeast(value, unit),
            2 => Quantity.AtMost(value, unit),
            _ => Quantity.Between(value, value * 3, unit),
        };
        return SampleArticles.Make(IdOf(i), source, category, $"Company {i % 37}", $"Model {i}", category == ClaimCategories.Adoption ? "download_count" : "amount",
            quantity, $"figure {i}", period: "2025-Q1");
    }

    /// <summary>The chart of that name over the claims, as the workbook builds it; conflicts pair consecutive claims,
    /// and the fact check sets each claim beside a reference figure of its own.</summary>
    public static ChartSpec Build(string chart, IReadOnlyList<Claim> claims, IReadOnlyList<Source> sources) => chart switch
    {
        TrainingCostChart.Id => TrainingCostChart.Build(claims, sources),
        OperatingCostChart.Id => OperatingCostChart.Build(claims, sources, Derived(claims)),
        PledgesAndSelloffChart.Id => PledgesAndSelloffChart.Build(claims, sources),
        AdoptionChart.Id => AdoptionChart.Build(claims, sources),
        FundingDeclineChart.Id => FundingDeclineChart.Build(claims, sources),
        ConflictsChart.Id => ConflictsChart.Build(Conflicts(claims), claims, sources),
        FactCheckChart.Id => FactCheckChart.Build(Checks(claims), sources),
        _ => throw new ArgumentException(chart),
    };

    /// <summary>How many rows the chart has to draw for these claims, worked out from the data and the chart's rules
    /// rather than from the figure.</summary>
    public static int RowsInData(string chart, IReadOnlyList<Claim> claims) => chart switch
    {
        OperatingCostChart.Id => claims.Count + Derived(claims).Count,
        FactCheckChart.Id => 2 * claims.Count,
        _ => claims.Count,
    };

    private static List<DerivedFigure> Derived(IReadOnlyList<Claim> claims) => claims.Take(3)
        .Select(c => new DerivedFigure("implied-" + c.ClaimId.ToLowerInvariant(), $"Implied cost from {c.ClaimId}", "half of it",
            [c.ClaimId], c.Quantity.ToInterval() * Interval.Point(0.5), Unit.USD, ""))
        .ToList();

    private static List<Conflict> Conflicts(IReadOnlyList<Claim> claims) => claims.Chunk(2)
        .Where(pair => pair.Length == 2)
        .Select(pair => new Conflict(ConflictKind.IncompatibleValues, pair.Select(c => c.ClaimId).ToList(), [],
            pair.Select(c => c.SourceId).Distinct().ToList(), [], $"{pair[0].ClaimId} and {pair[1].ClaimId} disagree",
            pair[0].Subject, pair[0].Metric, pair[0].Unit, []))
        .ToList();

    private static List<FactCheckResult> Checks(IReadOnlyList<Claim> claims) => claims
        .Select((c, i) =>
        {
            var reference = new ReferenceFigure("R" + i.ToString("D6", CultureInfo.InvariantCulture), $"reference for {c.ClaimId}",
                (i + 1) * 1500.0, null, null, "USD", "2025", "primary", "Generated citation", "");
            return new FactCheckResult(c.ClaimId, reference.RefId, "same-quantity", Verdict.Consistent, c.Quantity.ToInterval(),
                Interval.Point((i + 1) * 1500.0), null, null, null, "generated", reference.Citation, "generated link", c, reference);
        })
        .ToList();
}
