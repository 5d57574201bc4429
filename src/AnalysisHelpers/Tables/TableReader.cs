using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>Reads a CSV file against its Table Schema: the header must name every schema field once, every cell is
/// parsed as its declared type (never guessed) and checked against its constraints. Every problem is collected and
/// reported together; a file with any problem yields no table at all.</summary>
public static class TableReader
{
    public static Table Read(string path, TableSchema schema, string? displayName = null)
    {
        var name = displayName ?? System.IO.Path.GetFileName(path);
        return Read(CsvDocument.Load(path, name), schema);
    }

    public static Table Read(CsvDocument doc, TableSchema schema)
    {
        var errors = new ErrorList();
        var table = TryRead(doc, schema, errors);
        errors.ThrowIfAny(doc.Path);
        return table!;
    }

    /// <summary>Reads what it can and adds every problem to <paramref name="errors"/>; returns null when the header
    /// is unusable.</summary>
    public static Table? TryRead(CsvDocument doc, TableSchema schema, ErrorList errors)
    {
        var file = doc.Path;
        var reader = new CsvReader(doc);
        var fieldNames = string.Join(",", schema.Fields.Select(f => f.Name));
        if (!reader.ReadRow() || (reader.FieldCount == 1 && reader.IsEmpty(0) && reader.AtEnd))
        {
            errors.Add(new DataValidationError(file, 1, 1, $"file is empty; expected a header row: {fieldNames}"));
            return null;
        }

        var order = ReadHeader(reader, schema, file, errors);
        if (order is null) return null;

        int n = schema.Fields.Count;
        var strings = new List<string?>[n];
        var numbers = new List<double?>[n];
        var integers = new List<long?>[n];
        var pools = new StringPool?[n];
        var uniques = new Dictionary<string, int>?[n];
        for (int f = 0; f < n; f++)
        {
            switch (schema.Fields[f].Type)
            {
                case FieldType.String: strings[f] = []; pools[f] = new StringPool(); break;
                case FieldType.Number: numbers[f] = []; break;
                case FieldType.Integer: integers[f] = []; break;
            }
            if (schema.Fields[f].Constraints.Unique) uniques[f] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        var pkIndexes = schema.PrimaryKey.Select(k => schema.Fields.ToList().FindIndex(f => f.Name == k)).ToArray();
        var primaryKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var inPrimaryKey = new bool[n];
        foreach (var i in pkIndexes) inPrimaryKey[i] = true;
        // A one-field key whose field is also unique is already checked cell by cell; saying it twice adds nothing.
        bool checkKeys = pkIndexes.Length > 1 || pkIndexes.Length == 1 && !schema.Fields[pkIndexes[0]].Constraints.Unique;
        var physicalOf = new int[n];
        for (int p = 0; p < order.Length; p++) physicalOf[order[p]] = p;
        var rowLines = new List<int>();
        var rowOffsets = new List<int>();
        var cellText = new string?[n];

        while (true)
        {
            int offset = reader.Position;
            if (!reader.ReadRow()) break;
            int line = reader.RowLine;
            if (reader.RowProblem is not null)
                errors.Add(new DataValidationError(file, reader.RowProblemLine, reader.RowProblemColumn, reader.RowProblem));
            if (reader.FieldCount == 1 && reader.IsEmpty(0))
            {
                errors.Add(new DataValidationError(file, line, 1, "blank line; every line after the header must be a row"));
                continue;
            }
            if (reader.FieldCount != order.Length)
            {
                errors.Add(new DataValidationError(file, line, 1,
                    $"row has {reader.FieldCount} field{(reader.FieldCount == 1 ? "" : "s")} but the header has {order.Length}"));
                continue;
            }

            int row = rowLines.Count;
            rowLines.Add(line);
            rowOffsets.Add(offset);
            for (int p = 0; p < order.Length; p++)
            {
                int f = order[p];
                var field = schema.Fields[f];
                var raw = reader.RawBytes(p);
                bool missing = IsMissing(raw, schema.MissingValues, reader, p);
                cellText[f] = null;
                if (missing)
                {
                    if (field.Constraints.Required || inPrimaryKey[f])
                        errors.Add(At(reader, p, file, field, field.Constraints.Required ? "value is required" : "value is required (the field is part of the primary key)", null));
                    strings[f]?.Add(null);
                    numbers[f]?.Add(null);
                    integers[f]?.Add(null);
                    continue;
                }
                switch (field.Type)
                {
                    case FieldType.String:
                    {
                        var s = pools[f]!.Get(raw);
                        if (reader.IsQuotedWithEscapes(p)) s = reader.GetString(p);
                        strings[f]!.Add(s);
                        cellText[f] = s;
                        CheckString(s, field, reader, p, file, errors);
                        break;
                    }
                    case FieldType.Number:
                    {
                        var (value, problem) = ParseNumber(raw);
                        if (problem is not null)
                            errors.Add(At(reader, p, file, field, problem, reader.GetString(p)));
                        else
                            CheckRange(value, field, reader, p, file, errors);
                        numbers[f]!.Add(problem is null ? value : null);
                        cellText[f] = problem is null ? value.ToString("R", CultureInfo.InvariantCulture) : null;
                        break;
                    }
                    case FieldType.Integer:
                    {
                        var (value, problem) = ParseInteger(raw);
                        if (problem is not null)
                            errors.Add(At(reader, p, file, field, problem, reader.GetString(p)));
                        else
                            CheckRange(value, field, reader, p, file, errors);
                        integers[f]!.Add(problem is null ? value : null);
                        cellText[f] = problem is null ? value.ToString(CultureInfo.InvariantCulture) : null;
                        break;
                    }
                }
                if (uniques[f] is { } seen && cellText[f] is { } key && !seen.TryAdd(key, line))
                    errors.Add(At(reader, p, file, field, $"value must be unique but already appears on line {seen[key]}", key));
            }

            if (checkKeys && pkIndexes.All(i => cellText[i] is not null))
            {
                var key = string.Join("\u001f", pkIndexes.Select(i => cellText[i]));
                int first = physicalOf[pkIndexes[0]];
                if (!primaryKeys.TryAdd(key, line))
                    errors.Add(new DataValidationError(file, reader.FieldLine(first), reader.FieldColumn(first),
                        $"primary key ({string.Join(", ", schema.PrimaryKey)}) = ({string.Join(", ", pkIndexes.Select(i => cellText[i]))}) repeats the row on line {primaryKeys[key]}", schema.PrimaryKey[0]));
            }
        }

        var columns = new Dictionary<string, Array>();
        for (int f = 0; f < n; f++)
        {
            columns[schema.Fields[f].Name] = schema.Fields[f].Type switch
            {
                FieldType.String => strings[f]!.ToArray(),
                FieldType.Number => numbers[f]!.ToArray(),
                _ => integers[f]!.ToArray(),
            };
        }
        var table = new Table(System.IO.Path.GetFileNameWithoutExtension(file), file, schema, columns, rowLines.ToArray(), rowOffsets.ToArray(), doc);
        if (!order.SequenceEqual(Enumerable.Range(0, n))) table.SetHeaderOrder(order);
        return table;
    }

    private static int[]? ReadHeader(CsvReader reader, TableSchema schema, string file, ErrorList errors)
    {
        int before = errors.Count;
        if (reader.RowProblem is not null)
            errors.Add(new DataValidationError(file, reader.RowProblemLine, reader.RowProblemColumn, reader.RowProblem));
        var order = new int[reader.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < reader.FieldCount; p++)
        {
            var name = reader.GetString(p);
            int index = schema.Fields.ToList().FindIndex(f => f.Name == name);
            order[p] = index;
            if (index < 0)
            {
                var hint = schema.Fields.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
                errors.Add(new DataValidationError(file, reader.FieldLine(p), reader.FieldColumn(p),
                    hint is null ? $"unknown column \"{name}\" (the schema declares: {string.Join(", ", schema.Fields.Select(f => f.Name))})"
                                 : $"unknown column \"{name}\" (did you mean \"{hint.Name}\"?)"));
            }
            else if (seen.TryGetValue(name, out int first))
                errors.Add(new DataValidationError(file, reader.FieldLine(p), reader.FieldColumn(p), $"column \"{name}\" appears twice (first at column {first})"));
            else
                seen[name] = reader.FieldColumn(p);
        }
        foreach (var f in schema.Fields.Where(f => !seen.ContainsKey(f.Name)))
            errors.Add(new DataValidationError(file, reader.RowLine, 1, $"header is missing column \"{f.Name}\""));
        return errors.Count > before ? null : order;
    }

    private static bool IsMissing(ReadOnlySpan<byte> raw, IReadOnlyList<string> missingValues, CsvReader reader, int p)
    {
        foreach (var m in missingValues)
        {
            if (m.Length == 0 ? raw.IsEmpty : !reader.IsQuotedWithEscapes(p) && raw.Length == Encoding.UTF8.GetByteCount(m) && Encoding.UTF8.GetString(raw) == m)
                return true;
        }
        return false;
    }

    private static void CheckString(string s, FieldSchema field, CsvReader reader, int p, string file, ErrorList errors)
    {
        var c = field.Constraints;
        if (c.Enum is { } allowed && !allowed.Contains(s))
            errors.Add(At(reader, p, file, field, $"value is not one of: {string.Join(", ", allowed)}", s));
        if (c.MinLength is int min && s.Length < min)
            errors.Add(At(reader, p, file, field, $"value is shorter than {min} characters", s));
        if (c.MaxLength is int max && s.Length > max)
            errors.Add(At(reader, p, file, field, $"value is longer than {max} characters ({s.Length})", s));
        if (c.PatternRegex is { } regex && !regex.IsMatch(s))
            errors.Add(At(reader, p, file, field, $"value does not match the pattern {c.Pattern}", s));
    }

    private static void CheckRange(double value, FieldSchema field, CsvReader reader, int p, string file, ErrorList errors)
    {
        var c = field.Constraints;
        if (c.Minimum is double min && value < min)
            errors.Add(At(reader, p, file, field, $"value is below the minimum {min.ToString(CultureInfo.InvariantCulture)}", reader.GetString(p)));
        if (c.Maximum is double max && value > max)
            errors.Add(At(reader, p, file, field, $"value is above the maximum {max.ToString(CultureInfo.InvariantCulture)}", reader.GetString(p)));
        if (c.Enum is { } allowed && !allowed.Contains(reader.GetString(p)))
            errors.Add(At(reader, p, file, field, $"value is not one of: {string.Join(", ", allowed)}", reader.GetString(p)));
    }

    /// <summary>Numbers must be written the invariant way: digits, an optional leading minus, an optional decimal
    /// point and exponent. Anything else (thousands separators, decimal commas, NaN, currency signs) is an error, not
    /// a guess.</summary>
    internal static (double Value, string? Problem) ParseNumber(ReadOnlySpan<byte> raw)
    {
        if (!IsPlainNumber(raw))
            return (0, DescribeBadNumber(raw));
        if (!Utf8Parser.TryParse(raw, out double value, out int consumed, 'G') || consumed != raw.Length)
            return (0, "not a number");
        if (!double.IsFinite(value))
            return (0, "number is out of range");
        return (value, null);
    }

    internal static (long Value, string? Problem) ParseInteger(ReadOnlySpan<byte> raw)
    {
        int i = raw.Length > 0 && raw[0] == (byte)'-' ? 1 : 0;
        if (i == raw.Length || raw[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            return (0, raw.IndexOf((byte)'.') >= 0 ? "not a whole number" : DescribeBadNumber(raw) is var d && d == "not a number" ? "not a whole number" : d);
        if (!Utf8Parser.TryParse(raw, out long value, out int consumed) || consumed != raw.Length)
            return (0, "whole number is out of range");
        return (value, null);
    }

    private static bool IsPlainNumber(ReadOnlySpan<byte> s)
    {
        int i = 0;
        if (i < s.Length && s[i] == (byte)'-') i++;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            int frac = 0;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; frac++; }
            if (frac == 0) return false;
        }
        if (digits == 0) return false;
        if (i < s.Length && (s[i] == (byte)'e' || s[i] == (byte)'E'))
        {
            i++;
            if (i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-')) i++;
            int exp = 0;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == s.Length;
    }

    private static string DescribeBadNumber(ReadOnlySpan<byte> raw)
    {
        var s = Encoding.UTF8.GetString(raw);
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

    private static DataValidationError At(CsvReader reader, int p, string file, FieldSchema field, string message, string? raw) =>
        new(file, reader.FieldLine(p), reader.FieldColumn(p), message, field.Name, raw);
}
