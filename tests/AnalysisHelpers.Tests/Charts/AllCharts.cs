using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>Every chart builder by name, for tests that must hold for all of them.</summary>
internal static class AllCharts
{
    public static TheoryData<string> Names => new(Builders.Keys.Order());

    public static ChartSpec Build(string name, IReadOnlyList<Claim> claims, IReadOnlyList<Source> sources) =>
        Builders[name](claims, sources);

    private static readonly Dictionary<string, Func<IReadOnlyList<Claim>, IReadOnlyList<Source>, ChartSpec>> Builders = new()
    {
        [TrainingCostChart.Id] = TrainingCostChart.Build,
        [OperatingCostChart.Id] = (claims, sources) => OperatingCostChart.Build(claims, sources, [DerivedFrom(claims, "C008", "C009")]),
        [FundingDeclineChart.Id] = (claims, sources) => FundingDeclineChart.Build(claims, sources,
            DerivedFrom(claims, "C061", "C063"), DerivedFrom(claims, "C061", "C062")),
        [PledgesAndSelloffChart.Id] = PledgesAndSelloffChart.Build,
        [AdoptionChart.Id] = AdoptionChart.Build,
        [ClaimsBySourceChart.Id] = ClaimsBySourceChart.Build,
        [ConflictsChart.Id] = (claims, sources) => ConflictsChart.Build(ConflictFinder.Find(claims), claims, sources),
    };

    /// <summary>A derived figure over two sample claims, named after the first claim's subject.</summary>
    private static DerivedFigure DerivedFrom(IReadOnlyList<Claim> claims, string firstId, string secondId)
    {
        var first = claims.Single(c => c.ClaimId == firstId);
        return new DerivedFigure($"derived-{firstId}-{secondId}".ToLowerInvariant(), $"{first.Subject} derived from {first.AsStated}",
            $"{first.Metric} and {secondId}", [firstId, secondId], first.Quantity.ToInterval() * Interval.Point(0.5), Unit.USD, "");
    }
}
