using System.Globalization;

namespace AnalysisHelpers.Tables;

/// <summary>Numbers as the data must write them: the invariant way (digits, an optional leading minus, an optional
/// decimal point and exponent) and read back exactly as written. Anything else (thousands separators, decimal commas,
/// NaN, currency signs, digits a double cannot keep) is an error, not a guess.</summary>
internal static class NumberText
{
    // Every decimal with at most this many significant digits reads back unchanged from the nearest double.
    private const int ExactDigits = 15;

    public static (double Value, string? Problem) ParseNumber(ReadOnlySpan<char> text)
    {
        if (!IsPlainNumber(text, out int significant))
            return (0, DescribeBadNumber(text));
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value))
            return (0, "not a number");
        if (!double.IsFinite(value))
            return (0, "number is out of range");
        if (value == 0 && significant > 0)
            return (0, "number is too small to store; it would be read as 0");
        if (significant > ExactDigits || (value != 0 && !double.IsNormal(value)))
        {
            var stored = value.ToString("R", CultureInfo.InvariantCulture);
            if (!SameDecimal(text, stored))
                return (0, $"number has more significant digits than a number keeps (15 to 17); it would be read as {stored}");
        }
        return (value, null);
    }

    public static (long Value, string? Problem) ParseInteger(ReadOnlySpan<char> text)
    {
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (i == text.Length || text[i..].IndexOfAnyExceptInRange('0', '9') >= 0)
            return (0, text.IndexOf('.') >= 0 ? "not a whole number" : DescribeBadNumber(text) is var d && d == "not a number" ? "not a whole number" : d);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            return (0, "whole number is out of range");
        return (value, null);
    }

    /// <summary>Checks the invariant shape and counts the significant digits (leading and trailing zeros do not count).</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> s, out int significant)
    {
        significant = 0;
        int i = 0;
        if (i < s.Length && s[i] == '-') i++;
        int digits = 0, first = -1, last = -1;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++, digits++)
            if (s[i] != '0') { if (first < 0) first = digits; last = digits; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int frac = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++, frac++, digits++)
                if (s[i] != '0') { if (first < 0) first = digits; last = digits; }
            if (frac == 0) return false;
        }
        if (digits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exp++; }
            if (exp == 0) return false;
        }
        significant = first < 0 ? 0 : last - first + 1;
        return i == s.Length;
    }

    /// <summary>True when two plain numbers write the same decimal value (digits and scale).</summary>
    private static bool SameDecimal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Normalize(a, out int ea) is var da && Normalize(b, out int eb) is var db && da == db && (da.Length == 0 || ea == eb) && Negative(a) == Negative(b);

    private static bool Negative(ReadOnlySpan<char> s) => s.Length > 0 && s[0] == '-';

    /// <summary>The significant digits d1d2… and the exponent e such that the value is 0.d1d2… × 10^e.</summary>
    private static string Normalize(ReadOnlySpan<char> s, out int exponent)
    {
        var digits = new System.Text.StringBuilder();
        int pointAt = -1, count = 0, i = 0, exp = 0;
        if (i < s.Length && s[i] == '-') i++;
        for (; i < s.Length && s[i] is not ('e' or 'E'); i++)
        {
            if (s[i] == '.') { pointAt = count; continue; }
            digits.Append(s[i]);
            count++;
        }
        if (i < s.Length) exp = int.Parse(s[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (pointAt < 0) pointAt = count;
        var text = digits.ToString();
        int lead = text.Length - text.TrimStart('0').Length;
        var trimmed = text.Trim('0');
        exponent = pointAt - lead + exp;
        return trimmed;
    }

    private static string DescribeBadNumber(ReadOnlySpan<char> raw)
    {
        var s = raw.ToString();
        var t = s.Trim();
        if (t.Length != s.Length) return "number has leading or trailing spaces";
        if (t.Equals("nan", StringComparison.OrdinalIgnoreCase) || t.Contains("inf", StringComparison.OrdinalIgnoreCase) || t.Contains('∞'))
            return "NaN and infinity are not allowed; leave the cell empty if the value is unknown";
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^-?\d{1,3}(,\d{3})+(\.\d+)?$"))
            return "thousands separators are not allowed; write the plain number";
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^-?\d+,\d+$"))
            return "use a decimal point, not a comma";
        if (t.StartsWith('+')) return "a leading plus sign is not allowed";
        if (t.IndexOfAny(['$', '€', '¥', '%']) >= 0) return "units and currency signs belong in the unit column; write the plain number";
        return "not a number";
    }
}
