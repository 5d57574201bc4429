namespace AnalysisHelpers.Tables;

/// <summary>The checks across rows, run once every row is in: a unique field repeats no value, and no two rows share
/// a primary key. Errors stand in the row that repeats, after that row's own cell errors.</summary>
internal static class KeyChecks
{
    public static List<Keyed> Find(string file, TableSchema schema, int[] order, int rows,
        Func<int, Func<int, string?>> text, Func<int, int, (int Line, int Column)> locate, Func<int, int> lineOf)
    {
        var found = new List<Keyed>();
        var physical = new int[schema.Fields.Count];
        for (int p = 0; p < order.Length; p++) physical[order[p]] = p;

        for (int f = 0; f < schema.Fields.Count; f++)
        {
            var field = schema.Fields[f];
            if (!field.Constraints.Unique) continue;
            var values = text(f);
            foreach (var (r, firstLine, value) in Repeats(rows, values, lineOf))
            {
                var (line, column) = locate(r, physical[f]);
                found.Add(new Keyed(r, physical[f] * 4 + 3,
                    new DataValidationError(file, line, column, $"value must be unique but already appears on line {firstLine}", field.Name, value)));
            }
        }

        var keyFields = schema.PrimaryKey.Select(schema.IndexOf).ToArray();
        // A one-field key whose field is also unique is checked above; saying it twice adds nothing.
        if (keyFields.Length == 0 || keyFields.Length == 1 && schema.Fields[keyFields[0]].Constraints.Unique) return found;
        var parts = keyFields.Select(text).ToArray();
        Func<int, string?> joined = r =>
        {
            var values = new string[parts.Length];
            for (int k = 0; k < parts.Length; k++)
                if ((values[k] = parts[k](r)!) is null) return null;
            return string.Join("\u001f", values);
        };
        foreach (var (r, firstLine, key) in Repeats(rows, joined, lineOf))
        {
            var (line, column) = locate(r, physical[keyFields[0]]);
            found.Add(new Keyed(r, int.MaxValue, new DataValidationError(file, line, column,
                $"primary key ({string.Join(", ", schema.PrimaryKey)}) = ({string.Join(", ", key.Split('\u001f'))}) repeats the row on line {firstLine}", schema.PrimaryKey[0])));
        }
        return found;
    }

    /// <summary>Each row whose value an earlier row already had, with the line of that earlier row. While the values
    /// come in increasing order (ids usually do) each is new without a lookup; the dictionary is filled only from
    /// the first value out of order on.</summary>
    private static IEnumerable<(int Row, int FirstLine, string Value)> Repeats(int rows, Func<int, string?> values, Func<int, int> lineOf)
    {
        string? last = null;
        int r = 0;
        for (; r < rows; r++)
        {
            var v = values(r);
            if (v is null) continue;
            if (last is not null && string.CompareOrdinal(last, v) >= 0) break;
            last = v;
        }
        if (r == rows) yield break;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows; i++)
        {
            var v = values(i);
            if (v is null) continue;
            if (!seen.TryAdd(v, lineOf(i))) yield return (i, seen[v], v);
        }
    }
}
