namespace AnalysisHelpers.Quantities;

/// <summary>English number words and scales as journalists use them.</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, double> Cardinals = new Dictionary<string, double>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    };

    public static readonly IReadOnlyDictionary<string, double> Ordinals = new Dictionary<string, double>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5,
        ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    };

    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    /// <summary>Scale suffixes written straight after digits: $6m, $7bn, $1.2tn.</summary>
    public static readonly IReadOnlyDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["t"] = 1e12, ["tn"] = 1e12,
    };

    /// <summary>Plural magnitudes for vague amounts ("hundreds of millions").</summary>
    public static readonly IReadOnlyDictionary<string, double> Magnitudes = new Dictionary<string, double>
    {
        ["tens"] = 10, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["trillions"] = 1e12,
    };
}
