using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>Figures and units in words for explanations, in the house number formats. Reference units include
/// gpu_hours, which the claims' unit set lacks, so formatting goes by token.</summary>
internal static class FigureText
{
    public static string Number(double value, string unitToken)
    {
        if (unitToken == "gpu_hours") return NumberFormat.Count(value) + " GPU-hours";
        if (unitToken == "usd_per_gpu_hour") return NumberFormat.Usd(value) + " per GPU-hour";
        return UnitNames.TryParse(unitToken, out var unit) ? NumberFormat.Format(value, unit) : NumberFormat.Number(value);
    }

    /// <summary>"$5.58M", "a floor of $100M", "a ceiling of $6M", "$41M–$78M", "$593B (spread $589B–$594B)".</summary>
    public static string Describe(Figure figure)
    {
        if (!figure.HasNumber) return "no figure";
        string unit = figure.UnitToken;
        if (figure.IsFlatPoint) return Number(figure.Point!.Value, unit);
        if (figure.IsFloorOnly) return "a floor of " + Number(figure.Low!.Value, unit);
        if (figure.IsCeilingOnly) return "a ceiling of " + Number(figure.High!.Value, unit);
        string range = Number(figure.Low!.Value, unit) + "–" + Number(figure.High!.Value, unit);
        return figure.Point is double p ? $"{Number(p, unit)} (spread {range})" : range;
    }

    /// <summary>The figure as someone's: "R02's $5.58M", "R06's floor of $100M", "R08's range of $41M–$78M".</summary>
    public static string Owned(string owner, Figure figure)
    {
        if (!figure.HasNumber) return owner + "'s missing figure";
        string text = Describe(figure);
        if (figure.IsFloorOnly || figure.IsCeilingOnly) return $"{owner}'s {text["a ".Length..]}";
        if (!figure.IsFlatPoint && figure.Point is null) return $"{owner}'s range of {text}";
        return $"{owner}'s {text}";
    }

    /// <summary>A unit in words: "US dollars", "yuan", "shares", "GPU-hours".</summary>
    public static string UnitWords(string unitToken) => unitToken switch
    {
        "USD" => "US dollars",
        "CNY" => "yuan",
        "fraction" => "shares",
        "count" => "counts",
        "gpu_hours" => "GPU-hours",
        "year" => "calendar years",
        "years" => "years",
        "rank" => "ranks",
        "multiple" => "multiples",
        _ => unitToken,
    };

    public static bool IsCurrency(string unitToken) => unitToken is "USD" or "CNY";

    /// <summary>A ratio to three significant figures: 1.08, 0.049, 1.69.</summary>
    public static string Ratio(double ratio) => ratio.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);

    public static string Sentence(string text)
    {
        if (text.Length == 0) return text;
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text.EndsWith('.') ? text : text + ".";
    }
}
