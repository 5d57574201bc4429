using System.Globalization;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Claims;

/// <summary>The rules a claims table must follow beyond its schema: numbers shaped as the qualifier says, bounds in
/// order, and the figure as written parsing to exactly the stored numbers.</summary>
internal static class ClaimRules
{
    private const double RelativeTolerance = 1e-9;

    public static void Check(Table claims, ErrorList errors, Func<int, bool>? skipRow = null)
    {
        var value = claims.Numbers("value");
        var low = claims.Numbers("value_low");
        var high = claims.Numbers("value_high");
        var unit = claims.Strings("unit");
        var qualifier = claims.Strings("qualifier");
        var asStated = claims.Strings("as_stated");
        var sourceLine = claims.Integers("source_line");
        // Articles repeat their wording, so each distinct as_stated is read once per load.
        var parses = new ParseCache();

        for (int r = 0; r < claims.RowCount; r++)
        {
            if (skipRow?.Invoke(r) == true) continue;
            if (sourceLine[r] > int.MaxValue)
                errors.Add(claims.ErrorAt(r, "source_line", $"line number is larger than any article has (at most {int.MaxValue})", sourceLine[r]!.Value.ToString(CultureInfo.InvariantCulture)));
            bool unitOk = UnitNames.TryParse(unit[r] ?? "", out var u);
            bool qualifierOk = QualifierNames.TryParse(qualifier[r] ?? "", out var q);
            if (!unitOk || !qualifierOk)
            {
                if (!unitOk && !SchemaReports(claims, "unit", unit[r]))
                    errors.Add(claims.ErrorAt(r, "unit", $"unit must be one of: {string.Join(", ", UnitNames.Tokens)}", unit[r]));
                if (!qualifierOk && !SchemaReports(claims, "qualifier", qualifier[r]))
                    errors.Add(claims.ErrorAt(r, "qualifier", $"qualifier must be one of: {string.Join(", ", QualifierNames.Tokens)}", qualifier[r]));
                continue;
            }
            int before = errors.Count;
            var v = value[r];
            var lo = low[r];
            var hi = high[r];

            if (u == Unit.None)
            {
                if (v is not null || lo is not null || hi is not null)
                {
                    foreach (var (field, x) in new[] { ("value", v), ("value_low", lo), ("value_high", hi) })
                        if (x is not null) errors.Add(claims.ErrorAt(r, field, "a claim with unit none carries no numbers", Fmt(x)));
                }
                continue;
            }

            CheckShape(claims, r, q, v, lo, hi, errors);
            if (lo is double a && hi is double b && a > b)
                errors.Add(claims.ErrorAt(r, "value_low", $"value_low {Fmt(a)} is greater than value_high {Fmt(b)}", Fmt(a)));
            if (v is double p && ((lo is double l && p < l) || (hi is double h && p > h)))
                errors.Add(claims.ErrorAt(r, "value", "value lies outside value_low..value_high", Fmt(p)));
            if (u == Unit.Fraction && (Math.Abs(v ?? 0) > 10 || Math.Abs(lo ?? 0) > 10 || Math.Abs(hi ?? 0) > 10))
            {
                foreach (var (field, x) in new[] { ("value", v), ("value_low", lo), ("value_high", hi) })
                    if (x is double f && Math.Abs(f) > 10)
                        errors.Add(claims.ErrorAt(r, field, "fractions are stored as shares of one (30% is 0.3); this looks like a percentage", Fmt(f)));
            }

            // Numbers already wrong in shape or scale would only repeat themselves as a mismatch with the wording.
            if (errors.Count == before && asStated[r] is { } stated)
                CheckAsStated(claims, r, stated, v, lo, hi, u, q, parses, errors);
        }
    }

    /// <summary>True when the table's schema already reports this value of the field (missing and required, or
    /// outside its enum).</summary>
    private static bool SchemaReports(Table claims, string field, string? value)
    {
        var c = claims.Schema.Field(field)?.Constraints;
        if (c is null) return false;
        return value is null ? c.Required : c.Enum is { } allowed && !allowed.Contains(value);
    }

    private static bool CheckShape(Table claims, int r, Qualifier q, double? v, double? lo, double? hi, ErrorList errors)
    {
        var before = errors.Count;
        switch (q)
        {
            case Qualifier.LowerBound: Need(claims, r, q, "value_low", lo, errors); Forbid(claims, r, q, "value", v, errors); Forbid(claims, r, q, "value_high", hi, errors); break;
            case Qualifier.UpperBound: Need(claims, r, q, "value_high", hi, errors); Forbid(claims, r, q, "value", v, errors); Forbid(claims, r, q, "value_low", lo, errors); break;
            case Qualifier.Range: Need(claims, r, q, "value_low", lo, errors); Need(claims, r, q, "value_high", hi, errors); Forbid(claims, r, q, "value", v, errors); break;
            default: Need(claims, r, q, "value", v, errors); Forbid(claims, r, q, "value_low", lo, errors); Forbid(claims, r, q, "value_high", hi, errors); break;
        }
        return errors.Count == before;
    }

    private static void Need(Table claims, int r, Qualifier q, string field, double? x, ErrorList errors)
    {
        if (x is null) errors.Add(claims.ErrorAt(r, field, $"qualifier {q.ToToken()} needs {field}"));
    }

    private static void Forbid(Table claims, int r, Qualifier q, string field, double? x, ErrorList errors)
    {
        if (x is not null) errors.Add(claims.ErrorAt(r, field, $"qualifier {q.ToToken()} takes no {field}", Fmt(x)));
    }

    private static void CheckAsStated(Table claims, int r, string stated, double? v, double? lo, double? hi, Unit unit, Qualifier qualifier, ParseCache parses, ErrorList errors)
    {
        var (read, reason) = parses.Parse(stated);
        if (read is null)
        {
            errors.Add(claims.ErrorAt(r, "as_stated", reason!, stated));
            return;
        }

        var parsed = read;
        if (parsed.Unit == Unit.Count && unit is Unit.USD or Unit.CNY && parses.WithContextCurrency(stated, unit) is { } withCurrency)
            parsed = withCurrency;
        if (parsed.Unit != unit)
            errors.Add(claims.ErrorAt(r, "as_stated", $"the figure reads as unit {parsed.Unit.ToToken()} but the row says {unit.ToToken()}", stated));
        if (!CompatibleQualifier(parsed.Qualifier, qualifier))
            errors.Add(claims.ErrorAt(r, "as_stated", $"the figure reads as {parsed.Qualifier.ToToken()} but the row says {qualifier.ToToken()}", stated));
        else
        {
            CheckClose(claims, r, "value", stated, parsed.Value, v, errors);
            CheckClose(claims, r, "value_low", stated, parsed.Low, lo, errors);
            CheckClose(claims, r, "value_high", stated, parsed.High, hi, errors);
        }
    }

    private static void CheckClose(Table claims, int r, string field, string stated, double? expected, double? actual, ErrorList errors)
    {
        if (expected is double e && actual is double a && !Close(e, a))
            errors.Add(claims.ErrorAt(r, field, $"the figure as stated (\"{stated}\") reads as {Fmt(e)}", Fmt(a)));
    }

    /// <summary>Parses of the as_stated texts of one load, with the reason for each that does not parse.</summary>
    private sealed class ParseCache
    {
        private readonly Dictionary<string, (Quantity? Parsed, string? Reason)> _parsed = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, Unit), Quantity?> _withCurrency = [];

        public (Quantity? Parsed, string? Reason) Parse(string stated)
        {
            if (_parsed.TryGetValue(stated, out var known)) return known;
            (Quantity? Parsed, string? Reason) result;
            try
            {
                result = (QuantityParser.Parse(stated), null);
            }
            catch (QuantityFormatException ex)
            {
                result = (null, ex.Reason);
            }
            _parsed[stated] = result;
            return result;
        }

        public Quantity? WithContextCurrency(string stated, Unit currency)
        {
            if (!_withCurrency.TryGetValue((stated, currency), out var q))
                _withCurrency[(stated, currency)] = q = ClaimRules.WithContextCurrency(stated, currency);
            return q;
        }
    }

    /// <summary>Articles often name the currency once and then drop it ("cost $6 million, while GPT-4 cost hundreds of
    /// millions"). A bare figure may take the row's currency when it reads the same with that currency written out.</summary>
    private static Quantity? WithContextCurrency(string stated, Unit currency)
    {
        var candidates = currency == Unit.USD ? new[] { "$" + stated, stated + " dollars", stated + " of dollars" } : ["RMB " + stated, stated + " yuan", stated + " of yuan"];
        foreach (var candidate in candidates)
        {
            if (QuantityParser.TryParse(candidate, out var q, out _) && q!.Unit == currency) return q;
        }
        return null;
    }

    /// <summary>Bounds must match exactly; among point values, wording that reads as approximate must not be stored
    /// as exact and plain wording must not be stored as approximate. Projected, claimed, rumored and estimate
    /// describe where a point value comes from, which the figure's own words do not show.</summary>
    internal static bool CompatibleQualifier(Qualifier parsed, Qualifier stored)
    {
        if (!parsed.IsPoint() || !stored.IsPoint()) return parsed == stored;
        return parsed switch
        {
            Qualifier.Approximate => stored != Qualifier.Exact,
            _ => stored != Qualifier.Approximate,
        };
    }

    private static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Fmt(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
