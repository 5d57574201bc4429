using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>
/// The findings that open the report: what the articles claim and how it holds up. Each sentence is put together from
/// the analysis (claims, fact-check verdicts, derived figures, conflicts); no figure is typed here. Every figure is
/// written as the tables write it (a derived figure as the interval its rounded inputs allow) and every id links to
/// its row, so a reader can trace each number.
/// </summary>
/// <remarks>The findings go topic by topic (training costs, operating costs, funding): the claims with what the
/// references that test them say, the derived figures that rest on them, and the conflicts they meet; then the
/// conflicts no topic told. Only the logic of what to say lives here; how it looks is <see cref="ReportHtml"/>'s.</remarks>
internal sealed class Findings(WorkbookAnalysis analysis, ReportIds ids, ReportTables tables)
{
    /// <summary>Most derived figures one topic names; the rest are counted and left to the tables.</summary>
    public const int MostDerivedFigures = 5;

    /// <summary>The topics of the findings, in reading order: a lead word, the claim categories it covers, and the
    /// formulas whose figures it names, most telling first (an editor's choice of emphasis; every figure of every
    /// formula is in the derived-figures tables).</summary>
    private static readonly (string Lead, string[] Categories, string[] Formulas)[] Topics =
    [
        ("Training costs. ", ["training_cost"],
            [DerivedCatalogue.TrainingCostRatio, DerivedCatalogue.LikeForLikeComputeMultiple, DerivedCatalogue.BoundIntersection,
             DerivedCatalogue.TrainingRunShareOfOperatingCost]),
        ("Operating costs and cost efficiency. ", ["operating_cost", "cost_efficiency"],
            [DerivedCatalogue.ImpliedOperatingCost, DerivedCatalogue.ReferenceOverImpliedCost, DerivedCatalogue.ReferenceShareOfBase,
             DerivedCatalogue.StatedCostShareOfSpending, DerivedCatalogue.CostMultipleFromShare, DerivedCatalogue.CostMultipleFromFall]),
        ("Funding. ", ["funding"],
            [DerivedCatalogue.ImpliedPriorYearFunding, DerivedCatalogue.ChangeAgainstReferenceBase, DerivedCatalogue.AverageDealSizeChange,
             DerivedCatalogue.FundingDrop, DerivedCatalogue.AverageDealSize]),
    ];

    private readonly Dictionary<string, Claim> _claims = analysis.Data.Claims.ToDictionary(c => c.ClaimId, StringComparer.Ordinal);
    private readonly Dictionary<Conflict, int> _conflictNumbers = tables.NumberedConflicts().ToDictionary(n => n.Conflict, n => n.Number);
    private readonly HashSet<Conflict> _told = [];
    private readonly HashSet<string> _derivedTold = new(StringComparer.Ordinal);
    private bool _pairsTold;

    public IReadOnlyList<ReportBlock> Build()
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(Overview()) };
        foreach (var (lead, categories, formulas) in Topics)
        {
            if (Topic(lead, categories, formulas) is { } text) blocks.Add(new ReportParagraph(text));
        }
        if (OtherConflicts() is { } rest) blocks.Add(new ReportParagraph(rest));
        return blocks;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;

    /// <summary>How many claims; the reference figures and how the checked pairs fared; the derived figures by scope;
    /// the conflicts by kind.</summary>
    private ReportText Overview()
    {
        var claims = analysis.Data.Claims;
        var references = analysis.Data.References;
        var t = new TextBuilder().Strong("In brief. ")
            .Add($"The articles make {Count(claims.Count)} claims, {Count(claims.Count(c => c.IsQuantitative))} of them with figures (")
            .NumberOf(ReportTables.ArticlesId).Add(").");
        if (references.Count > 0)
        {
            int primary = references.Count(r => r.IsPrimary);
            t.Add($" The data holds {Count(references.Count)} reference figures, {Count(primary)} from primary documents and " +
                  $"{Count(references.Count - primary)} from secondary reports");
            if (analysis.FactCheck.Count > 0)
            {
                var verdicts = analysis.FactCheck.GroupBy(r => r.Verdict).OrderBy(g => g.Key).ToList();
                t.Add($"; {Count(analysis.FactCheck.Count)} claim–reference pairs set a claim against one of them: ")
                    .Join(verdicts, (b, g) => b.Add($"{Count(g.Count())} {g.Key.Describe().ToLowerInvariant()}"))
                    .Add(" (").NumberOf(ReportTables.VerdictsId).Add(")");
            }
            t.Add(".");
        }
        if (analysis.Derived.Count > 0)
        {
            var scopes = analysis.Derived.GroupBy(d => d.Scope).OrderBy(g => g.Key).ToList();
            t.Add($" The workbook derives {Count(analysis.Derived.Count)} figures by written formulas, ")
                .Join(scopes, (b, g) => b.Add($"{Count(g.Count())} {DerivedCatalogue.ScopeWords(g.Key)} (").NumberOf(DerivedTableId(g.Key)).Add(")"))
                .Add(", each as the interval the rounding of its inputs allows.");
        }
        if (analysis.Conflicts.Count > 0)
        {
            int between = analysis.Conflicts.Count(c => c.IsBetweenArticles);
            t.Add($" It finds {Count(analysis.Conflicts.Count)} {Plural(analysis.Conflicts.Count, "conflict", "conflicts")} of " +
                  $"{Count(analysis.ConflictsByKind.Count)} {Plural(analysis.ConflictsByKind.Count, "kind", "kinds")}, " +
                  $"{Count(between)} between articles and {Count(analysis.Conflicts.Count - between)} with reference figures (")
                .NumberOf(ReportTables.ConflictKindsId).Add("): ")
                .Join(analysis.ConflictsByKind, (b, g) => b.Add($"{g.Title} ({Count(g.Conflicts.Count)})"), "; ", "; ")
                .Add(".");
        }
        return t.Build();
    }

    public static string DerivedTableId(DerivedScope scope) => scope switch
    {
        DerivedScope.WithinArticle => ReportTables.DerivedWithinId,
        DerivedScope.AcrossArticles => ReportTables.DerivedAcrossId,
        _ => ReportTables.DerivedReferencesId,
    };

    /// <summary>One topic: each claim with what its references say, the derived figures on it, the conflicts it meets.</summary>
    private ReportText? Topic(string lead, string[] categories, string[] formulas)
    {
        bool InTopic(Claim c) => categories.Contains(c.Category, StringComparer.Ordinal);
        var checks = analysis.FactCheck.Where(r => InTopic(r.Claim) && r.Verdict != Verdict.Unverifiable).ToList();
        var (named, more) = TopicDerived(InTopic, formulas, checks);
        var derivedClaims = named.SelectMany(d => d.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var conflicts = analysis.Conflicts.Where(c => !_told.Contains(c) && c.ClaimIds.Any(id => _claims.TryGetValue(id, out var claim) && InTopic(claim))).ToList();
        var conflictClaims = conflicts.SelectMany(c => c.ClaimIds).ToHashSet(StringComparer.Ordinal);
        // A claim that only neighbouring references inform is left to the fact-check table, unless a figure or a conflict rests on it.
        bool Telling(Claim c) => checks.Any(r => r.ClaimId == c.ClaimId && r.Verdict != Verdict.DifferentScope)
            || ((derivedClaims.Contains(c.ClaimId) || conflictClaims.Contains(c.ClaimId)) && (c.IsQuantitative || checks.Any(r => r.ClaimId == c.ClaimId)));
        var claims = analysis.Data.Claims
            .Where(c => InTopic(c) && Telling(c))
            // Subjects in the order they first appear, then claims in id order: DeepSeek's figures before GPT-4's.
            .GroupBy(c => c.Subject)
            .OrderBy(g => g.Min(c => c.ClaimId), StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(c => c.ClaimId, StringComparer.Ordinal))
            .ToList();
        if (claims.Count == 0 && conflicts.Count == 0) return null;

        var t = new TextBuilder().Strong(lead);
        foreach (var claim in claims)
        {
            t.Add(ids.SourceLabel(claim.SourceId) + " gives " + Wording.Possessive(ItemOf(claim)) + " " + Wording.Words(claim.Metric) + Period(claim) + " as ")
                .Add(Wording.Quoted(claim.AsStated)).Add(" (").Link(claim.ClaimId, ReportIds.ClaimAnchor(claim.ClaimId)).Add(")");
            var byVerdict = checks.Where(r => r.ClaimId == claim.ClaimId).GroupBy(r => r.Verdict).OrderBy(g => VerdictOrder(g.Key)).ToList();
            for (int i = 0; i < byVerdict.Count; i++)
            {
                t.Add(i == 0 ? ": " : "; ");
                VerdictClause(t, byVerdict[i].Key, byVerdict[i].ToList());
            }
            t.Add(". ");
        }
        if (checks.Count > 0 && !_pairsTold)
        {
            t.Add("Each pair is in ").NumberOf(ReportTables.FactCheckId).Add(". ");
            _pairsTold = true;
        }

        if (named.Count > 0)
        {
            t.Add("The written formulas (").Join(named.Select(d => d.Scope).Distinct().Order().ToList(), (b, s) => b.NumberOf(DerivedTableId(s)))
                .Add(") give ")
                .Join(named, (b, d) => b.Add(Wording.Lowered(d.Name) + ", " + NumberFormat.FormatInterval(d.Value, d.Unit) + " (")
                    .Link(ids.DerivedLabel(d), ReportIds.DerivedAnchor(d)).Add(")"), "; ", "; and ")
                .Add(more > 0 ? $"; {Count(more)} more derived {Plural(more, "figure uses", "figures use")} these claims. " : ". ");
        }

        if (conflicts.Count > 0)
        {
            var namedClaims = claims.Select(c => c.ClaimId).ToHashSet(StringComparer.Ordinal);
            var shortForm = conflicts.Where(c => c.ClaimIds.All(namedClaims.Contains)).ToList();
            var items = new List<Action<TextBuilder>>();
            items.AddRange(shortForm.GroupBy(c => c.Kind).Select(g => (Action<TextBuilder>)(b => ConflictsOfKind(b, g.Key, g.ToList()))));
            items.AddRange(conflicts.Except(shortForm).Select(c => (Action<TextBuilder>)(b => DescribeConflict(b, c))));
            t.Add($"Claims on this topic meet {Count(conflicts.Count)} {Plural(conflicts.Count, "conflict", "conflicts")} (")
                .NumberOf(ReportTables.ConflictsId).Add("): ")
                .Join(items, (b, add) => add(b), "; ", "; and ")
                .Add(".");
            _told.UnionWith(conflicts);
        }
        return t.Build();
    }

    /// <summary>The derived figures a topic names: those of its formulas, in the formulas' order, that use one of its
    /// claims or, made of reference figures alone, measure what a claim or figure of the topic measures; not those a
    /// verdict clause already names, nor those an earlier topic named. Also how many other figures use its claims.</summary>
    private (List<DerivedFigure> Named, int More) TopicDerived(Func<Claim, bool> inTopic, string[] formulas, IReadOnlyList<FactCheckResult> checks)
    {
        bool UsesTopic(DerivedFigure d) => d.ClaimIds.Any(id => _claims.TryGetValue(id, out var c) && inTopic(c));
        var inVerdicts = checks.Select(r => r.DerivedId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var own = analysis.Derived.Where(d => !_derivedTold.Contains(d.Id) && UsesTopic(d)).ToList();
        var metrics = own.Select(d => d.Metric).Concat(analysis.Data.Claims.Where(inTopic).Select(c => c.Metric)).ToHashSet(StringComparer.Ordinal);
        var named = analysis.Derived
            .Where(d => !_derivedTold.Contains(d.Id) && !inVerdicts.Contains(d.Id) && formulas.Contains(d.Kind, StringComparer.Ordinal)
                && (UsesTopic(d) || (d.ClaimIds.Count == 0 && metrics.Contains(d.Metric))))
            .Select((d, i) => (d, i))
            .OrderBy(x => Array.IndexOf(formulas, x.d.Kind)).ThenBy(x => x.i)
            .Select(x => x.d)
            .Take(MostDerivedFigures)
            .ToList();
        _derivedTold.UnionWith(named.Select(d => d.Id));
        _derivedTold.UnionWith(inVerdicts);
        int more = own.Count(d => !_derivedTold.Contains(d.Id));
        _derivedTold.UnionWith(own.Select(d => d.Id));
        return (named, more);
    }

    /// <summary>"same word, different quantity (conflicts 3, 4 and 5)".</summary>
    private void ConflictsOfKind(TextBuilder t, ConflictKind kind, IReadOnlyList<Conflict> conflicts)
    {
        t.Add(kind.Describe() + Plural(conflicts.Count, " (conflict ", " (conflicts "))
            .Join(conflicts, (b, c) => b.Link(Count(_conflictNumbers[c]), ReportIds.ConflictAnchor(_conflictNumbers[c])))
            .Add(")");
    }

    /// <summary>“just 2%” (C009, IndexBox: Kai-Fu Lee) against “approximately $6 million” (C037, …) against R13
    /// (conflict 4, same word, different quantity).</summary>
    private void DescribeConflict(TextBuilder t, Conflict conflict)
    {
        var claims = conflict.ClaimIds.Where(_claims.ContainsKey).Select(id => _claims[id]).ToList();
        t.Join(claims, (b, c) => b.Add(Wording.Quoted(c.AsStated) + " (").Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId))
            .Add(", " + ids.SourceLabel(c.SourceId) + ")"), " against ", " against ");
        if (conflict.RefIds.Count > 0)
            t.Add(" against ").Join(conflict.RefIds, (b, id) => b.Link(id, ReportIds.ReferenceAnchor(id)));
        int number = _conflictNumbers[conflict];
        t.Add(" (").Link("conflict " + Count(number), ReportIds.ConflictAnchor(number)).Add(", " + conflict.Kind.Describe() + ")");
    }

    /// <summary>The conflicts no topic told, each with its claims as written and the references it is against.</summary>
    private ReportText? OtherConflicts()
    {
        if (analysis.Conflicts.Count == 0) return null;
        var rest = analysis.Conflicts.Where(c => !_told.Contains(c)).ToList();
        var t = new TextBuilder();
        if (rest.Count > 0)
        {
            t.Strong(_told.Count > 0 ? "Other conflicts. " : "Conflicts. ");
            foreach (var conflict in rest)
            {
                DescribeConflict(t, conflict);
                t.Add(". ");
            }
        }
        t.Add(analysis.Conflicts.Count == 1 ? "It is in " : $"All {Count(analysis.Conflicts.Count)} are in ")
            .NumberOf(ReportTables.ConflictsId).Add(" with their explanations and evidence.");
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
        Verdict.Stale => 5,
        Verdict.DifferentScope => 6,
        Verdict.Postdated => 7,
        _ => 8,
    };

    private void VerdictClause(TextBuilder t, Verdict verdict, IReadOnlyList<FactCheckResult> results)
    {
        void Refs() => t.Join(results, (b, r) =>
        {
            var derived = Through(r);
            // A check through a formula that takes the reference as an input rests on all the formula's references
            // (GPU-hours and the price per GPU-hour); one that sets a formula's result against the reference, on it alone.
            var references = derived is not null && derived.ReferenceIds.Contains(r.RefId)
                ? derived.Inputs.Where(i => i.IsReference).Select(i => (i.Id, Owned: Wording.Possessive(i.Id) + " " + i.Text)).ToList()
                : [(r.RefId, Owned: r.Relation == Relations.Timing ? Wording.Possessive(r.RefId) + " date" : FigureWords.Owned(r.Reference))];
            b.Join(references, (c, x) => c.Link(x.Id, ReportIds.ReferenceAnchor(x.Id)).Add(x.Owned[x.Id.Length..]));
            if (verdict == Verdict.Rounded && ReportTables.Difference(r) is { Length: > 0 } d) b.Add($" ({d})");
            if (derived is not null)
            {
                string value = NumberFormat.FormatInterval(derived.Value, derived.Unit);
                if (r.Relation == Relations.BasePeriod)
                    b.Add($" for {derived.Period}, the base period, for which it implies {value} (").Link(ids.DerivedLabel(derived), ReportIds.DerivedAnchor(derived)).Add(")");
                else
                    b.Add(" (through ").Link(ids.DerivedLabel(derived), ReportIds.DerivedAnchor(derived)).Add($": {Wording.Lowered(derived.Name)}, {value})");
            }
        });

        switch (verdict)
        {
            case Verdict.Consistent: t.Add("consistent with "); Refs(); break;
            case Verdict.Rounded: t.Add("a rounding of "); Refs(); break;
            case Verdict.DroppedHedge: t.Add("the figure of "); Refs(); t.Add(" without its hedge"); break;
            case Verdict.Contradicted: t.Add("contradicted by "); Refs(); break;
            case Verdict.Stale: t.Add("out of date by "); Refs(); break;
            case Verdict.Misattributed:
                Refs(); t.Add(Plural(results.Count, " belongs to another model (", " belong to other models ("))
                    .Join(results, (b, r) => b.Add(r.Reference.Topic), "; ").Add(")");
                break;
            case Verdict.DifferentScope:
                Refs(); t.Add(Plural(results.Count, " measures a different scope", " measure different scopes")); break;
            case Verdict.Postdated:
                Refs(); t.Add(Plural(results.Count, " came out after the article", " came out after the article")); break;
            default:
                Refs(); t.Add(" (" + verdict.ToToken() + ")"); break;
        }
    }

    /// <summary>The derived figure a check went through, if any.</summary>
    private DerivedFigure? Through(FactCheckResult result) =>
        result.DerivedId is { } id ? analysis.Derived.FirstOrDefault(d => d.Id == id) : null;

    private static string ItemOf(Claim claim) => claim.Item.Length > 0 ? claim.Item : claim.Subject;

    private static string Period(Claim claim) => claim.Period.Length > 0 ? " in " + claim.Period : "";
}
