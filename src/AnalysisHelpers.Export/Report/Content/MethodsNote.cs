using System.Globalization;
using AnalysisHelpers.Analysis;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>How the figures were read, compared and rounded: the conventions in words, each shown on an example taken
/// from the data, so the note stays true when the data changes.</summary>
internal sealed class MethodsNote(WorkbookAnalysis analysis, ReportIds ids, ReportContext context)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public IReadOnlyList<ReportBlock> Build()
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(Bounds()) };
        if (VagueAmounts() is { } vague) blocks.Add(new ReportParagraph(vague));
        blocks.Add(Qualifiers());
        if (analysis.FactCheck.Count > 0) blocks.Add(new ReportParagraph(Comparisons()));
        blocks.Add(new ReportParagraph(Rounding()));
        blocks.Add(new ReportParagraph(Provenance()));
        blocks.Add(new ReportParagraph(DataAndVersion()));
        return blocks;
    }

    private ReportText Bounds()
    {
        var t = new TextBuilder().Strong("Bounds. ")
            .Add("A figure worded as a floor (“more than”, “over”, “+”) is stored as a lower bound, one worded as a ceiling " +
                 "(“less than”, “under”) as an upper bound, and a span by both of its ends; any other figure is a point, marked as " +
                 "approximate, claimed, projected, estimated or rumoured where the article hedges it (")
            .NumberOf(ReportTables.QualifiersId).Add("). Derived figures carry the bounds through by interval arithmetic, " +
                 "so that a result is never more precise than its inputs");
        var open = analysis.Derived.FirstOrDefault(d => !d.Value.IsBounded);
        if (open is not null)
        {
            t.Add(": ").Link(ids.DerivedLabel(open), ReportIds.DerivedAnchor(open))
                .Add($", {Wording.Lowered(open.Name)}, is {NumberFormat.FormatInterval(open.Value, open.Unit)} because it comes from {open.Note}");
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
        return new TextBuilder().Strong("Vague amounts. ")
            .Add("An amount given only in words is stored as the span the words cover, from one of the named magnitude up to the next: ")
            .Join(vague, (b, c) => b.Add(Wording.Quoted(c.AsStated) + " (").Link(c.ClaimId, ReportIds.ClaimAnchor(c.ClaimId))
                .Add(") as " + NumberFormat.FormatQuantity(c.Quantity)))
            .Add(". Such a claim is compared as the range, never as a midpoint.")
            .Build();
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
                    .Add(") as " + NumberFormat.FormatQuantity(example.Quantity)).Build(),
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
        Qualifier.Projected => "A forecast for a period not yet over.",
        Qualifier.Claimed => "A party's own figure, as the article reports it.",
        Qualifier.Rumored => "Reported as rumour.",
        Qualifier.Estimate => "Someone's estimate.",
        _ => qualifier.ToToken(),
    };

    private ReportText Comparisons() => new TextBuilder().Strong("Comparisons. ")
        .Add("A claim is set against a reference figure only in the same unit; no currency is converted. Two single figures " +
             $"within {NumberFormat.Percent(FigureWords.SameTolerance)} of each other agree; within {NumberFormat.Percent(FigureWords.RoundingTolerance)} " +
             "the claim is a rounding if it is a round number or worded as approximate. A bound is checked as a bound and a range as a range. " +
             "A reference published after the article is not held against it, and a reference about a neighbouring measure only informs the claim (")
        .NumberOf(ReportTables.VerdictsId).Add(").")
        .Build();

    private ReportText Rounding()
    {
        var t = new TextBuilder().Strong("Rounding. ")
            .Add("Amounts are shown to at most two decimals of their scale (M for millions, B for billions, T for trillions), shares " +
                 "as percentages to one decimal, multiples to two decimals and ratios to three significant figures; the CSV tables in " +
                 "tables/ keep every figure at full precision");
        var example = analysis.Derived.FirstOrDefault(d => d.Value.IsPoint && double.IsFinite(d.Value.Low)
            && NumberFormat.Number(d.Value.Low) != NumberFormat.FormatInterval(d.Value, d.Unit) && d.Value.Low % 1 != 0);
        if (example is not null)
        {
            t.Add(": ").Link(ids.DerivedLabel(example), ReportIds.DerivedAnchor(example))
                .Add($" is {NumberFormat.Number(example.Value.Low)} there and {NumberFormat.FormatInterval(example.Value, example.Unit)} here");
        }
        return t.Add(". Figures are never rounded before they are compared.").Build();
    }

    private ReportText Provenance()
    {
        var claims = analysis.Data.Claims.Count;
        var t = new TextBuilder().Strong("Provenance. ")
            .Add("Every claim records the article it comes from, the line it stands on, its words as written and who made it. " +
                 "The loader checks each row against its Table Schema and each figure as written against the stored numbers. ");
        t.Add(context.ProvenanceProblems switch
        {
            null => "The article texts were not available when this report was made, so the line-by-line check was not run.",
            0 => $"Checked against the article texts, all {claims.ToString(Invariant)} claims were found word for word on the line their row names.",
            int n => $"Checked against the article texts, {n.ToString(Invariant)} claim{(n == 1 ? "" : "s")} could not be found on the line their row names; `workbook check` lists them.",
        });
        return t.Build();
    }

    private ReportText DataAndVersion() => new TextBuilder().Strong("Data and version. ")
        .Add($"Made on {context.Date.ToString("d MMMM yyyy", Invariant)} by AnalysisHelpers {context.ToolVersion} from the data folder " +
             $"(fingerprint {context.DataFingerprint}: the SHA-256 of its files' own hashes, which manifest.json lists one by one).")
        .Build();

}
