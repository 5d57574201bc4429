using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;

namespace AnalysisHelpers.Formatting;

/// <summary>Claim and reference figures in the words the fact check's explanations use ("$5.58M", "a floor of
/// $100M", "R08's range of $41M–$78M"), for text that sits beside those explanations, such as the report's.</summary>
public static class FigureWords
{
    /// <summary>The reference's figure: "$5.58M", "a floor of $100M", "$593B (spread $589B–$594B)", "no figure".</summary>
    public static string Of(ReferenceFigure reference) => FigureText.Describe(Figure.Of(ArgumentNullOrSelf(reference)));

    /// <summary>The claim's figure in the same words.</summary>
    public static string Of(Claim claim) => FigureText.Describe(Figure.Of(ArgumentNullOrSelf(claim)));

    /// <summary>The reference's figure as its own: "R02's $5.58M", "R06's floor of $100M".</summary>
    public static string Owned(ReferenceFigure reference) => FigureText.Owned(reference.RefId, Figure.Of(ArgumentNullOrSelf(reference)));

    /// <summary>Two single figures this close (relative difference) are the same figure.</summary>
    public const double SameTolerance = FigureComparison.SameTolerance;

    /// <summary>Two single figures this close are a rounding of each other when the claim is round or worded as approximate.</summary>
    public const double RoundingTolerance = FigureComparison.RoundingTolerance;

    /// <summary>A ratio as the explanations give it, to three significant figures ("1.69").</summary>
    public static string Ratio(double ratio) => FigureText.Ratio(ratio);

    private static T ArgumentNullOrSelf<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
