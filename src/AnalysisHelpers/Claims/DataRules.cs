using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Claims;

/// <summary>Rules across the reader's tables that a schema cannot state: an annotation's fields that need each
/// other, an exclusion's claim in the same article, and a correction log that matches the rows it describes.</summary>
internal static class DataRules
{
    private static readonly string[] ExclusionsNeedingClaim = ["repeats-claim", "period-of-claim", "heading"];

    public static void Check(DataPackage package, ErrorList errors)
    {
        if (package.Contains(ClaimsDataset.AnnotationsTable)) CheckAnnotations(package[ClaimsDataset.AnnotationsTable], errors);
        if (package.Contains(ClaimsDataset.ExclusionsTable)) CheckExclusions(package, package[ClaimsDataset.ExclusionsTable], errors);
        if (package.Contains(ClaimsDataset.CorrectionsTable)) CheckCorrections(package, package[ClaimsDataset.CorrectionsTable], errors);
    }

    private static void CheckAnnotations(Table t, ErrorList errors)
    {
        var stance = t.Strings("stance"); var topic = t.Strings("topic");
        var evt = t.Strings("event"); var same = t.Strings("same_time_as");
        for (int r = 0; r < t.RowCount; r++)
        {
            if (stance[r] is not null && topic[r] is null)
                errors.Add(t.ErrorAt(r, "stance", "a stance needs a topic to be a stance on", stance[r]));
            if (same[r] is not null && evt[r] is null)
                errors.Add(t.ErrorAt(r, "same_time_as", "same_time_as needs the event it is the same time as", same[r]));
            if (same[r] is not null && same[r] == evt[r])
                errors.Add(t.ErrorAt(r, "same_time_as", "an event cannot coincide with itself", same[r]));
        }
    }

    private static void CheckExclusions(DataPackage package, Table t, ErrorList errors)
    {
        var reason = t.Strings("reason"); var claim = t.Strings("claim_id"); var source = t.Strings("source_id");
        Dictionary<string, string?> claimSource = [];
        if (package.Contains(ClaimsDataset.ClaimsTable))
        {
            var claims = package[ClaimsDataset.ClaimsTable];
            var ids = claims.Strings("claim_id"); var sources = claims.Strings("source_id");
            for (int r = 0; r < claims.RowCount; r++) if (ids[r] is { } id) claimSource.TryAdd(id, sources[r]);
        }
        for (int r = 0; r < t.RowCount; r++)
        {
            if (claim[r] is null && reason[r] is { } why && ExclusionsNeedingClaim.Contains(why))
                errors.Add(t.ErrorAt(r, "claim_id", $"an exclusion for reason {why} names the claim it belongs to"));
            if (claim[r] is { } id && claimSource.TryGetValue(id, out var of) && of != source[r])
                errors.Add(t.ErrorAt(r, "claim_id", $"{id} is a claim of {of}, not of {source[r]}", id));
        }
    }

    /// <summary>Each correction's row must hold its new value, so the log can never describe edits that were undone
    /// or overwritten.</summary>
    private static void CheckCorrections(DataPackage package, Table t, ErrorList errors)
    {
        var table = t.Strings("table"); var key = t.Strings("key"); var field = t.Strings("field"); var updated = t.Strings("new_value");
        var rowsByKey = new Dictionary<string, Dictionary<string, int>?>(StringComparer.Ordinal);
        for (int r = 0; r < t.RowCount; r++)
        {
            if (table[r] is not { } name || key[r] is not { } k || field[r] is not { } f) continue;
            if (!rowsByKey.TryGetValue(name, out var rows))
                rowsByKey[name] = rows = package.Contains(name) ? Keys(package[name]) : null;
            if (rows is null)
            {
                errors.Add(t.ErrorAt(r, "table", $"{name}.csv is not in the data folder", name));
                continue;
            }
            var target = package[name];
            if (!rows.TryGetValue(k, out int row))
            {
                errors.Add(t.ErrorAt(r, "key", $"no row of {name}.csv has the key {k}", k));
                continue;
            }
            if (target.Schema.Field(f) is null)
            {
                errors.Add(t.ErrorAt(r, "field", $"{name}.csv has no column {f}", f));
                continue;
            }
            var now = target.Text(row, f);
            if (!string.Equals(now ?? "", updated[r] ?? "", StringComparison.Ordinal))
                errors.Add(t.ErrorAt(r, "new_value", $"{name}.csv row {k} holds a different {f} now: {Shown(now)}", updated[r]));
        }
    }

    private static Dictionary<string, int> Keys(Table table)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var fields = table.Schema.PrimaryKey;
        for (int r = 0; r < table.RowCount; r++)
            keys.TryAdd(string.Join("/", fields.Select(f => table.Text(r, f) ?? "")), r);
        return keys;
    }

    private static string Shown(string? value) => value is null ? "(empty)" : value.Length > 60 ? "\"" + value[..60] + "…\"" : "\"" + value + "\"";
}
