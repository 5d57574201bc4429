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
        Derived = DerivedCatalogue.Compute(data);
        FactCheck = data.Links.Count > 0
            ? FactChecker.Check(data.Claims, data.References, data.Links, data.Sources, data.AnnotationOf, Derived)
            : [];
        Conflicts = ConflictFinder.Find(data, FactCheck, Derived);
        ConflictsByKind = ConflictFinder.ByKind(Conflicts);
    }

    public ClaimsDataset Data { get; }

    /// <summary>Every derived figure: first those within one article, then those across articles, then those set
    /// against reference figures (see <see cref="DerivedFigure.Scope"/>).</summary>
    public IReadOnlyList<DerivedFigure> Derived { get; }

    /// <summary>Derived figures whose inputs are all claims of one article.</summary>
    public IReadOnlyList<DerivedFigure> DerivedWithinArticle => Derived.Where(d => d.Scope == DerivedScope.WithinArticle).ToList();

    /// <summary>Derived figures that combine claims of several articles or set claims against reference figures.</summary>
    public IReadOnlyList<DerivedFigure> DerivedCrossSource => Derived.Where(d => d.Scope != DerivedScope.WithinArticle).ToList();

    /// <summary>Every conflict between articles and against reference figures, ordered by kind.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>The conflicts grouped by kind, each group with its heading and the meaning of the kind.</summary>
    public IReadOnlyList<ConflictGroup> ConflictsByKind { get; }

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
