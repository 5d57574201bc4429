using System.Globalization;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Quantities;

/// <summary>Reads figures as journalists write them ("approximately $6 million", "$100 million+", "less than $6 million",
/// "more than 90%", "hundreds of millions", "billions of yuan", "RMB 380 billion", "a decade", "only three models")
/// into a value or bounds in base units. Wording it does not know is an error, never a guess.
/// Vague magnitudes follow one written convention: "tens of X" is [10X, 100X], "hundreds of X" is [100X, 1000X],
/// a bare plural such as "billions" is [X, 1000X].</summary>
public static partial class QuantityParser
{
    private static readonly (string Phrase, Qualifier Qualifier)[] Hedges =
    [
        ("approximately", Qualifier.Approximate), ("about", Qualifier.Approximate), ("around", Qualifier.Approximate),
        ("roughly", Qualifier.Approximate), ("nearly", Qualifier.Approximate), ("almost", Qualifier.Approximate),
        ("some", Qualifier.Approximate), ("an estimated", Qualifier.Approximate), ("estimated", Qualifier.Approximate),
        ("close to", Qualifier.Approximate),
        ("more than", Qualifier.LowerBound), ("over", Qualifier.LowerBound), ("at least", Qualifier.LowerBound),
        ("upwards of", Qualifier.LowerBound), ("above", Qualifier.LowerBound), ("in excess of", Qualifier.LowerBound),
        ("less than", Qualifier.UpperBound), ("under", Qualifier.UpperBound), ("below", Qualifier.UpperBound),
        ("fewer than", Qualifier.UpperBound), ("at most", Qualifier.UpperBound), ("up to", Qualifier.UpperBound),
        ("only", Qualifier.Exact), ("just", Qualifier.Exact),
    ];

    // Longest phrase first, so "an estimated" wins over "estimated"; equal lengths keep the order above.
    private static readonly (string Phrase, Qualifier Qualifier)[] HedgesLongestFirst =
        Hedges.OrderByDescending(h => h.Phrase.Length).ToArray();

    public static Quantity Parse(string text) => Read(text).Quantity;

    /// <summary>Reads a figure together with what its wording says beyond the numbers: whether it is worded as
    /// approximate, whether a range's top comes only from the vague-magnitude convention, and how far the last digit
    /// written lets the true value lie from the point (see <see cref="QuantityReading"/>).</summary>
    public static QuantityReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Normalize(text);
        if (s.Length == 0) throw new QuantityFormatException(text, "it is empty");

        bool plus = false;
        if (s.EndsWith('+')) { plus = true; s = s[..^1].TrimEnd(); }

        var hedge = Qualifier.Exact;
        foreach (var (phrase, q) in HedgesLongestFirst)
        {
            if (s.Length > phrase.Length && s[phrase.Length] == ' ' && s.StartsWith(phrase, StringComparison.Ordinal))
            {
                hedge = q;
                s = s[(phrase.Length + 1)..].TrimStart();
                break;
            }
        }
        if (plus && hedge != Qualifier.Exact)
            throw new QuantityFormatException(text, "a trailing \"+\" cannot be combined with a hedge word");
        if (plus) hedge = Qualifier.LowerBound;

        if (TryRange(s, text, out var range))
        {
            if (hedge != Qualifier.Exact) throw new QuantityFormatException(text, "a hedge word before a range is ambiguous");
            return new QuantityReading(range, false, false, 0);
        }
        if (TryVague(s, text, out var vague, out bool conventionalTop))
        {
            if (hedge != Qualifier.Exact) throw new QuantityFormatException(text, "a hedge word before a vague amount is ambiguous");
            return new QuantityReading(vague, false, conventionalTop, 0);
        }
        if (TrySuperlative(s, text, out var superlative))
        {
            if (hedge != Qualifier.Exact) throw new QuantityFormatException(text, "a hedge word before a superlative is ambiguous");
            return new QuantityReading(superlative, false, false, 0);
        }

        var (value, unit) = ParseAmount(s, text, out double halfUnit);
        var quantity = hedge switch
        {
            Qualifier.LowerBound => Quantity.AtLeast(value, unit),
            Qualifier.UpperBound => Quantity.AtMost(value, unit),
            _ => Quantity.Point(value, unit, hedge),
        };
        return new QuantityReading(quantity, hedge == Qualifier.Approximate, false, halfUnit);
    }

    /// <summary>"most downloaded open-source AI model", "the most popular app": a superlative names first place,
    /// rank 1, the way "first" does. What follows "most" is at most three plain words after the adjective.</summary>
    private static bool TrySuperlative(string s, string original, out Quantity quantity)
    {
        quantity = null!;
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s[4..];
        if (!s.StartsWith("most ", StringComparison.Ordinal)) return false;
        var words = s[5..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !NounRegex().IsMatch(words[0])) return false;
        CheckNouns(words[1..], original);
        quantity = Quantity.Point(1, Unit.Rank);
        return true;
    }

    public static bool TryRead(string text, out QuantityReading? reading)
    {
        try
        {
            reading = Read(text);
            return true;
        }
        catch (QuantityFormatException)
        {
            reading = null;
            return false;
        }
    }

    public static bool TryParse(string text, out Quantity? quantity, out string? error)
    {
        try
        {
            quantity = Parse(text);
            error = null;
            return true;
        }
        catch (QuantityFormatException ex)
        {
            quantity = null;
            error = ex.Message;
            return false;
        }
    }

    private static string Normalize(string text)
    {
        var s = text.Replace('\u00A0', ' ').Replace('\u2009', ' ').Replace('\u202F', ' ')
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'').Replace('\u2007', ' ').Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-');
        s = WhitespaceRegex().Replace(s.Trim(), " ");
        return s.ToLowerInvariant();
    }

    private static bool TryRange(string s, string original, out Quantity quantity)
    {
        quantity = null!;
        string? left = null, right = null;
        var between = BetweenRegex().Match(s);
        if (between.Success) { left = between.Groups[1].Value; right = between.Groups[2].Value; }
        else
        {
            var to = ToRegex().Match(s);
            if (to.Success) { left = to.Groups[1].Value; right = to.Groups[2].Value; }
            else
            {
                var dash = DashRegex().Match(s);
                if (dash.Success) { left = dash.Groups[1].Value + dash.Groups[2].Value; right = dash.Groups[1].Value + dash.Groups[3].Value; }
            }
        }
        if (left is null || right is null) return false;

        var (high, unit) = ParseAmount(right, original, out _);
        // The left end inherits what only the right end states: "$1-2 billion", "five to ten times", "5-10%". It takes
        // the right end's scale and unit words only when its bare number is the smaller one, so "500,000 to 1 million"
        // stays literal; "10 to 5" still reads as a range that runs backwards.
        var leftAmount = left.Trim();
        var leftRest = StripCurrency(leftAmount, out var leftCurrency);
        var rightAmount = right.Trim();
        var rightRest = StripCurrency(rightAmount, out _);
        double low;
        if (TryPlainNumber(leftRest, out var bare) && TrySplitNumber(rightRest, out var rightNumber, out var tail)
            && TryPlainNumber(rightNumber, out var rightBare))
        {
            if (leftCurrency is not null)
            {
                var leftUnit = CurrencyUnit(leftCurrency);
                if (unit == Unit.Count) unit = leftUnit;
                else if (unit != leftUnit)
                    throw new QuantityFormatException(original, $"the two ends of the range have different units ({leftUnit.ToToken()} and {unit.ToToken()})");
            }
            if (bare < rightBare)
            {
                var prefix = rightAmount[..(rightAmount.Length - rightRest.Length)];
                (low, _) = ParseAmount(prefix + leftRest.Trim() + tail, original, out _);
            }
            else low = bare;
        }
        else
        {
            var (l, leftUnit) = ParseAmount(leftAmount, original, out _);
            if (leftUnit != unit) throw new QuantityFormatException(original, $"the two ends of the range have different units ({leftUnit.ToToken()} and {unit.ToToken()})");
            low = l;
        }
        if (low > high) throw new QuantityFormatException(original, "the range runs from high to low");
        quantity = Quantity.Between(low, high, unit);
        return true;
    }

    /// <param name="conventionalTop">True for a bare plural ("billions"), whose top end of a thousand times the base
    /// comes from the convention, not from the words.</param>
    private static bool TryVague(string s, string original, out Quantity quantity, out bool conventionalTop)
    {
        quantity = null!;
        conventionalTop = false;
        var m = VagueRegex().Match(s);
        if (!m.Success) return false;
        double first = NumberWords.Magnitudes[m.Groups["m1"].Value];
        double low = first, width;
        if (m.Groups["m2"].Success)
        {
            var second = m.Groups["m2"].Value;
            double scale = NumberWords.Magnitudes.TryGetValue(second, out var sc) ? sc : NumberWords.Scales[second];
            low = first * scale;
            width = first <= 100 ? 10 : 1000;
        }
        else
        {
            width = first <= 100 ? 10 : 1000;
            conventionalTop = first > 100;
        }
        var unit = Unit.Count;
        if (m.Groups["cur"].Success) unit = m.Groups["cur"].Value is "yuan" or "renminbi" or "rmb" ? Unit.CNY : Unit.USD;
        if (m.Groups["dollar"].Success) unit = Unit.USD;
        if (m.Groups["noun"].Success && unit != Unit.Count)
            throw new QuantityFormatException(original, "a currency amount cannot be followed by other words");
        quantity = Quantity.Between(low, low * width, unit);
        return true;
    }

    /// <summary>An amount without hedge: [currency] number [scale] [percent] [currency word] [noun words].</summary>
    /// <param name="halfUnit">Half a unit of the last digit written, in base units, for a figure written with a scale
    /// word or as a percentage ("$1.2 billion": 0.05 billion; "30%": 0.005); zero for whole numbers written without a
    /// scale (counts, years, ranks, durations), which are taken as exact.</param>
    private static (double Value, Unit Unit) ParseAmount(string s, string original, out double halfUnit)
    {
        halfUnit = 0;
        int decimals = 0;
        double suffixScale = 1;
        s = FoldRegex().Replace(s.Trim(), "$1 fold");
        var rest = StripCurrency(s, out var currency);

        double value;
        var m = NumberRegex().Match(rest);
        bool digits = m.Success;
        bool hasComma = false;
        if (digits)
        {
            var numberText = m.Groups["num"].Value;
            hasComma = numberText.Contains(',');
            if (hasComma && !ThousandsRegex().IsMatch(numberText))
                throw new QuantityFormatException(original, $"\"{numberText}\" is not a well-formed number (commas must separate groups of three digits)");
            value = double.Parse(numberText.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            int point = numberText.IndexOf('.');
            decimals = point < 0 ? 0 : numberText.Length - point - 1;
            var suffix = m.Groups["suffix"].Value;
            rest = rest[m.Length..].TrimStart();
            if (suffix is "st" or "nd" or "rd" or "th")
            {
                if (!hasComma && numberText.All(char.IsAsciiDigit) && suffix == OrdinalSuffix(value))
                    return Rank(value, currency, rest, original);
                throw new QuantityFormatException(original, $"\"{numberText}{suffix}\" is not a well-formed ordinal");
            }
            if (suffix == "x")
            {
                if (currency is not null) throw new QuantityFormatException(original, "a multiple cannot carry a currency");
                if (rest.Length > 0) throw new QuantityFormatException(original, $"unexpected words after \"{numberText}x\"");
                return (value, Unit.Multiple);
            }
            if (suffix.Length > 0)
            {
                if (!NumberWords.ScaleSuffixes.TryGetValue(suffix, out var sfx))
                    throw new QuantityFormatException(original, $"unknown suffix \"{suffix}\" after the number");
                value *= sfx;
                suffixScale = sfx;
            }
        }
        else
        {
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) throw new QuantityFormatException(original, "there is no number");
            if (words[0] == "no." && words.Length > 1 && TryPlainNumber(words[1], out var no))
                return Rank(no, currency, string.Join(' ', words.Skip(2)), original);
            if (NumberWords.Ordinals.TryGetValue(words[0], out var ord))
                return Rank(ord, currency, string.Join(' ', words.Skip(1)), original);
            int used = ReadNumberWords(words, out value);
            if (used == 0)
            {
                // "a" counts as one only before a unit of measure: "a decade", "a billion", "a year"; "a lot" or
                // "a few" is no number at all.
                if (words[0] is "a" or "an" && words.Length > 1 && IsUnitWord(words[1])) { value = 1; used = 1; }
                else throw new QuantityFormatException(original, $"\"{words[0]}\" is not a number the parser knows");
            }
            rest = string.Join(' ', words.Skip(used));
        }

        // Scale words: "6 million", "1.2 billion".
        var tokens = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        bool scaled = suffixScale != 1;
        double wordScale = 1;
        while (tokens.Count > 0 && NumberWords.Scales.TryGetValue(tokens[0], out var scale))
        {
            value *= scale;
            wordScale *= scale;
            scaled = true;
            tokens.RemoveAt(0);
        }

        var unit = currency switch { "usd" => Unit.USD, "cny" => Unit.CNY, _ => Unit.Count };
        bool percent = false;
        if (tokens.Count > 0 && tokens[0] == "%") { percent = true; tokens.RemoveAt(0); }
        else if (tokens.Count > 0 && tokens[0] == "percent") { percent = true; tokens.RemoveAt(0); }
        else if (tokens.Count > 1 && tokens[0] == "per" && tokens[1] == "cent") { percent = true; tokens.RemoveRange(0, 2); }
        if (percent)
        {
            if (currency is not null) throw new QuantityFormatException(original, "a percentage cannot carry a currency");
            value /= 100;
            unit = Unit.Fraction;
        }
        if (scaled || percent)
            halfUnit = 0.5 * Math.Pow(10, -decimals) * suffixScale * wordScale / (percent ? 100 : 1);

        if (tokens.Count > 0 && tokens[0] is "yuan" or "renminbi" or "rmb" or "dollars" or "usd")
        {
            var word = tokens[0];
            var wordUnit = word is "dollars" or "usd" ? Unit.USD : Unit.CNY;
            if (currency is not null && unit != wordUnit) throw new QuantityFormatException(original, "two different currencies are named");
            if (percent) throw new QuantityFormatException(original, "a percentage cannot carry a currency");
            unit = wordUnit;
            currency = word;
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0)
        {
            if (unit == Unit.Count && !scaled && !hasComma && value == Math.Floor(value) && value is >= 1900 and <= 2100 && digits)
                return (value, Unit.Year);
            return (value, unit);
        }

        if (unit != Unit.Count)
            throw new QuantityFormatException(original, $"unexpected words after the amount: \"{string.Join(' ', tokens)}\"");

        var first = tokens[0];
        if (first is "times" or "x" or "fold")
        {
            if (tokens.Count > 1) throw new QuantityFormatException(original, $"unexpected words after \"{first}\"");
            return (value, Unit.Multiple);
        }
        if (first is "decade" or "decades")
        {
            if (tokens.Count > 1) throw new QuantityFormatException(original, $"unexpected words after \"{first}\"");
            return (value * 10, Unit.Years);
        }
        if (first is "year" or "years" or "yrs")
        {
            if (tokens.Count > 1) throw new QuantityFormatException(original, $"unexpected words after \"{first}\"");
            return (value, Unit.Years);
        }
        CheckNouns(tokens, original);
        return (value, Unit.Count);
    }

    /// <summary>What is counted or ranked follows the number in at most three plain words ("only three AI models",
    /// "third largest economy").</summary>
    private static void CheckNouns(IReadOnlyList<string> tokens, string original)
    {
        if (tokens.Count > 3)
            throw new QuantityFormatException(original, $"too many words after the number: \"{string.Join(' ', tokens)}\"");
        foreach (var t in tokens)
        {
            if (!NounRegex().IsMatch(t))
                throw new QuantityFormatException(original, $"\"{t}\" is not a word the parser can read as what is counted");
        }
    }

    private static (double Value, Unit Unit) Rank(double value, string? currency, string rest, string original)
    {
        if (currency is not null) throw new QuantityFormatException(original, "a rank cannot carry a currency");
        CheckNouns(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries), original);
        return (value, Unit.Rank);
    }

    private static string OrdinalSuffix(double n) =>
        (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

    private static bool IsUnitWord(string word) =>
        NumberWords.Scales.ContainsKey(word) || word is "hundred" or "dozen" or "decade" or "year";

    /// <summary>Reads number words such as "three", "twenty five", "twenty-five", "a hundred". Returns how many
    /// words were used (0 when the first word is not a number word).</summary>
    private static int ReadNumberWords(string[] words, out double value)
    {
        value = 0;
        int used = 0;
        double current = 0;
        while (used < words.Length)
        {
            var w = words[used];
            if (w.Contains('-') && w.Split('-') is [var tens, var ones] && NumberWords.Cardinals.TryGetValue(tens, out var t) && NumberWords.Cardinals.TryGetValue(ones, out var o) && t >= 20 && o < 10)
            {
                current += t + o;
            }
            else if (w == "hundred" && used > 0 && current > 0)
            {
                current *= 100;
            }
            else if (w is "a" or "an" && used == 0 && words.Length > 1 && (words[1] == "hundred" || words[1] == "dozen"))
            {
                current = 1;
            }
            else if (w is "dozen" && used > 0 && current > 0)
            {
                current *= 12;
            }
            else if (NumberWords.Cardinals.TryGetValue(w, out var n) && w is not "hundred" and not "dozen")
            {
                if (current % 10 != 0 && current > 0) break;
                current += n;
            }
            else break;
            used++;
        }
        value = current;
        return used;
    }

    private static string StripCurrency(string s, out string? currency)
    {
        currency = null;
        foreach (var (prefix, code) in new[] { ("us$", "usd"), ("$", "usd"), ("usd ", "usd"), ("usd", "usd"), ("rmb ", "cny"), ("rmb", "cny"), ("cny ", "cny"), ("¥", "cny") })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && (prefix.EndsWith(' ') || prefix is "$" or "us$" or "¥" || (s.Length > prefix.Length && char.IsDigit(s[prefix.Length]))))
            {
                currency = code;
                return s[prefix.Length..].TrimStart();
            }
        }
        return s;
    }

    /// <summary>Splits a leading number (digits, or number words) from what follows it, which keeps its separator.</summary>
    private static bool TrySplitNumber(string s, out string number, out string tail)
    {
        var m = NumberRegex().Match(s);
        if (m.Success)
        {
            var num = m.Groups["num"];
            number = num.Value;
            tail = s[(num.Index + num.Length)..];
            return true;
        }
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int used = ReadNumberWords(words, out _);
        if (used > 0)
        {
            number = string.Join(' ', words[..used]);
            tail = used < words.Length ? " " + string.Join(' ', words[used..]) : "";
            return true;
        }
        number = tail = "";
        return false;
    }

    private static Unit CurrencyUnit(string code) => code == "cny" ? Unit.CNY : Unit.USD;

    private static bool TryPlainNumber(string s, out double value)
    {
        s = s.Trim();
        if (NumberRegex().Match(s) is { Success: true } m && m.Length == s.Length && m.Groups["suffix"].Length == 0)
        {
            if (m.Groups["num"].Value.Contains(',') && !ThousandsRegex().IsMatch(m.Groups["num"].Value))
            {
                value = 0;
                return false;
            }
            value = double.Parse(m.Groups["num"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return true;
        }
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && ReadNumberWords(words, out value) == words.Length) return true;
        value = 0;
        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"^(?<num>\d[\d,]*(?:\.\d+)?)(?<suffix>[a-z]{1,3}\b)?(?=\s|%|$)")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*(\.\d+)?$")]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"^between (.+) and (.+)$")]
    private static partial Regex BetweenRegex();

    [GeneratedRegex(@"^(.+?) to (.+)$")]
    private static partial Regex ToRegex();

    [GeneratedRegex(@"^((?:us\$|\$|rmb ?|¥)?)(\d[\d,.]*%?)-(\d.*)$")]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"^(?:(?<dollar>\$)\s?)?(?<m1>tens|hundreds|thousands|millions|billions|trillions)(?: of (?<m2>millions|billions|trillions|thousands))?(?: of (?<cur>yuan|renminbi|rmb|dollars))?(?: (?<noun>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}))?$")]
    private static partial Regex VagueRegex();

    [GeneratedRegex(@"^(\S+?)-fold\b")]
    private static partial Regex FoldRegex();

    [GeneratedRegex(@"^[a-z][a-z'-]*$")]
    private static partial Regex NounRegex();
}
