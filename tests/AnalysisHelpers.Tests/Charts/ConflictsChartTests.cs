using AnalysisHelpers.Charts;
using AnalysisHelpers.Conflicts;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class ConflictsChartTests
{
    [Fact]
    public void Each_conflict_with_figures_is_numbered_as_in_the_table_with_its_claims_as_stated()
    {
        var conflicts = ConflictFinder.Find(SampleArticles.Claims);
        var model = conflicts.Select((c, i) => (c, Number: i + 1)).Single(x => x.c.Kind == ConflictKind.DifferentModel);
        var spec = ConflictsChart.Build(conflicts, SampleArticles.Claims, SampleArticles.Sources);
        using var figure = new FigureJsonReader(spec.FigureJson);

        var v3 = figure.SingleTraceFor(SampleArticles.V3TrainingCost.ClaimId);
        var r1 = figure.SingleTraceFor(SampleArticles.R1TrainingCost.ClaimId);
        Assert.Equal([SampleArticles.V3TrainingCost.Value!.Value], Numbers(v3, "x"));
        Assert.Equal(SampleArticles.R1TrainingCost.ValueHigh!.Value, Numbers(r1, "x")[1]);
        Assert.StartsWith($"#{model.Number} ", Strings(v3, "y")[0]);
        Assert.StartsWith($"#{model.Number} ", Strings(r1, "y")[0]);
        Assert.Contains(model.c.Kind.Describe(), Strings(v3, "hovertext")[0]);
        Assert.Contains($"#{model.Number} {model.c.Kind.Describe()}", spec.Caption);
    }

    [Fact]
    public void No_conflicts_gives_an_empty_chart_that_says_so()
    {
        var spec = ConflictsChart.Build([], SampleArticles.Claims, SampleArticles.Sources);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Empty(figure.Traces);
        Assert.Contains("No conflicts", spec.Caption);
    }
}
