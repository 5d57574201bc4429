using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Tables;

public enum FieldType { String, Integer, Number }

/// <summary>Constraints of one field, as the Frictionless Table Schema spells them.</summary>
public sealed record FieldConstraints(
    bool Required,
    bool Unique,
    IReadOnlyList<string>? Enum,
    double? Minimum,
    double? Maximum,
    string? Pattern,
    int? MinLength,
    int? MaxLength)
{
    private Regex? _regex;

    /// <summary>Frictionless patterns must match the whole value, so the expression is anchored.</summary>
    public Regex? PatternRegex => Pattern is null ? null : _regex ??= Compiled.GetOrAdd(Pattern,
        p => new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));

    // Compiling a pattern costs more than reading a small table; a pattern is compiled once per process, not per load
    // (a Regex is safe to share between threads).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);
}

public sealed record FieldSchema(string Name, FieldType Type, string Title, string Description, FieldConstraints Constraints);

public sealed record ForeignKey(IReadOnlyList<string> Fields, string Resource, IReadOnlyList<string> ReferenceFields);

/// <summary>The subset of Frictionless Table Schema the loader enforces: typed fields with constraints, missing
/// values, a primary key and foreign keys to other tables in the same folder.</summary>
public sealed record TableSchema(
    IReadOnlyList<FieldSchema> Fields,
    IReadOnlyList<string> MissingValues,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKey> ForeignKeys)
{
    public FieldSchema? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public static TableSchema Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataValidationError(path, 0, 0, $"cannot read schema: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    public static TableSchema Parse(string json, string displayName)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromJson(doc.RootElement);
        }
        catch (JsonException ex)
        {
            throw new DataValidationException([new DataValidationError(displayName, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"schema is not valid JSON: {ex.Message}")]);
        }
        catch (SchemaFormatException ex)
        {
            throw new DataValidationException([new DataValidationError(displayName, 1, 1, ex.Message)]);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            // A required member is absent ("name", "reference") or has the wrong JSON type.
            throw new DataValidationException([new DataValidationError(displayName, 1, 1, $"schema is not a valid Table Schema: {ex.Message}")]);
        }
    }

    private static TableSchema FromJson(JsonElement root)
    {
        if (!root.TryGetProperty("fields", out var fieldsEl) || fieldsEl.ValueKind != JsonValueKind.Array)
            throw new SchemaFormatException("schema has no \"fields\" array");
        var fields = new List<FieldSchema>();
        foreach (var f in fieldsEl.EnumerateArray())
        {
            var name = f.GetProperty("name").GetString() ?? throw new SchemaFormatException("a field has no name");
            var typeName = f.TryGetProperty("type", out var t) ? t.GetString() : "string";
            var type = typeName switch
            {
                "string" => FieldType.String,
                "integer" => FieldType.Integer,
                "number" => FieldType.Number,
                _ => throw new SchemaFormatException($"field {name}: type \"{typeName}\" is not supported (use string, integer or number)"),
            };
            var c = f.TryGetProperty("constraints", out var ce) ? ce : default;
            fields.Add(new FieldSchema(name, type, Str(f, "title") ?? name, Str(f, "description") ?? "", new FieldConstraints(
                Required: Bool(c, "required"),
                Unique: Bool(c, "unique"),
                Enum: c.ValueKind == JsonValueKind.Object && c.TryGetProperty("enum", out var en) ? en.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToArray() : null,
                Minimum: Num(c, "minimum"),
                Maximum: Num(c, "maximum"),
                Pattern: Str(c, "pattern"),
                MinLength: (int?)Num(c, "minLength"),
                MaxLength: (int?)Num(c, "maxLength"))));
        }
        var dup = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new SchemaFormatException($"field {dup.Key} is declared twice");

        var missing = root.TryGetProperty("missingValues", out var mv) ? mv.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [""];
        var pk = root.TryGetProperty("primaryKey", out var pkEl) ? Names(pkEl) : [];
        var fks = new List<ForeignKey>();
        if (root.TryGetProperty("foreignKeys", out var fkEl))
        {
            foreach (var fk in fkEl.EnumerateArray())
            {
                var reference = fk.GetProperty("reference");
                fks.Add(new ForeignKey(Names(fk.GetProperty("fields")), reference.GetProperty("resource").GetString() ?? "", Names(reference.GetProperty("fields"))));
            }
        }
        foreach (var name in pk.Concat(fks.SelectMany(k => k.Fields)))
            if (!fields.Any(f => f.Name == name)) throw new SchemaFormatException($"key names unknown field {name}");
        return new TableSchema(fields, missing, pk, fks);
    }

    private static IReadOnlyList<string> Names(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? [e.GetString()!] : e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private sealed class SchemaFormatException(string message) : Exception(message);
}
