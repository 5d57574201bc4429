using AnalysisHelpers.Analysis;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Conflicts;

/// <summary>The conflicts in the workbook's own data: enough of them, of every kind the issue names, each resting on
/// evidence that stands on its article line, each explained in one sentence.</summary>
public class ShippedConflictsTests
{
    private static readonly Lazy<WorkbookAnalysis> Shipped = new(() => WorkbookAnalysis.Load(RepoPaths.Data));

    private static WorkbookAnalysis Analysis() => Shipped.Value;

    private static Conflict One(ConflictKind kind, params string[] claimIds) =>
        Assert.Single(Analysis().Conflicts, c => c.Kind == kind && claimIds.All(c.ClaimIds.Contains));

    [Fact]
    public void At_least_fifteen_distinct_disagreements_of_every_kind_are_found()
    {
        var conflicts = Analysis().Conflicts;
        Assert.True(conflicts.Count >= 15, $"{conflicts.Count} conflicts");
        Assert.Equal(conflicts.Count, conflicts.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Enum.GetValues<ConflictKind>().Order(), conflicts.Select(c => c.Kind).Distinct().Order());
        Assert.Contains(conflicts, c => c.IsBetweenArticles);
        Assert.Contains(conflicts, c => !c.IsBetweenArticles);
    }

    [Fact]
    public void The_known_disagreements_are_each_found_as_their_kind()
    {
        Assert.Contains("$100M–$1B", One(ConflictKind.PartialOverlap, "C039", "C077").Explanation);
        Assert.Equal(["R14"], One(ConflictKind.BasePeriod, "C063").RefIds);
        Assert.Equal(["R13", "R22"], One(ConflictKind.Timing, "C075").RefIds);
        Assert.Equal(["R18"], One(ConflictKind.ReleaseAccess, "C048").RefIds);
        One(ConflictKind.Stale, "C085");
        One(ConflictKind.Stale, "C008");
        One(ConflictKind.DroppedHedge, "C009");
        One(ConflictKind.DroppedHedge, "C049");
        One(ConflictKind.DifferentModel, "C071", "C037");
        One(ConflictKind.DroppedHedge, "C072");
        One(ConflictKind.Membership, "C001", "C043");
        One(ConflictKind.Stance, "C090", "C091");
        One(ConflictKind.SameWordDifferentQuantity, "C009", "C037");
        One(ConflictKind.IncompatibleValues, "C009");
    }

    [Fact]
    public void Every_conflict_rests_on_evidence_that_stands_on_its_article_line()
    {
        var articles = RepoPaths.RequireArticles();
        var analysis = Analysis();
        Assert.All(analysis.Conflicts, conflict =>
        {
            Assert.Equal(conflict.ClaimIds.Count + conflict.RefIds.Count, conflict.Evidence.Count);
            foreach (var line in conflict.Evidence.Where(e => !e.IsReference))
            {
                var claim = analysis.Data.Claim(line.Id);
                var text = File.ReadAllLines(Path.Combine(articles!, analysis.Data.SourceOf(claim).FileName))[line.Line - 1];
                Assert.Contains(claim.AsStated, text);
                Assert.Contains("“" + claim.AsStated + "”", line.Text);
            }
            foreach (var line in conflict.Evidence.Where(e => e.IsReference))
                Assert.Contains(analysis.Data.References, r => r.RefId == line.Id && r.Citation == line.Location);
        });
    }

    [Fact]
    public void Every_explanation_is_one_sentence_that_names_what_disagrees()
    {
        Assert.All(Analysis().Conflicts, c =>
        {
            Assert.EndsWith(".", c.Explanation);
            Assert.True(char.IsUpper(c.Explanation[0]), c.Explanation);
            var outsideQuotes = System.Text.RegularExpressions.Regex.Replace(c.Explanation, "“[^”]*”", "“”");
            Assert.DoesNotContain(". ", outsideQuotes);
            Assert.True(c.RefIds.All(c.Explanation.Contains) || c.Kind == ConflictKind.Stale, c.Explanation);
        });
    }

    [Fact]
    public void Groups_by_kind_cover_every_conflict_once_in_kind_order()
    {
        var analysis = Analysis();
        Assert.Equal(analysis.Conflicts.Select(c => c.Id), analysis.ConflictsByKind.SelectMany(g => g.Conflicts).Select(c => c.Id));
        Assert.Equal(analysis.ConflictsByKind.Select(g => g.Kind).Order(), analysis.ConflictsByKind.Select(g => g.Kind));
    }
}
