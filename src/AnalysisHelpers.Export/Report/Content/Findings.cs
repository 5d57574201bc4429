using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>
/// The findings that open the report: what the articles claim and how it holds up. Each sentence is put together from
/// the analysis (claims, fact-check verdicts, derived figures, conflicts); no figure is typed here. Every figure is
/// written as the tables write it and every id links to its row, so a reader can trace each number.
/// </summary>
/// <remarks>Only the logic of what to say lives here; how it looks is <see cref="ReportHtml"/>'s.</remarks>
internal sealed class Findings(WorkbookAnalysis analysis, ReportIds ids, ReportTables tables)
{
    /// <summary>Most groups of conflicting claims the findings spell out; the rest are counted and left to the table.</summary>
    public const int MostConflictGroups = 4;

    /// <summary>Most derived funding figures of one article the findings name; the rest are left to the table.</summary>
    public const int MostFundingFigures = 4;

    public IReadOnlyList<ReportBlock> Build()
    {
        var blocks = new List<ReportBlock>();
        foreach (var text in new[] { Overview(), TrainingCosts(), Funding(), Disagreements() })
        {
            if (text is not null) blocks.Add(new ReportParagraph(text));
        }
        return blocks;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many claims, and how the checked ones fared, verdict by verdict.</summary>
    private ReportText Overview()
    {
        var claims = analysis.Data.Claims;
        var t = new TextBuilder().Strong("In brief. ")
            .Add($"The articles make {Count(claims.Count)} claims, {Count(claims.Count(c => c.IsQuantitative))} of them with figures (")
            .NumberOf(ReportTables.ArticlesId).Add(").");
        if (analysis.FactCheck.Count > 0)
        {
            var verdicts = analysis.FactCheck.GroupBy(r => r.Verdict).OrderBy(g => g.Key).ToList();
            t.Add($" Of the {Count(analysis.FactCheck.Count)} claim–reference pairs checked against primary documents and secondary reports, ")
                .Join(verdicts, (b, g) => b.Add($"{Count(g.Count())} {g.Key.Describe().ToLowerInvariant()}"))
                .Add(" (").NumberOf(ReportTables.VerdictsId).Add(").");
        }
        if (analysis.Conflicts.Count > 0)
        {
            var kinds = analysis.Conflicts.GroupBy(c => c.Kind).OrderBy(g => g.Key).ToList();
            t.Add($" Set against each other, the articles conflict {Count(analysis.Conflicts.Count)} times (")
                .NumberOf(ReportTables.ConflictKindsId).Add("): ")
                .Join(kinds, (b, g) => b.Add($"{g.Key.Describe()} ({Count(g.Count())})"), "; ", "; ")
                .Add(".");
        }
        return t.Build();
    }

    /// <summary>Each training-cost claim with what the references that test it say, verdict by verdict.</summary>
    private ReportText? TrainingCosts()
    {
        var checkedClaims = analysis.FactCheck
            .Where(r => r.Claim.Category == "training_cost" && r.Verdict != Verdict.Unverifiable)
            .GroupBy(r => r.ClaimId)
            .Select(g => (Claim: g.First().Claim, Results: g.ToList()))
            // Subjects in the order they first appear, then claims in id order: DeepSeek's figures before GPT-4's.
            .GroupBy(c => c.Claim.Subject)
            .OrderBy(g => g.Min(c => c.Claim.ClaimId), StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(c => c.Claim.ClaimId, StringComparer.Ordinal))
            .ToList();
        if (checkedClaims.Count == 0) return null;

        var t = new TextBuilder().Strong("Training costs. ");
        foreach (var (claim, results) in checkedClaims)
        {
            t.Add(ids.SourceLabel(claim.SourceId) + " gives " + Wording.Possessive(ItemOf(claim)) + " " + Wording.Words(claim.Metric) + " as ")
                .Add(Wording.Quoted(claim.AsStated)).Add(" (").Link(claim.ClaimId, ReportIds.ClaimAnchor(claim.ClaimId)).Add("): ");
            var byVerdict = results.GroupBy(r => r.Verdict).OrderBy(g => VerdictOrder(g.Key)).ToList();
            for (int i = 0; i < byVerdict.Count; i++)
            {
                if (i > 0) t.Add("; ");
                VerdictClause(t, byVerdict[i].Key, byVerdict[i].ToList());
            }
            t.Add(". ");
        }
        t.Add("Each pair is in ").NumberOf(ReportTables.FactCheckId).Add(".");
        return t.Build();
    }

    /// <summary>The order in which a claim's verdicts are told: agreement first, then what undermines it.</summary>
    private static int VerdictOrder(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => 0,
        Verdict.Rounded => 1,
        Verdict.DroppedHedge => 2,
        Verdict.Misattributed => 3,
        Verdict.Contradicted => 4,
        Verdict.DifferentScope => 5,
        Verdict.Postdated => 6,
        _ => 7,
    };

    private static void VerdictClause(TextBuilder t, Verdict verdict, IReadOnlyList<FactCheckResult> results)
    {
        void Refs() => t.Join(results, (b, r) =>
        {
            b.Link(r.RefId, ReportIds.ReferenceAnchor(r.RefId)).Add(FigureWords.Owned(r.Reference)[r.RefId.Length..]);
            if (verdict == Verdict.Rounded && ReportTables.Difference(r) is { Length: > 0 } d) b.Add($" ({d})");
        });

        switch (verdict)
        {
            case Verdict.Consistent: t.Add("consistent with "); Refs(); break;
            case Verdict.Rounded: t.Add("a rounding of "); Refs(); break;
            case Verdict.DroppedHedge: t.Add("the figure of "); Refs(); t.Add(" without its hedge"); break;
            case Verdict.Contradicted: t.Add("contradicted by "); Refs(); break;
            case Verdict.Misattributed:
                Refs(); t.Add(results.Count == 1 ? " belongs to another model (" : " belong to other models (")
                    .Join(results, (b, r) => b.Add(r.Reference.Topic), "; ").Add(")");
                break;
            case Verdict.DifferentScope:
                Refs(); t.Add(results.Count == 1 ? " measures a different scope" : " measure different scopes"); break;
            case Verdict.Postdated:
                Refs(); t.Add(results.Count == 1 ? " came out after the article" : " came out after the article"); break;
            default:
                Refs(); t.Add(" (" + verdict.ToToken() + ")"); break;
        }
    }

    /// <summary>The derived funding figures of each article: the claims they come from, what the formulas give and the
    /// reference figures those claims are linked to.</summary>
    private ReportText? Funding()
    {
        var claimsById = analysis.Data.Claims.ToDictionary(c => c.ClaimId, StringComparer.Ordinal);
        var funding = analysis.Derived
            .Where(d => d.ClaimIds.Count > 0 && d.ClaimIds.All(id => claimsById.TryGetValue(id, out var c) && c.Category == "funding"))
            .GroupBy(d => claimsById[d.ClaimIds[0]].SourceId)
            .ToList();
        if (funding.Count == 0) return null;

        var t = new TextBuilder().Strong("Funding. ");
        foreach (var group in funding)
        {
            var all = group.ToList();
            var figures = all.Take(MostFundingFigures).ToList();
            var inputs = all.SelectMany(d => d.ClaimIds).Distinct(StringComparer.Ordinal).Select(id => claimsById[id])
                .OrderBy(c => UnitOrder(c.Unit)).ThenBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
            var lead = inputs[0];
            t.Add(ids.SourceLabel(group.Key) + " puts " + Wording.Possessive(lead.Subject) + " " + Wording.Words(lead.Category) + Period(lead) + " at ")
                .Join(inputs, (b, c) => b.Add(InputRole(c)).Add(Wording.Quoted(c.AsStated)).Add(" (")
                    .Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId)).Add(")"), ", ", ", ")
                .Add(". By the written formulas (").NumberOf(ReportTables.DerivedId).Add(") these figures give ")
                .Join(figures, (b, d) => b.Add(Wording.Lowered(d.Name) + ", " + NumberFormat.FormatInterval(d.Value, d.Unit) + " (")
                    .Link(ids.DerivedLabel(d), ReportIds.DerivedAnchor(d)).Add(")"), "; ", all.Count > figures.Count ? "; " : "; and ")
                .Add(all.Count > figures.Count ? $"; and {Count(all.Count - figures.Count)} more." : ".");

            var inputIds = inputs.Select(c => c.ClaimId).ToHashSet(StringComparer.Ordinal);
            var references = analysis.FactCheck.Where(r => inputIds.Contains(r.ClaimId) && r.ReferenceInterval is not null)
                .Select(r => r.Reference).DistinctBy(r => r.RefId).OrderBy(r => r.RefId, StringComparer.Ordinal).ToList();
            if (references.Count > 0)
            {
                t.Add(" For comparison, ")
                    .Join(references, (b, r) => b.Link(r.RefId, ReportIds.ReferenceAnchor(r.RefId))
                        .Add(" records " + FigureWords.Of(r) + " for " + r.Topic))
                    .Add(".");
            }
            t.Add(" ");
        }
        return t.Build();
    }

    /// <summary>Amounts first, then changes and counts, so the sentence reads "at $1.2 billion, a change of 30%, across 144 deals".</summary>
    private static int UnitOrder(Unit unit) => unit switch
    {
        Unit.USD or Unit.CNY => 0,
        Unit.Fraction => 1,
        _ => 2,
    };

    private static string InputRole(Claim claim) => UnitOrder(claim.Unit) switch
    {
        0 => "",
        1 => "a change of ",
        _ => "across ",
    };

    /// <summary>Each set of claims that conflict, with the kinds of disagreement between them.</summary>
    private ReportText? Disagreements()
    {
        if (analysis.Conflicts.Count == 0) return null;
        var claimsById = analysis.Data.Claims.ToDictionary(c => c.ClaimId, StringComparer.Ordinal);
        var numbered = tables.NumberedConflicts();
        var groups = numbered
            .GroupBy(n => string.Join(",", n.Conflict.ClaimIds.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .ToList();

        var t = new TextBuilder().Strong("Disagreements. ");
        foreach (var group in groups.Take(MostConflictGroups))
        {
            var first = group.First().Conflict;
            var claims = first.ClaimIds.Where(claimsById.ContainsKey).Select(id => claimsById[id]).ToList();
            t.Add(Wording.Capitalised(Wording.Possessive(first.Subject)) + " " + Wording.Words(first.Metric) + " is ")
                .Join(claims, (b, c) => b.Add(Wording.Quoted(c.AsStated))
                    .Add(c.Item.Length > 0 && c.Item != first.Subject ? " for " + c.Item : "")
                    .Add(" in " + ids.SourceLabel(c.SourceId) + " (").Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId)).Add(")"))
                .Add(": ")
                .Join(group.ToList(), (b, n) => b.Add(n.Conflict.Kind.Describe() + " (")
                    .Link("conflict " + Count(n.Number), ReportIds.ConflictAnchor(n.Number)).Add(")"))
                .Add(". ");
        }
        int rest = groups.Skip(MostConflictGroups).Sum(g => g.Count());
        if (rest > 0) t.Add($"{Count(rest)} more conflicts are listed in ").NumberOf(ReportTables.ConflictsId).Add(".");
        else t.Add("All are listed in ").NumberOf(ReportTables.ConflictsId).Add(".");
        return t.Build();
    }

    private static string ItemOf(Claim claim) => claim.Item.Length > 0 ? claim.Item : claim.Subject;

    private static string Period(Claim claim) => claim.Period.Length > 0 ? " in " + claim.Period : "";
}
