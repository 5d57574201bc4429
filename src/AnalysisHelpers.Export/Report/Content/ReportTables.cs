using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>The report's tables, each built from the analysis. Every figure in them is formatted by the library's
/// <see cref="NumberFormat"/> and <see cref="FigureWords"/>, the same words the findings and the fact check use, so a
/// number in the text can be found in a table as written.</summary>
internal sealed class ReportTables(WorkbookAnalysis analysis, ReportIds ids)
{
    public const string ArticlesId = "articles";
    public const string ClaimsId = "claims";
    public const string DerivedId = "derived-figures";
    public const string ConflictKindsId = "conflict-kinds";
    public const string ConflictsId = "conflict-list";
    public const string VerdictsId = "verdicts";
    public const string FactCheckId = "fact-check-pairs";
    public const string QualifiersId = "qualifiers";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The articles, with how many claims each makes and how many of those carry a figure.</summary>
    public ReportTable Articles()
    {
        var claims = analysis.Data.Claims;
        var rows = analysis.Data.Sources.Select(s =>
        {
            var own = claims.Where(c => c.SourceId == s.SourceId).ToList();
            return new ReportRow(
            [
                new TextBuilder().Link(ids.SourceLabel(s.SourceId), ReportIds.SourceAnchor(s.SourceId)).Build(),
                s.Title, s.Kind, s.Date, Count(own.Count), Count(own.Count(c => c.IsQuantitative)),
            ]);
        }).ToList();
        rows.Add(new ReportRow(["All articles", "", "", "", Count(claims.Count), Count(claims.Count(c => c.IsQuantitative))], Total: true));
        return new ReportTable(ArticlesId, "Each article with its kind, date and number of claims",
            "Kind and date are what each text allows (see Sources for how they were worked out).",
            [
                new("Article", ColumnKind.Label), new("Title as the file gives it", ColumnKind.Text), new("Kind", ColumnKind.Key),
                new("Date", ColumnKind.Key), new("Claims", ColumnKind.Number), new("With figures", ColumnKind.Number),
            ],
            rows);
    }

    /// <summary>Every claim with a figure, and every other claim the report cites, as stated and as stored.</summary>
    public ReportTable Claims(ISet<string> cited)
    {
        var rows = analysis.Data.Claims
            .Where(c => c.IsQuantitative || cited.Contains(c.ClaimId))
            .Select(c => new ReportRow(
            [
                c.ClaimId, ids.SourceLabel(c.SourceId), Count(c.SourceLine), Wording.Quoted(c.AsStated), NumberFormat.FormatQuantity(c.Quantity),
                string.IsNullOrWhiteSpace(c.Attribution) ? "article" : c.Attribution,
            ], ReportIds.ClaimAnchor(c.ClaimId)))
            .ToList();
        return new ReportTable(ClaimsId, "Claims with figures, and the other claims this report cites",
            "“Stored as” is the figure the loader checked against the words as written: ≈ approximate, < upper bound, > lower bound, " +
            "a dash a range. Line is the line of the article file the words stand on.",
            [
                new("Claim", ColumnKind.Key), new("Article", ColumnKind.Label), new("Line", ColumnKind.Number),
                new("As stated", ColumnKind.Text), new("Stored as", ColumnKind.Key), new("Said by", ColumnKind.Label),
            ],
            rows);
    }

    /// <summary>The derived figures with their intervals, formulas and inputs.</summary>
    public ReportTable Derived() => new(DerivedId, "Derived figures",
        "Worked out within one article at a time by interval arithmetic, so a bound in an input stays a bound in the result " +
        "(≥ marks a result with no upper end). D numbers follow the order of tables/derived-figures.csv, which also gives each figure's id.",
        [
            new("No.", ColumnKind.Key), new("Figure", ColumnKind.Text), new("Value", ColumnKind.Number),
            new("Formula", ColumnKind.Text), new("From", ColumnKind.Label), new("Inputs as stated", ColumnKind.Text),
        ],
        analysis.Derived.Select(d => new ReportRow(
        [
            ids.DerivedLabel(d), d.Name, NumberFormat.FormatInterval(d.Value, d.Unit), d.Formula, ClaimLinks(d.ClaimIds), d.Note,
        ], ReportIds.DerivedAnchor(d))).ToList());

    /// <summary>How many conflicts of each kind, and which claims they involve.</summary>
    public ReportTable ConflictKinds() => new(ConflictKindsId, "Conflicts by kind", "",
        [new("Kind", ColumnKind.Label), new("Conflicts", ColumnKind.Number), new("Claims", ColumnKind.Label)],
        ByKind().Select(g => new ReportRow(
        [
            Wording.Capitalised(g.Key.Describe()), Count(g.Count()),
            ClaimLinks(g.SelectMany(c => c.ClaimIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()),
        ])).ToList());

    /// <summary>Every conflict, grouped by kind.</summary>
    public ReportTable Conflicts() => new(ConflictsId, "Every conflict between articles",
        "Found by code from the claims, comparing claims with the same subject and measure across articles.",
        [
            new("No.", ColumnKind.Key), new("Kind", ColumnKind.Label), new("Claims", ColumnKind.Label),
            new("Articles", ColumnKind.Label), new("What differs", ColumnKind.Text),
        ],
        NumberedConflicts().Select(n => new ReportRow(
        [
            Count(n.Number), Wording.Capitalised(n.Conflict.Kind.Describe()), ClaimLinks(n.Conflict.ClaimIds),
            string.Join("; ", n.Conflict.SourceIds.Select(ids.SourceLabel)), n.Conflict.Description,
        ], ReportIds.ConflictAnchor(n.Number))).ToList());

    /// <summary>The conflicts in table order (by kind, then as found), numbered from 1.</summary>
    public IReadOnlyList<(int Number, Conflict Conflict)> NumberedConflicts() =>
        ByKind().SelectMany(g => g).Select((c, i) => (i + 1, c)).ToList();

    private IEnumerable<IGrouping<ConflictKind, Conflict>> ByKind() => analysis.Conflicts.GroupBy(c => c.Kind).OrderBy(g => g.Key);

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
        "Difference is the claim's figure over the reference's, less one, where each side is a single number in the same unit. " +
        "Full citations of the references are under Sources.",
        [
            new("Claim", ColumnKind.Key), new("Article", ColumnKind.Label), new("As stated", ColumnKind.Text),
            new("Claim figure", ColumnKind.Label), new("Reference", ColumnKind.Text), new("Reference figure", ColumnKind.Label),
            new("Difference", ColumnKind.Number), new("Verdict", ColumnKind.Key), new("Why", ColumnKind.Text),
        ],
        analysis.FactCheck.Select(r => new ReportRow(
        [
            new TextBuilder().Link(r.ClaimId, ReportIds.ClaimAnchor(r.ClaimId)).Build(),
            ids.SourceLabel(r.Claim.SourceId), Wording.Quoted(r.Claim.AsStated), FigureWords.Of(r.Claim),
            new TextBuilder().Link(r.RefId, ReportIds.ReferenceAnchor(r.RefId)).Add(" · " + r.Reference.Topic).Build(),
            FigureWords.Of(r.Reference), Difference(r), r.Verdict.ToToken(), r.Explanation,
        ])).ToList(),
        Wide: true);

    /// <summary>"+7.6%" for a claim 7.6% above its reference; empty where no single numbers were compared.</summary>
    public static string Difference(FactCheckResult result) =>
        result.PercentDifference is double p ? NumberFormat.SignedPercent(p / 100) : "";

    public static ReportText ClaimLinks(IReadOnlyList<string> claimIds) =>
        new TextBuilder().Join(claimIds, (t, id) => t.Link(id, ReportIds.ClaimAnchor(id)), ", ", ", ").Build();

    /// <summary>What each verdict tells a reader, in the report's words.</summary>
    public static string VerdictMeaning(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "The figures agree, or the bound holds.",
        Verdict.Rounded => "The article's figure is a rounding of the reference's.",
        Verdict.DroppedHedge => "The figures agree, but the article leaves out the reference's hedge.",
        Verdict.DifferentScope => "The reference measures a neighbouring thing; it informs the claim without testing it.",
        Verdict.Misattributed => "The figure belongs to another model than the one the article names.",
        Verdict.Contradicted => "The figures cannot both be right.",
        Verdict.Postdated => "The reference came out after the article, so it is not held against it.",
        Verdict.Unverifiable => "Nothing to compare: no number, different units, or a link about dates.",
        _ => verdict.Describe(),
    };
}
