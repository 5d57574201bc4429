using System.Globalization;

namespace AnalysisHelpers.Claims;

/// <summary>How finely a date is known.</summary>
public enum DatePrecision { Year, Quarter, Month, Day }

/// <summary>A date known to a year, quarter, month or day, as the data writes them (YYYY, YYYY-Qn, YYYY-MM,
/// YYYY-MM-DD), held as the span of days it covers. Comparisons are between spans: two dates are apart only by the
/// days that separate their spans, so "2025-01" and "2025-01-20" are not apart at all.</summary>
public readonly record struct PartialDate(DateOnly First, DateOnly Last, DatePrecision Precision, string Text)
{
    /// <summary>Reads a partial date; false for empty text, "unknown" or anything malformed.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1) return false;
        if (s.Length == 4)
        {
            date = new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, s);
            return true;
        }
        if (s[4] != '-') return false;
        if (s.Length == 7 && s[5] == 'Q' && s[6] is >= '1' and <= '4')
        {
            int quarter = s[6] - '0';
            var first = new DateOnly(year, 3 * quarter - 2, 1);
            date = new(first, first.AddMonths(3).AddDays(-1), DatePrecision.Quarter, s);
            return true;
        }
        if (s.Length == 7 && DateOnly.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new(month, month.AddMonths(1).AddDays(-1), DatePrecision.Month, s);
            return true;
        }
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new(day, day, DatePrecision.Day, s);
            return true;
        }
        return false;
    }

    public static PartialDate? Parse(string? text) => TryParse(text, out var d) ? d : null;

    /// <summary>Days between the two spans: 0 when they touch or overlap.</summary>
    public int DaysApartFrom(PartialDate other)
    {
        if (Last < other.First) return other.First.DayNumber - Last.DayNumber;
        if (other.Last < First) return First.DayNumber - other.Last.DayNumber;
        return 0;
    }

    /// <summary>True when every day of this span comes before every day of the other.</summary>
    public bool IsBefore(PartialDate other) => Last < other.First;

    /// <summary>True when every day of this span comes after every day of the other.</summary>
    public bool IsAfter(PartialDate other) => First > other.Last;

    /// <summary>The same span one year earlier (2025-Q1 gives 2024-Q1), in the same notation; null where that day
    /// does not exist (29 February) or there is no earlier year.</summary>
    public PartialDate? YearEarlier() =>
        First.Year <= 1 ? null : Parse((First.Year - 1).ToString("0000", CultureInfo.InvariantCulture) + Text[4..]);

    public override string ToString() => Text;
}
