using System.Globalization;
using System.Text;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Formatting;

/// <summary>Plain-text and HTML renderings of the workbook's values: claims, quantities, intervals and derived
/// figures, numbers in house format and every piece of article text escaped.</summary>
public static class ValueDisplay
{
    public static string PlainText(Claim claim)
    {
        string figure = claim.IsQuantitative ? claim.Figure() : claim.Statement;
        string what = string.Join(" ", new[] { claim.Subject, claim.Item, claim.Metric.Replace('_', ' ') }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return $"{claim.ClaimId} [{claim.Category}] {what}: {figure} — “{claim.AsStated}” " +
               $"({Attribution(claim)}; {claim.SourceId} line {claim.SourceLine.ToString(CultureInfo.InvariantCulture)})";
    }

    public static string Html(Claim claim) => Table("analysis-claim",
    [
        ("claim", claim.ClaimId),
        ("article", $"{claim.SourceId}, line {claim.SourceLine.ToString(CultureInfo.InvariantCulture)}"),
        ("category", claim.Category),
        ("subject", claim.Subject),
        ("item", claim.Item),
        ("metric", claim.Metric),
        ("figure", claim.IsQuantitative ? claim.Figure() : ""),
        ("period", claim.Period),
        ("as stated", claim.AsStated),
        ("attribution", Attribution(claim)),
        ("statement", claim.Statement),
        ("note", claim.Note),
    ]);

    public static string PlainText(Quantity quantity) => NumberFormat.FormatQuantity(quantity);

    public static string Html(Quantity quantity) =>
        $"<span class=\"analysis-quantity\" title=\"{HtmlText.Escape(quantity.Qualifier.ToToken() + ", " + quantity.Unit.ToToken())}\">" +
        HtmlText.Escape(NumberFormat.FormatQuantity(quantity)) + "</span>";

    /// <summary>An interval without a unit, its ends as plain numbers ("100000000–1000000000", "≥ 600000000").</summary>
    public static string PlainText(Interval interval) => NumberFormat.FormatInterval(interval, Unit.None);

    public static string Html(Interval interval) =>
        "<span class=\"analysis-interval\">" + HtmlText.Escape(PlainText(interval)) + "</span>";

    public static string PlainText(DerivedFigure figure) =>
        $"{figure.Id}: {figure.Name} = {NumberFormat.FormatInterval(figure.Value, figure.Unit)} " +
        $"({figure.Formula}; from {string.Join(", ", figure.ClaimIds)})";

    public static string Html(DerivedFigure figure) => Table("analysis-derived",
    [
        ("derived figure", figure.Id),
        ("name", figure.Name),
        ("value", NumberFormat.FormatInterval(figure.Value, figure.Unit)),
        ("formula", figure.Formula),
        ("from claims", string.Join(", ", figure.ClaimIds)),
        ("note", figure.Note),
    ]);

    private static string Attribution(Claim claim) =>
        string.IsNullOrWhiteSpace(claim.Attribution) ? "the article" : claim.Attribution;

    private static string Table(string cssClass, IEnumerable<(string Field, string Value)> rows)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"").Append(cssClass).Append("\"><tbody>");
        foreach (var (field, value) in rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)))
        {
            html.Append("<tr><th style=\"text-align:left\">").Append(HtmlText.Escape(field))
                .Append("</th><td style=\"text-align:left\">").Append(HtmlText.Escape(value)).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }
}
