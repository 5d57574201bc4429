using System.Globalization;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Formatting;

/// <summary>The house number formats: short money ("$1.2B", "¥380B"), percentages, counts, multiples and years,
/// always in the invariant culture so output never depends on the machine it runs on.</summary>
public static class NumberFormat
{
    /// <summary>The typographic minus sign used for negative figures in display text.</summary>
    public const string Minus = "\u2212";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (double Scale, string Suffix)[] Scales = [(1e12, "T"), (1e9, "B"), (1e6, "M")];

    /// <summary>A plain number in its shortest round-trip form ("5576000", "0.02").</summary>
    public static string Number(double value) => value.ToString("R", Invariant);

    public static string Usd(double amount) => Money(amount, Unit.USD);

    public static string Cny(double amount) => Money(amount, Unit.CNY);

    /// <summary>An amount with its currency symbol: "$6M", "$1.2B", "¥380B". Amounts below a million keep thousands
    /// separators ("$294,000").</summary>
    public static string Money(double amount, Unit currency)
    {
        string symbol = currency switch
        {
            Unit.USD => "$",
            Unit.CNY => "¥",
            _ => throw new ArgumentException($"{currency} is not a currency.", nameof(currency)),
        };
        return Signed(amount, abs => symbol + Short(abs));
    }

    /// <summary>A fraction as a percentage: 0.3 is "30%", 0.905 is "90.5%".</summary>
    public static string Percent(double fraction) =>
        Signed(fraction, abs => Trimmed(abs * 100, "0.#") + "%");

    /// <summary>A change as a signed percentage: −0.3 is "−30%", 0.25 is "+25%".</summary>
    public static string SignedPercent(double fraction) =>
        fraction > 0 ? "+" + Percent(fraction) : Percent(fraction);

    /// <summary>A count: "144", "2,048", "600M".</summary>
    public static string Count(double count) => Signed(count, Short);

    /// <summary>A multiplier: 10 is "10×".</summary>
    public static string Multiple(double multiple) => Signed(multiple, abs => Trimmed(abs, "#,0.##") + "×");

    public static string Year(double year) => year.ToString("0", Invariant);

    public static string Years(double years) =>
        Signed(years, abs => Trimmed(abs, "#,0.##") + (abs == 1 ? " year" : " years"));

    /// <summary>A position in an ordering: 1 is "#1".</summary>
    public static string Rank(double rank) => "#" + rank.ToString("0", Invariant);

    /// <summary>A number in the house format for its unit.</summary>
    public static string Format(double value, Unit unit) => unit switch
    {
        Unit.USD or Unit.CNY => Money(value, unit),
        Unit.Count => Count(value),
        Unit.Fraction => Percent(value),
        Unit.Multiple => Multiple(value),
        Unit.Year => Year(value),
        Unit.Years => Years(value),
        Unit.Rank => Rank(value),
        _ => Number(value),
    };

    /// <summary>A figure with its hedging: "≈ $6M", "&lt; $6M", "> $100M", "$100M–$1B", "$7B (projected)".</summary>
    public static string FormatQuantity(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var unit = quantity.Unit;
        if (unit == Unit.None) return "no figure";
        return quantity switch
        {
            { Qualifier: Qualifier.UpperBound, High: double high } => "< " + Format(high, unit),
            { Qualifier: Qualifier.LowerBound, Low: double low } => "> " + Format(low, unit),
            { Qualifier: Qualifier.Range, Low: double low, High: double high } => Format(low, unit) + "–" + Format(high, unit),
            { Value: double value } => PointWithQualifier(Format(value, unit), quantity.Qualifier),
            _ => FormatInterval(quantity.ToInterval(), unit),
        };
    }

    /// <summary>A figure with its hedging and what its words add to the stored qualifier: "≈ $6M (claimed)" for a
    /// claimed figure the article words as approximate; "≥ ¥1B (top ¥1T by convention only)" for a bare plural
    /// ("billions of yuan"), whose stored top is the vague-magnitude convention's and not the text's.</summary>
    public static string FormatQuantity(Quantity quantity, bool wordedApproximately, bool conventionalTop)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (conventionalTop && quantity is { Qualifier: Qualifier.Range, Low: double low, High: double high })
            return $"≥ {Format(low, quantity.Unit)} (top {Format(high, quantity.Unit)} by convention only)";
        var text = FormatQuantity(quantity);
        return wordedApproximately && quantity.Value is not null && quantity.Qualifier != Qualifier.Approximate && quantity.Unit != Unit.None
            ? "≈ " + text
            : text;
    }

    /// <summary>A bound in words, as chart labels read: "less than $6M", "more than $100M".</summary>
    public static string BoundInWords(Quantity quantity) => quantity switch
    {
        { Qualifier: Qualifier.UpperBound, High: double high } => "less than " + Format(high, quantity.Unit),
        { Qualifier: Qualifier.LowerBound, Low: double low } => "more than " + Format(low, quantity.Unit),
        _ => FormatQuantity(quantity),
    };

    /// <summary><see cref="BoundInWords(Quantity)"/> with what the words add: "≈ $6M (claimed)", and a bare plural
    /// as the floor it is ("¥1B or more").</summary>
    public static string BoundInWords(Quantity quantity, bool wordedApproximately, bool conventionalTop)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (conventionalTop && quantity is { Qualifier: Qualifier.Range, Low: double low })
            return Format(low, quantity.Unit) + " or more";
        return quantity.Qualifier is Qualifier.UpperBound or Qualifier.LowerBound
            ? BoundInWords(quantity)
            : FormatQuantity(quantity, wordedApproximately, conventionalTop: false);
    }

    /// <summary>An interval: a point as its value, an open side as "≥"/"≤", otherwise "low–high" ("≈ $5.58M" when
    /// both ends round to the same text).</summary>
    public static string FormatInterval(Interval interval, Unit unit)
    {
        bool lowOpen = !double.IsFinite(interval.Low), highOpen = !double.IsFinite(interval.High);
        if (lowOpen && highOpen) return "unbounded";
        if (interval.IsPoint) return Format(interval.Low, unit);
        if (highOpen) return "≥ " + Format(interval.Low, unit);
        if (lowOpen) return "≤ " + Format(interval.High, unit);
        string low = Format(interval.Low, unit), high = Format(interval.High, unit);
        // Ends closer than the house format shows would read "$5.58M–$5.58M"; the interval is narrower than its digits.
        return low == high ? "≈ " + low : low + "–" + high;
    }

    private static string PointWithQualifier(string figure, Qualifier qualifier) => qualifier switch
    {
        Qualifier.Approximate => "≈ " + figure,
        Qualifier.Projected => figure + " (projected)",
        Qualifier.Claimed => figure + " (claimed)",
        Qualifier.Rumored => figure + " (rumored)",
        Qualifier.Estimate => figure + " (estimate)",
        _ => figure,
    };

    // Large magnitudes read as a mantissa with T/B/M; smaller ones keep every digit with separators.
    private static string Short(double abs)
    {
        // The 0.9995 threshold moves a value up a scale when its mantissa would round to 1000 ("1T", not "1000B").
        foreach (var (scale, suffix) in Scales)
        {
            if (abs >= scale * 0.9995) return Trimmed(abs / scale, "0.##") + suffix;
        }
        return Trimmed(abs, "#,0.##");
    }

    private static string Trimmed(double value, string format) => value.ToString(format, Invariant);

    private static string Signed(double value, Func<double, string> format)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "∞" : Minus + "∞";
        string text = format(Math.Abs(value));
        // A value that rounds to zero carries no sign.
        return value < 0 && text.Any(c => c is >= '1' and <= '9') ? Minus + text : text;
    }
}
