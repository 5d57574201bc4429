using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>How the figures were read, rounded, derived, compared and set against each other, and how the data was
/// checked: the conventions in words, each shown on an example taken from the data, so the note stays true when the
/// data changes. It says what the library's code does (<see cref="QuantityReading"/>, <see cref="DerivedCatalogue"/>,
/// <see cref="FactChecker"/>, <see cref="AnalysisHelpers.Conflicts.ConflictFinder"/>, <see cref="AnalysisHelpers.Provenance.CoverageCheck"/>).</summary>
internal sealed class MethodsNote(WorkbookAnalysis analysis, ReportIds ids, ReportContext context)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public IReadOnlyList<ReportBlock> Build()
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(Bounds()) };
        if (VagueAmounts() is { } vague) blocks.Add(new ReportParagraph(vague));
        blocks.Add(Qualifiers());
        blocks.Add(new ReportParagraph(Rounding()));
        if (analysis.Derived.Count > 0) blocks.Add(new ReportParagraph(Scopes()));
        if (analysis.FactCheck.Count > 0) blocks.Add(new ReportParagraph(Comparisons()));
        if (analysis.Conflicts.Count > 0) blocks.Add(new ReportParagraph(ConflictRules()));
        blocks.Add(new ReportParagraph(Display()));
        blocks.Add(new ReportParagraph(ProvenanceAndCoverage()));
        blocks.Add(new ReportParagraph(DataAndVersion()));
        return blocks;
    }

    private static string Count(int n) => n.ToString(Invariant);

    private TextBuilder DerivedLink(TextBuilder t, DerivedFigure figure) => t.Link(ids.DerivedLabel(figure), ReportIds.DerivedAnchor(figure));

    private ReportText Bounds()
    {
        var t = new TextBuilder().Strong("Bounds. ")
            .Add("A figure worded as a floor (“more than”, “over”, “+”) is stored as a lower bound, one worded as a ceiling " +
                 "(“less than”, “under”) as an upper bound, and a span by both of its ends; any other figure is a point, marked as " +
                 "approximate, claimed, projected, estimated or rumoured where the article hedges it (")
            .NumberOf(ReportTables.QualifiersId).Add("). Derived figures carry the bounds through by interval arithmetic, " +
                 "so that a result is never more precise than its inputs");
        var open = analysis.Derived.FirstOrDefault(d => !d.Value.IsBounded && d.Inputs.Any(i => !i.Value.IsBounded));
        if (open is not null)
        {
            var unbounded = open.Inputs.Where(i => !i.Value.IsBounded).ToList();
            DerivedLink(t.Add(": "), open)
                .Add($", {Wording.Lowered(open.Name)}, is {NumberFormat.FormatInterval(open.Value, open.Unit)} because ")
                .Join(unbounded, (b, i) => b.Add(Wording.Possessive(i.Id) + " " + i.Text))
                .Add(unbounded.Count == 1 ? " has no upper end" : " have no upper end");
        }
        return t.Add(".").Build();
    }

    /// <summary>Claims stated without digits whose words span a range ("hundreds of millions").</summary>
    private ReportText? VagueAmounts()
    {
        var vague = analysis.Data.Claims
            .Where(c => c.IsQuantitative && c.Qualifier == Qualifier.Range && !c.AsStated.Any(char.IsAsciiDigit))
            .ToList();
        if (vague.Count == 0) return null;
        var t = new TextBuilder().Strong("Vague amounts. ")
            .Add("An amount given only in words is stored as the span the words cover, from one of the named magnitude up to the next " +
                 "(“hundreds of X” is 100X to 1000X, “tens of X” 10X to 100X, a bare plural such as “billions” X to 1000X): ")
            .Join(vague, (b, c) => b.Add(Wording.Quoted(c.AsStated) + " (").Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId))
                .Add(") as " + c.Figure()))
            .Add(". Such a claim is compared as the range, never as a midpoint");
        if (vague.Any(c => c.HasConventionalTop))
            t.Add("; the top of a bare plural's range comes from the convention and not from the article, so it is shown, and drawn, as the floor it states");
        return t.Add(".").Build();
    }

    private ReportTable Qualifiers()
    {
        var quantitative = analysis.Data.Claims.Where(c => c.IsQuantitative).ToList();
        var rows = quantitative.GroupBy(c => c.Qualifier).OrderBy(g => g.Key).Select(g =>
        {
            var example = g.First();
            return new ReportRow(
            [
                g.Key.ToToken(), QualifierMeaning(g.Key), g.Count().ToString(Invariant),
                new TextBuilder().Add(Wording.Quoted(example.AsStated) + " (").Link(example.ClaimId, ReportIds.ClaimAnchor(example.ClaimId))
                    .Add(") as " + example.Figure()).Build(),
            ]);
        }).ToList();
        return new ReportTable(ReportTables.QualifiersId, "How the claims with figures are hedged", "",
            [new("Qualifier", ColumnKind.Key), new("Meaning", ColumnKind.Text), new("Claims", ColumnKind.Number), new("Example", ColumnKind.Text)],
            rows);
    }

    private static string QualifierMeaning(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "A figure stated plainly.",
        Qualifier.Approximate => "A figure worded as approximate.",
        Qualifier.LowerBound => "Only a floor is given.",
        Qualifier.UpperBound => "Only a ceiling is given.",
        Qualifier.Range => "Both ends are given, or the words span a range.",
        Qualifier.Projected => "A forecast, not an outcome.",
        Qualifier.Claimed => "A party's own figure, as the article reports it.",
        Qualifier.Rumored => "Reported as rumour.",
        Qualifier.Estimate => "Someone's estimate.",
        _ => qualifier.ToToken(),
    };

    /// <summary>The rounding convention, shown on claims, a reference figure and a derived figure of the data.</summary>
    private ReportText Rounding()
    {
        var t = new TextBuilder().Strong("Rounding of stated figures. ")
            .Add("A point written with a scale word or as a percentage stands for every value within half a unit of its last digit");
        var points = analysis.Data.Claims.Where(c => c.IsQuantitative && c.Value is not null && c.Rounded != c.Quantity.ToInterval()).ToList();
        var examples = new[] { Unit.USD, Unit.Fraction, Unit.CNY, Unit.Count }
            .Select(u => points.FirstOrDefault(c => c.Unit == u)).OfType<Claim>().Take(2).ToList();
        if (examples.Count > 0)
            t.Add(": ").Join(examples, (b, c) => b.Add(Wording.Quoted(c.AsStated) + " (").Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId))
                .Add(") is " + NumberFormat.FormatInterval(c.Rounded, c.Unit)));
        t.Add(". A whole number written without a scale is exact");
        var exact = analysis.Data.Claims.FirstOrDefault(c => c.IsQuantitative && c.Value is not null && c.Unit == Unit.Count
            && c.AsStated.Any(char.IsAsciiDigit) && c.Rounded == c.Quantity.ToInterval());
        if (exact is not null)
            t.Add(" (" + Wording.Quoted(exact.AsStated) + ", ").Link(exact.ClaimId, ReportIds.ClaimAnchor(exact.ClaimId)).Add(")");
        t.Add(", and bounds and ranges are taken as written. Reference figures are read by the same convention");
        var reference = analysis.Derived.SelectMany(d => d.Inputs)
            .Where(i => i.IsReference && i.Value.IsBounded && !i.Value.IsPoint
                && UnitNames.TryParse(i.UnitToken, out var u) && !NumberFormat.FormatInterval(i.Value, u).StartsWith('≈')
                && analysis.Data.References.FirstOrDefault(r => r.RefId == i.Id) is { Value: not null, ValueLow: null, ValueHigh: null })
            .OrderBy(i => i.UnitToken == "USD" ? 0 : 1)
            .FirstOrDefault();
        if (reference is not null && UnitNames.TryParse(reference.UnitToken, out var refUnit))
            t.Add(" (").Link(reference.Id, ReportIds.ReferenceAnchor(reference.Id))
                .Add($"'s {reference.Text} as {NumberFormat.FormatInterval(reference.Value, refUnit)})");
        t.Add(". Every derived figure is worked out on these intervals, so its interval holds every value the rounding of its " +
              "inputs allows; the same formula on the figures exactly as written gives the figure “as stated” beside it");
        var derived = analysis.Derived.FirstOrDefault(d => d.Value.IsBounded && !d.Value.IsPoint && d.Stated.IsPoint);
        if (derived is not null)
            DerivedLink(t.Add(" ("), derived).Add($" is {NumberFormat.FormatInterval(derived.Value, derived.Unit)}, and " +
                $"{NumberFormat.FormatInterval(derived.Stated, derived.Unit)} as stated)");
        return t.Add(".").Build();
    }

    /// <summary>Where derived figures' inputs come from, and how many of each.</summary>
    private ReportText Scopes()
    {
        var scopes = analysis.Derived.GroupBy(d => d.Scope).OrderBy(g => g.Key).ToList();
        return new TextBuilder().Strong("Scopes of derived figures. ")
            .Add("Each derived figure names its formula and its inputs, claims and reference figures by id. Figures are kept apart by " +
                 "where their inputs come from: ")
            .Join(scopes, (b, g) => b.Add($"{Count(g.Count())} {DerivedCatalogue.ScopeWords(g.Key)}, {ScopeMeaning(g.Key)} (")
                .NumberOf(Findings.DerivedTableId(g.Key)).Add(")"), "; ", "; and ")
            .Add(". Inputs are found by what they measure (subject, item, metric, period and scope), never by id.")
            .Build();
    }

    private static string ScopeMeaning(DerivedScope scope) => scope switch
    {
        DerivedScope.WithinArticle => "every input a claim of the same article",
        DerivedScope.AcrossArticles => "claims of two or more articles",
        _ => "at least one input a reference figure",
    };

    private ReportText Comparisons()
    {
        var t = new TextBuilder().Strong("Comparisons with reference figures. ")
            .Add("Each claim is set against the reference figures claim_reference_links.csv links it to, by the relation the link " +
                 "names, and only in the same unit: no currency is converted. Two single figures " +
                 $"within {NumberFormat.Percent(FigureWords.SameTolerance)} of each other agree; within {NumberFormat.Percent(FigureWords.RoundingTolerance)} " +
                 "the claim is a rounding if it is a round number or worded as approximate. A bound is checked as a bound and a range as a range. " +
                 "A claim in another unit than its reference is carried to the reference's quantity by a derived figure where one exists");
        var through = analysis.FactCheck.FirstOrDefault(r => r.DerivedId is not null && r.Relation != Relations.BasePeriod && r.Claim.Unit.ToToken() != r.Reference.Unit);
        if (through is not null && FindDerived(through.DerivedId!) is { } d)
            DerivedLink(t.Add(" (").Link(through.ClaimId, ReportIds.ClaimAnchor(through.ClaimId)).Add(" against ")
                .Link(through.RefId, ReportIds.ReferenceAnchor(through.RefId)).Add(" through "), d).Add(")");
        t.Add(", and a stated change is checked through the base period it implies");
        var basePeriod = analysis.FactCheck.FirstOrDefault(r => r.Relation == Relations.BasePeriod && r.DerivedId is not null);
        if (basePeriod is not null && FindDerived(basePeriod.DerivedId!) is { } b)
            DerivedLink(t.Add(" ("), b).Add(" against ").Link(basePeriod.RefId, ReportIds.ReferenceAnchor(basePeriod.RefId)).Add(")");
        t.Add(". Timing links compare dates: events an article puts at one time against the days the references give them, a date " +
              "the article gives against the reference's, and a release called open-source against how the reference says it was made " +
              "available; a claim presented as current that the reference dates well before the article is stale. A reference that " +
              "measures a neighbouring quantity only informs the claim, a figure that fits a reference about another model is " +
              "misattributed, and a reference published after the article is not held against it (")
            .NumberOf(ReportTables.VerdictsId).Add(").");
        return t.Build();
    }

    private DerivedFigure? FindDerived(string id) => analysis.Derived.FirstOrDefault(d => d.Id == id);

    /// <summary>How the conflict finder works, kind by kind, in the words of <see cref="AnalysisHelpers.Conflicts.ConflictKindNames"/>.</summary>
    private ReportText ConflictRules() => new TextBuilder().Strong("Conflicts. ")
        .Add("The finder compares claims across articles and against reference figures, and sorts what it finds into kinds (")
        .NumberOf(ReportTables.ConflictKindsId).Add("). Claims of different articles that measure the same thing (subject, item, " +
             "metric, unit, period and annotated scope) conflict when their intervals, rounding included, do not meet (incompatible values) " +
             "or meet only in part (bounds that overlap only in part, reported with the interval both allow). Claims a reader put on one " +
             "topic conflict when they give it different scopes (same word, different quantity), name different players (named players " +
             "that differ) or take opposite stances. A figure or fact is credited to a different model when the fact check finds it " +
             "misattributed, or when two articles give the same figure for two models. Against reference figures, the fact check's " +
             "contradicted, stale and dropped-hedge verdicts become conflicts of the kind their link makes them: incompatible values, " +
             "a stated change against the base period, timing (dates apart; open-source or API-only; stale by the article's date) or a " +
             "dropped hedge; a projection for a period that ended before its article is stale too. What a person decides is data, each " +
             "row with a note: which claims share a topic, and their named players, stance, scope, event, tense and access, in " +
             "claim_annotations.csv; which reference a claim is checked against, and how, in claim_reference_links.csv.")
        .Build();

    private ReportText Display()
    {
        var t = new TextBuilder().Strong("Display. ")
            .Add("Amounts are shown to at most two decimals of their scale (M for millions, B for billions, T for trillions), shares " +
                 "as percentages to one decimal, multiples to two decimals and ratios in the explanations to three significant figures; the CSV tables in tables/ keep every figure at full precision");
        var example = analysis.Derived.FirstOrDefault(d => d.Value.IsBounded && d.Value.Low % 1 != 0
            && NumberFormat.Number(d.Value.Low) != NumberFormat.Format(d.Value.Low, d.Unit));
        if (example is not null)
        {
            DerivedLink(t.Add(": the low end of "), example)
                .Add($" is {NumberFormat.Number(example.Value.Low)} there and {NumberFormat.Format(example.Value.Low, example.Unit)} here");
        }
        return t.Add(". Figures are never rounded before they are compared.").Build();
    }

    private ReportText ProvenanceAndCoverage()
    {
        var claims = analysis.Data.Claims.Count;
        var t = new TextBuilder().Strong("Provenance and coverage. ")
            .Add("Every claim records the article it comes from, the line it stands on, its words as written and who made it. " +
                 "The loader checks each row against its Table Schema and each figure as written against the stored numbers. ");
        t.Add(context.ProvenanceProblems switch
        {
            null => "The article texts were not available when this report was made, so the line-by-line check was not run. ",
            0 => $"Checked against the article texts, all {Count(claims)} claims were found word for word on the line their row names. ",
            int n => $"Checked against the article texts, {Count(n)} claim{(n == 1 ? "" : "s")} could not be found on the line their row names; workbook check lists them. ",
        });
        t.Add("The coverage check, part of workbook check, reads every line of the articles for figure-like spans (money, percentages, " +
              "counts, years, ranks, durations and multiples) and lists each that no claim's words cover and no row of " +
              "coverage_exclusions.csv explains with a reason");
        var exclusions = analysis.Data.Exclusions.Count;
        t.Add(context.Coverage switch
        {
            null => $"; the article texts were not available when this report was made, so it was not run ({Count(exclusions)} exclusions are on file).",
            var c => $": for this report it found {Count(c.Spans)} spans in {Count(c.Articles)} articles, {Count(c.InClaims)} in a claim's words as " +
                     $"stated, {Count(c.Repeats)} repeating one elsewhere in its article, {Count(c.Excluded)} explained by an exclusion and " +
                     $"{Count(c.Uncovered)} uncovered.",
        });
        return t.Build();
    }

    private ReportText DataAndVersion() => new TextBuilder().Strong("Data and version. ")
        .Add($"Made on {context.Date.ToString("d MMMM yyyy", Invariant)} by AnalysisHelpers {context.ToolVersion} from the data folder " +
             $"(fingerprint {context.DataFingerprint}: the SHA-256 of its files' own hashes, which manifest.json lists one by one).")
        .Build();
}
