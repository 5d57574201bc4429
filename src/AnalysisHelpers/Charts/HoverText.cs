using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Charts;

/// <summary>The hover text of a drawn figure: which claim, the figure as the article put it, who said it and in
/// which article. Every piece is escaped because it comes from the articles.</summary>
public static class HoverText
{
    public static string ForClaim(Claim claim, Source? source) => string.Join("<br>",
        "<b>" + HtmlText.Escape(claim.ClaimId) + "</b> · " + HtmlText.Escape(Subject(claim)),
        "figure: " + HtmlText.Escape(claim.Figure()),
        "as stated: “" + HtmlText.Escape(claim.AsStated) + "”",
        "attribution: " + HtmlText.Escape(string.IsNullOrWhiteSpace(claim.Attribution) ? "the article" : claim.Attribution),
        "article: " + HtmlText.Escape(SourceLabels.Name(source, claim.SourceId)));

    public static string ForDerived(DerivedFigure figure) => string.Join("<br>",
        "<b>" + HtmlText.Escape(figure.Id) + "</b> · " + HtmlText.Escape(figure.Name),
        "derived: " + HtmlText.Escape(figure.Formula),
        "value: " + HtmlText.Escape(NumberFormat.FormatInterval(figure.Value, figure.Unit)),
        "from claims: " + HtmlText.Escape(ClaimIdList.Compact(figure.ClaimIds)));

    private static string Subject(Claim claim) =>
        string.IsNullOrWhiteSpace(claim.Item) ? claim.Subject : $"{claim.Subject} {claim.Item}";
}
