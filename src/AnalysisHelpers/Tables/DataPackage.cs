namespace AnalysisHelpers.Tables;

/// <summary>A folder of CSV tables, each beside its <c>name.schema.json</c>, read and checked together so that
/// foreign keys between them can be resolved. Every problem in every table is reported at once.</summary>
public sealed class DataPackage
{
    private readonly Dictionary<string, Table> _tables;

    private DataPackage(string directory, Dictionary<string, Table> tables)
    {
        Directory = directory;
        _tables = tables;
    }

    public string Directory { get; }
    public Table this[string name] => _tables[name];
    public bool Contains(string name) => _tables.ContainsKey(name);

    /// <summary>Reads the named tables (file stems) from <paramref name="directory"/>. Optional tables may be absent.</summary>
    public static DataPackage Load(string directory, IEnumerable<string> required, IEnumerable<string>? optional = null)
    {
        var errors = new ErrorList();
        var package = TryLoad(directory, required, optional, errors);
        errors.ThrowIfAny(directory);
        return package;
    }

    /// <summary>Reads what it can and adds every problem to <paramref name="errors"/>, so that checks built on top of
    /// the tables can report their own problems alongside. Tables whose header is unusable are left out, and so are
    /// tables whose schema lacks a field of <paramref name="needs"/> (by table name) or declares it with another type.</summary>
    internal static DataPackage TryLoad(string directory, IEnumerable<string> required, IEnumerable<string>? optional, ErrorList errors,
        IReadOnlyDictionary<string, IReadOnlyList<FieldNeed>>? needs = null)
    {
        var tables = new Dictionary<string, Table>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
            throw new DataValidationException([new DataValidationError(directory, 0, 0, "data folder does not exist")]);

        var names = required.Select(n => (n, true)).Concat((optional ?? []).Select(n => (n, false)));
        foreach (var (name, isRequired) in names)
        {
            var csv = Path.Combine(directory, name + ".csv");
            var schemaPath = Path.Combine(directory, name + ".schema.json");
            if (!File.Exists(csv))
            {
                if (isRequired) { errors.Add(new DataValidationError(csv, 0, 0, "file not found")); failed.Add(name); }
                continue;
            }
            if (!File.Exists(schemaPath))
            {
                errors.Add(new DataValidationError(schemaPath, 0, 0, "schema not found; every table needs one"));
                failed.Add(name);
                continue;
            }
            try
            {
                var schema = TableSchema.Load(schemaPath);
                if (needs?.GetValueOrDefault(name) is { } fields && !FieldNeed.Check(schema, fields, schemaPath, errors))
                {
                    failed.Add(name);
                    continue;
                }
                var table = TableReader.TryRead(csv, schema, errors, csv);
                if (table is not null) tables[name] = table;
                else failed.Add(name);
            }
            catch (DataValidationException ex)
            {
                foreach (var e in ex.Errors) errors.Add(e);
                failed.Add(name);
            }
        }

        foreach (var table in tables.Values)
            CheckForeignKeys(table, tables, failed, errors);

        return new DataPackage(directory, tables);
    }

    private static void CheckForeignKeys(Table table, Dictionary<string, Table> tables, HashSet<string> failed, ErrorList errors)
    {
        foreach (var fk in table.Schema.ForeignKeys)
        {
            // A table that could not be read has had its own problems reported; its keys cannot be checked.
            if (failed.Contains(fk.Resource)) continue;
            if (!tables.TryGetValue(fk.Resource, out var target))
            {
                errors.Add(new DataValidationError(table.File, 1, 1, $"foreign key ({string.Join(", ", fk.Fields)}) refers to table \"{fk.Resource}\", which is not loaded"));
                continue;
            }
            var unknown = fk.ReferenceFields.Where(f => target.Schema.Field(f) is null).ToArray();
            if (unknown.Length > 0 || fk.ReferenceFields.Count != fk.Fields.Count)
            {
                errors.Add(new DataValidationError(table.File, 1, 1, unknown.Length > 0
                    ? $"foreign key ({string.Join(", ", fk.Fields)}) refers to {string.Join(", ", unknown)}, which {target.File} does not have"
                    : $"foreign key ({string.Join(", ", fk.Fields)}) names {fk.Fields.Count} fields but refers to {fk.ReferenceFields.Count}"));
                continue;
            }
            if (fk.Fields.Count == 1)
            {
                CheckOneFieldKey(table, fk.Fields[0], target, fk.ReferenceFields[0], errors);
                continue;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (int r = 0; r < target.RowCount; r++)
                keys.Add(string.Join("\u001f", fk.ReferenceFields.Select(f => target.Text(r, f))));
            for (int r = 0; r < table.RowCount; r++)
            {
                var values = fk.Fields.Select(f => table.Text(r, f)).ToArray();
                if (values.Any(v => v is null)) continue;
                if (!keys.Contains(string.Join("\u001f", values)))
                    errors.Add(table.ErrorAt(r, fk.Fields[0], $"no row in {Path.GetFileName(target.File)} has {string.Join(", ", fk.ReferenceFields)} = {string.Join(", ", values)}", string.Join(", ", values)));
            }
        }
    }

    /// <summary>A one-field key looked up straight from the column. Repeated values are usually one pooled instance,
    /// so a value just found is not looked up again.</summary>
    private static void CheckOneFieldKey(Table table, string field, Table target, string referenceField, ErrorList errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < target.RowCount; r++)
            keys.Add(target.Text(r, referenceField) ?? "");
        var strings = table.Schema.Field(field)?.Type == FieldType.String ? table.Strings(field) : null;
        string? lastFound = null;
        for (int r = 0; r < table.RowCount; r++)
        {
            var value = strings is not null ? strings[r] : table.Text(r, field);
            if (value is null || ReferenceEquals(value, lastFound)) continue;
            if (keys.Contains(value)) { lastFound = value; continue; }
            errors.Add(table.ErrorAt(r, field, $"no row in {Path.GetFileName(target.File)} has {referenceField} = {value}", value));
        }
    }
}
