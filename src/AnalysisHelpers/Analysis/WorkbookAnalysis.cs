using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;

namespace AnalysisHelpers.Analysis;

/// <summary>Everything the workbook computes from the data folder, in one place: the notebooks show its parts and the
/// report gathers all of them, so both always agree.</summary>
public sealed class WorkbookAnalysis
{
    private WorkbookAnalysis(ClaimsDataset data)
    {
        Data = data;
        Derived = DerivedCatalogue.Compute(data.Claims);
        Conflicts = ConflictFinder.Find(data.Claims);
        FactCheck = data.Links.Count > 0 ? FactChecker.Check(data) : [];
    }

    public ClaimsDataset Data { get; }
    public IReadOnlyList<DerivedFigure> Derived { get; }
    public IReadOnlyList<Conflict> Conflicts { get; }
    /// <summary>One verdict per claim-reference link; empty when the data folder has no reference figures.</summary>
    public IReadOnlyList<FactCheckResult> FactCheck { get; }

    public static WorkbookAnalysis Load(string dataDirectory) => new(ClaimsDataset.Load(dataDirectory));
    public static WorkbookAnalysis From(ClaimsDataset data) => new(data);

    public DerivedFigure? FirstDerived(string kind) =>
        Derived.FirstOrDefault(d => d.Id.StartsWith(kind + "-", StringComparison.Ordinal));

    public ChartSpec TrainingCost() => TrainingCostChart.Build(Data.Claims, Data.Sources);

    public ChartSpec OperatingCost() => OperatingCostChart.Build(Data.Claims, Data.Sources,
        Derived.Where(d => d.Id.StartsWith(DerivedCatalogue.ImpliedOperatingCost + "-", StringComparison.Ordinal)));

    public ChartSpec FundingDecline() => FundingDeclineChart.Build(Data.Claims, Data.Sources,
        FirstDerived(DerivedCatalogue.ImpliedPriorYearFunding), FirstDerived(DerivedCatalogue.AverageDealSize));

    public ChartSpec PledgesAndSelloff() => PledgesAndSelloffChart.Build(Data.Claims, Data.Sources);
    public ChartSpec Adoption() => AdoptionChart.Build(Data.Claims, Data.Sources);
    public ChartSpec ClaimsBySource() => ClaimsBySourceChart.Build(Data.Claims, Data.Sources);
    public ChartSpec ConflictsChart() => Charts.ConflictsChart.Build(Conflicts, Data.Claims, Data.Sources);
    public ChartSpec FactCheckChart() => AnalysisHelpers.FactCheck.FactCheckChart.Build(FactCheck, Data.Sources);

    /// <summary>Every chart of the workbook, in report order.</summary>
    public IReadOnlyList<ChartSpec> AllCharts()
    {
        var charts = new List<ChartSpec>
        {
            ClaimsBySource(), TrainingCost(), OperatingCost(), FundingDecline(), PledgesAndSelloff(), Adoption(), ConflictsChart(),
        };
        if (FactCheck.Count > 0) charts.Add(FactCheckChart());
        return charts;
    }
}
