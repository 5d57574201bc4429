using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>The report's tables, each built from the analysis. Every figure in them is formatted by the library's
/// <see cref="NumberFormat"/>, <see cref="FigureWords"/> and <see cref="ClaimFigureText"/>, the same words the findings
/// and the fact check use, so a number in the text can be found in a table as written.</summary>
internal sealed class ReportTables(WorkbookAnalysis analysis, ReportIds ids)
{
    public const string ArticlesId = "articles";
    public const string ClaimsId = "claims";
    public const string DerivedWithinId = "derived-within";
    public const string DerivedAcrossId = "derived-across";
    public const string DerivedReferencesId = "derived-references";
    public const string ConflictKindsId = "conflict-kinds";
    public const string ConflictsId = "conflict-list";
    public const string VerdictsId = "verdicts";
    public const string FactCheckId = "fact-check-pairs";
    public const string QualifiersId = "qualifiers";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The articles, with the number the conflict explanations call them by and how many claims each makes.</summary>
    public ReportTable Articles()
    {
        var claims = analysis.Data.Claims;
        var rows = analysis.Data.Sources.Select(s =>
        {
            var own = claims.Where(c => c.SourceId == s.SourceId).ToList();
            return new ReportRow(
            [
                new TextBuilder().Link(ids.SourceLabel(s.SourceId), ReportIds.SourceAnchor(s.SourceId)).Build(),
                ids.ArticleNumber(s.SourceId), s.Title, s.Kind, s.Date, Count(own.Count), Count(own.Count(c => c.IsQuantitative)),
            ]);
        }).ToList();
        rows.Add(new ReportRow(["All articles", "", "", "", "", Count(claims.Count), Count(claims.Count(c => c.IsQuantitative))], Total: true));
        return new ReportTable(ArticlesId, "Each article with its kind, date and number of claims",
            "No. is the number the article's file name starts with; the text and the explanations of conflicts call an article by its label. " +
            "Kind and date are what each text allows (see Sources for how they were worked out).",
            [
                new("Article", ColumnKind.Label), new("No.", ColumnKind.Key), new("Title as the file gives it", ColumnKind.Text),
                new("Kind", ColumnKind.Key), new("Date", ColumnKind.Key), new("Claims", ColumnKind.Number), new("With figures", ColumnKind.Number),
            ],
            rows);
    }

    /// <summary>Every claim with a figure, and every other claim the report cites, as stated and as read.</summary>
    public ReportTable Claims(ISet<string> cited)
    {
        var rows = analysis.Data.Claims
            .Where(c => c.IsQuantitative || cited.Contains(c.ClaimId))
            .Select(c => new ReportRow(
            [
                c.ClaimId, ids.SourceLabel(c.SourceId), Count(c.SourceLine), Wording.Quoted(c.AsStated), c.Figure(),
                string.IsNullOrWhiteSpace(c.Attribution) ? "article" : c.Attribution,
            ], ReportIds.ClaimAnchor(c.ClaimId)))
            .ToList();
        return new ReportTable(ClaimsId, "Claims with figures, and the other claims this report cites",
            "Figure is the figure as stored with every hedge its words carry: ≈ approximate or worded as approximate, < upper bound, " +
            "> lower bound, a dash a range, and (claimed), (estimate), (projected) or (rumored) for where it comes from; a bare plural " +
            "(“billions of yuan”) is the floor it states. Line is the line of the article file the words stand on.",
            [
                new("Claim", ColumnKind.Key), new("Article", ColumnKind.Label), new("Line", ColumnKind.Number),
                new("As stated", ColumnKind.Text), new("Figure", ColumnKind.Label), new("Said by", ColumnKind.Label),
            ],
            rows);
    }

    /// <summary>The derived figures of one scope (see <see cref="DerivedScope"/>) with their intervals, formulas and
    /// named inputs.</summary>
    public ReportTable Derived(DerivedScope scope)
    {
        var figures = analysis.Derived.Where(d => d.Scope == scope).ToList();
        var (id, title, note) = scope switch
        {
            DerivedScope.WithinArticle => (DerivedWithinId, "Derived figures within one article",
                "Every input is a claim of the same article."),
            DerivedScope.AcrossArticles => (DerivedAcrossId, "Derived figures across articles",
                "The inputs are claims of two or more articles."),
            _ => (DerivedReferencesId, "Derived figures against reference figures",
                "At least one input is a reference figure (R…, cited under Sources); some have no claim among their inputs."),
        };
        return new ReportTable(id, title, note,
            [
                new("No.", ColumnKind.Key), new("Figure", ColumnKind.Text, 22), new("Interval", ColumnKind.Number), new("As stated", ColumnKind.Number),
                new("Formula", ColumnKind.Text, 22), new("Inputs", ColumnKind.Text, 34),
            ],
            figures.Select(d => new ReportRow(
            [
                ids.DerivedLabel(d), d.Name, NumberFormat.FormatInterval(d.Value, d.Unit), NumberFormat.FormatInterval(d.Stated, d.Unit),
                d.Formula, Inputs(d),
            ], ReportIds.DerivedAnchor(d))).ToList());
    }

    /// <summary>One input a line: "stated fall: C063 “30%”", each id linked to its claim or reference.</summary>
    private static ReportText Inputs(DerivedFigure figure)
    {
        var t = new TextBuilder();
        for (int i = 0; i < figure.Inputs.Count; i++)
        {
            var input = figure.Inputs[i];
            if (i > 0) t.Break();
            if (input.Role.Length > 0) t.Add(input.Role + ": ");
            t.Link(input.Id, input.IsReference ? ReportIds.ReferenceAnchor(input.Id) : ReportIds.ClaimAnchor(input.Id)).Add(" " + input.Text);
        }
        return t.Build();
    }

    /// <summary>How many conflicts of each kind, what the kind means, and whether they set articles against each other
    /// or against reference figures.</summary>
    public ReportTable ConflictKinds()
    {
        var groups = analysis.ConflictsByKind;
        var rows = groups.Select(g => new ReportRow(
        [
            Wording.Capitalised(g.Title), g.Meaning, Count(g.Conflicts.Count),
            Count(g.Conflicts.Count(c => c.IsBetweenArticles)), Count(g.Conflicts.Count(c => !c.IsBetweenArticles)),
        ])).ToList();
        var all = analysis.Conflicts;
        rows.Add(new ReportRow([$"All {Count(groups.Count)} kinds", "", Count(all.Count), Count(all.Count(c => c.IsBetweenArticles)),
            Count(all.Count(c => !c.IsBetweenArticles))], Total: true));
        return new ReportTable(ConflictKindsId, "Conflicts by kind",
            "Between articles: every side is an article's claim. With references: a reference figure is one side.",
            [
                new("Kind", ColumnKind.Label), new("What it means", ColumnKind.Text), new("Conflicts", ColumnKind.Number),
                new("Between articles", ColumnKind.Number), new("With references", ColumnKind.Number),
            ],
            rows);
    }

    /// <summary>Every conflict under the heading of its kind, with its explanation and its evidence lines: each claim
    /// with its article file and line and its words, each reference figure with its citation.</summary>
    public ReportTable Conflicts()
    {
        var rows = new List<ReportRow>();
        var numbers = NumberedConflicts().ToDictionary(n => n.Conflict, n => n.Number);
        foreach (var group in analysis.ConflictsByKind)
        {
            rows.Add(ReportRow.Heading(new TextBuilder().Strong(Wording.Capitalised(group.Title) + ". ").Add(group.Meaning).Build()));
            foreach (var conflict in group.Conflicts)
            {
                int number = numbers[conflict];
                rows.Add(new ReportRow([Count(number), conflict.Explanation, Evidence(conflict)], ReportIds.ConflictAnchor(number)));
            }
        }
        return new ReportTable(ConflictsId, "Every conflict, by kind, with its evidence",
            new TextBuilder().Add("Each claim's evidence line gives its article file and line, the words as written and who says them; " +
                "each reference figure's gives what it measures, its figure and its citation (in full under Sources). The explanations call " +
                "an article by its label, and its file name starts with the number that ").NumberOf(ArticlesId).Add(" gives it.").Build(),
            [new("No.", ColumnKind.Key), new("Explanation", ColumnKind.Text), new("Evidence", ColumnKind.Text)],
            rows);
    }

    private static ReportText Evidence(Conflict conflict)
    {
        var t = new TextBuilder();
        for (int i = 0; i < conflict.Evidence.Count; i++)
        {
            var e = conflict.Evidence[i];
            if (i > 0) t.Break();
            if (e.IsReference)
                t.Link(e.Id, ReportIds.ReferenceAnchor(e.Id)).Add(" " + e.Text).Muted(" · " + e.Location);
            else
                t.Link(e.Id, ReportIds.ClaimAnchor(e.Id)).Muted(" " + e.Location).Add(" " + e.Text);
        }
        return t.Build();
    }

    /// <summary>The conflicts in the order of the analysis (by kind, then as found), numbered from 1.</summary>
    public IReadOnlyList<(int Number, Conflict Conflict)> NumberedConflicts() =>
        analysis.ConflictsByKind.SelectMany(g => g.Conflicts).Select((c, i) => (i + 1, c)).ToList();

    /// <summary>How many claim–reference pairs got each verdict.</summary>
    public ReportTable Verdicts()
    {
        var rows = analysis.FactCheck.GroupBy(r => r.Verdict).OrderBy(g => g.Key)
            .Select(g => new ReportRow([g.Key.ToToken(), Count(g.Count()), VerdictMeaning(g.Key)]))
            .ToList();
        rows.Add(new ReportRow(["all pairs", Count(analysis.FactCheck.Count), ""], Total: true));
        return new ReportTable(VerdictsId, "Verdicts of the fact check", "",
            [new("Verdict", ColumnKind.Key), new("Pairs", ColumnKind.Number), new("Meaning", ColumnKind.Text)], rows);
    }

    /// <summary>Every claim–reference pair with both figures and the verdict; wide enough for a landscape page.</summary>
    public ReportTable FactCheck() => new(FactCheckId, "Every claim checked against a reference figure",
        "Difference is the claim's figure over the reference's, less one, where both are single amounts of one quantity in one unit; " +
        "where the check went through a derived figure, it names that figure instead. Primary or secondary is the kind of document " +
        "the reference figure comes from; full citations are under Sources.",
        [
            new("Claim", ColumnKind.Key), new("Article", ColumnKind.Label), new("As stated", ColumnKind.Text),
            new("Claim figure", ColumnKind.Label), new("Reference", ColumnKind.Text), new("Reference figure", ColumnKind.Label),
            new("Difference", ColumnKind.Number), new("Verdict", ColumnKind.Key), new("Why", ColumnKind.Text),
        ],
        analysis.FactCheck.Select(r => new ReportRow(
        [
            new TextBuilder().Link(r.ClaimId, ReportIds.ClaimAnchor(r.ClaimId)).Build(),
            ids.SourceLabel(r.Claim.SourceId), Wording.Quoted(r.Claim.AsStated), r.Claim.Figure(),
            new TextBuilder().Link(r.RefId, ReportIds.ReferenceAnchor(r.RefId)).Add(" · " + r.Reference.Topic)
                .Muted(" (" + ReferenceKind(r.Reference) + ")").Build(),
            FigureWords.Of(r.Reference), DifferenceCell(r), r.Verdict.ToToken(), r.Explanation,
        ])).ToList(),
        Wide: true);

    /// <summary>"primary" or "secondary": the kind of document a reference figure comes from.</summary>
    public static string ReferenceKind(ReferenceFigure reference) => reference.IsPrimary ? "primary" : "secondary";

    private ReportText DifferenceCell(FactCheckResult result)
    {
        if (Difference(result) is { Length: > 0 } d) return d;
        if (result.DerivedId is { } id && analysis.Derived.FirstOrDefault(f => f.Id == id) is { } figure)
            return new TextBuilder().Add("via ").Link(ids.DerivedLabel(figure), ReportIds.DerivedAnchor(figure)).Build();
        return "";
    }

    /// <summary>"+7.6%" for a claim 7.6% above its reference; empty where no single numbers were compared.</summary>
    public static string Difference(FactCheckResult result) =>
        result.PercentDifference is double p ? NumberFormat.SignedPercent(p / 100) : "";

    public static ReportText ClaimLinks(IReadOnlyList<string> claimIds) =>
        new TextBuilder().Join(claimIds, (t, id) => t.Link(id, ReportIds.ClaimAnchor(id)), ", ", ", ").Build();

    /// <summary>What each verdict tells a reader, in the report's words.</summary>
    public static string VerdictMeaning(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "The figures agree, the bound holds, or the dates agree.",
        Verdict.Rounded => "The article's figure is a rounding of the reference's.",
        Verdict.DroppedHedge => "The figures agree, but the article leaves out the reference's hedge (a word such as “probably”, or that it is only a floor).",
        Verdict.DifferentScope => "The reference measures a neighbouring quantity (another coverage, stage, cost base or period); it informs the claim without testing it.",
        Verdict.Misattributed => "The figure or fact belongs to another model than the one the article names.",
        Verdict.Contradicted => "The figures, the base period a stated change implies, or the dates cannot both be right.",
        Verdict.Postdated => "The reference came out after the article, so it is not held against it.",
        Verdict.Stale => "The reference dates the event well before the article, which presents it as current.",
        Verdict.Unverifiable => "Nothing to compare: one side has no figure or date, or the two are in different units.",
        _ => verdict.Describe(),
    };
}
