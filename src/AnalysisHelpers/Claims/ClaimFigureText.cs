using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Claims;

/// <summary>A claim's figure in the house format with everything its words say: "≈ $6M (claimed)" keeps the
/// article's "approximately" beside the stored qualifier, and "billions of yuan" reads as the floor it is. Tables,
/// hover texts and chart labels all use these, so no view drops a hedge the article wrote.</summary>
public static class ClaimFigureText
{
    /// <summary>"≈ $6M (claimed)", "< $6M", "≥ ¥1B (top ¥1T by convention only)"; "no figure" for a qualitative claim.</summary>
    public static string Figure(this Claim claim) =>
        claim.IsQuantitative ? NumberFormat.FormatQuantity(claim.Quantity, claim.WordedApproximately, claim.HasConventionalTop) : "no figure";

    /// <summary>"less than $6M", "more than $100M", "≈ $6M (claimed)", "¥1B or more".</summary>
    public static string FigureInWords(this Claim claim) =>
        claim.IsQuantitative ? NumberFormat.BoundInWords(claim.Quantity, claim.WordedApproximately, claim.HasConventionalTop) : "no figure";
}
