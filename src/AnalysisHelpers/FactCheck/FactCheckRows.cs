using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.FactCheck;

/// <summary>Two chart rows per result: the article's figure, then the reference's, both in the verdict's colour. The
/// reference row is drawn in the open, dashed style so the pair reads as claim then check.</summary>
internal static class FactCheckRows
{
    private const int TopicLength = 30;

    public static IEnumerable<BoundedRow> For(IReadOnlyList<FactCheckResult> results, IReadOnlyDictionary<string, Source> sources)
    {
        // A claim checked against several references, or a reference checking several claims, would repeat a label;
        // the repeats name the other side of the pair.
        var claimLabels = RowLabels.Unique(results
            .Select(r => ($"{r.ClaimId} · {Shorten($"{RowLabels.ItemOrSubject(r.Claim)} {RowLabels.MetricWords(r.Claim.Metric)}")}", "vs " + r.RefId))
            .ToList());
        var referenceLabels = RowLabels.Unique(results
            .Select(r => ($"↳ {r.RefId} · {Shorten(r.Reference.Topic)}", "for " + r.ClaimId))
            .ToList());
        for (int i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var source = sources.GetValueOrDefault(result.Claim.SourceId);
            // A pair is drawn whole or not at all when the figure cannot hold every row.
            string group = "check " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ClaimRow(result, claimLabels[i], source) is { } claimRow) yield return claimRow with { Group = group };
            if (ReferenceRow(result, referenceLabels[i]) is { } referenceRow) yield return referenceRow with { Group = group };
        }
    }

    private static BoundedRow? ClaimRow(FactCheckResult result, string label, Source? source)
    {
        if (BoundedRow.FromClaim(result.Claim, label, source) is not { } row) return null;
        var figure = Figure.Of(result.Reference);
        string hover = row.Hover + "<br>" + HtmlText.Lines([
            $"verdict against {result.RefId}: {result.Verdict.Describe()}",
            $"reference {result.RefId}: {FigureText.Describe(figure)}",
            $"citation: {result.Citation}",
            $"link: {result.LinkNote}",
        ]);
        return row with { Colour = VerdictPalette.Colour(result.Verdict), LegendGroup = result.Verdict.Describe(), Hover = hover };
    }

    private static BoundedRow? ReferenceRow(FactCheckResult result, string label)
    {
        var figure = Figure.Of(result.Reference);
        if (!figure.HasNumber) return null;
        string unit = figure.UnitToken;
        // A stated figure kept beside its spread is drawn as that figure; a floor or ceiling as the bound it is.
        (BoundShape Shape, double Low, double High, string Text) shape = figure switch
        {
            { Point: double p, Low: not null, High: not null } => (BoundShape.Point, p, p, FigureText.Number(p, unit)),
            { IsFloorOnly: true } => (BoundShape.AtLeast, figure.Low!.Value, double.NaN, "more than " + FigureText.Number(figure.Low!.Value, unit)),
            { IsCeilingOnly: true } => (BoundShape.AtMost, double.NaN, figure.High!.Value, "less than " + FigureText.Number(figure.High!.Value, unit)),
            { Point: double p } => (BoundShape.Point, p, p, FigureText.Number(p, unit)),
            _ => (BoundShape.Between, figure.Low!.Value, figure.High!.Value, FigureText.Describe(figure)),
        };
        var reference = result.Reference;
        string hover = "<b>" + HtmlText.Escape(reference.RefId) + "</b> · " + HtmlText.Escape(reference.Topic) + "<br>" + HtmlText.Lines([
            $"figure: {FigureText.Describe(figure)}",
            $"as of: {reference.AsOf} ({reference.SourceKind})",
            $"citation: {reference.Citation}",
            $"checks {result.ClaimId}, as stated “{result.Claim.AsStated}”: {result.Verdict.Describe()}",
            $"link: {result.LinkNote}",
        ]);
        return new BoundedRow(label, shape.Shape, shape.Low, shape.High, VerdictPalette.Colour(result.Verdict),
            result.Verdict.Describe(), $"{reference.RefId}: {shape.Text}", hover, IsDerived: true, reference.RefId);
    }

    /// <summary>Cuts a label at a word boundary (or a whole character) so the row labels leave the plot most of the width.</summary>
    private static string Shorten(string text)
    {
        return TextCut.Shorten(text, TopicLength, ' ', ',', '(');
    }
}
