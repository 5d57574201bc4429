using System.Text;
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
    /// <summary>How long one value may take to match a pattern before the pattern is reported as too slow.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private Regex? _regex;

    /// <summary>Frictionless patterns must match the whole value, so the expression is anchored.</summary>
    public Regex? PatternRegex => Pattern is null ? null : _regex ??= Compile(Pattern);

    /// <summary>Throws <see cref="RegexParseException"/> when the pattern is not a regular expression.</summary>
    internal static Regex Compile(string pattern)
    {
        // A pattern that does not parse on its own could otherwise hide inside the anchoring group ("a)|(b").
        _ = new Regex(pattern, RegexOptions.CultureInvariant);
        return Compiled.GetOrAdd(pattern,
            p => new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternTimeout));
    }

    // Compiling a pattern costs more than reading a small table; a pattern is compiled once per process, not per load
    // (a Regex is safe to share between threads).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);
}

public sealed record FieldSchema(string Name, FieldType Type, string Title, string Description, FieldConstraints Constraints)
{
    /// <summary>The type's name as a schema spells it.</summary>
    internal string TypeName => Type switch { FieldType.Integer => "integer", FieldType.Number => "number", _ => "string" };
}

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

    /// <summary>Where each part of the schema stands in its file, for errors found after parsing; null for a
    /// schema built in code.</summary>
    internal SchemaLocations? Locations { get; init; }

    internal int IndexOf(string name)
    {
        for (int i = 0; i < Fields.Count; i++)
            if (Fields[i].Name == name) return i;
        return -1;
    }

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
        SchemaLocations locations;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
            locations = SchemaLocations.Read(displayName, Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException ex)
        {
            throw new DataValidationException([new DataValidationError(displayName, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"schema is not valid JSON: {ex.Message}")]);
        }
        using (doc)
        {
            var errors = new ErrorList();
            var schema = FromJson(doc.RootElement, locations, errors);
            errors.ThrowIfAny(displayName);
            return schema! with { Locations = locations };
        }
    }

    /// <summary>The schema, or null with every fault added to <paramref name="errors"/> at its place.</summary>
    private static TableSchema? FromJson(JsonElement root, SchemaLocations at, ErrorList errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var fieldsEl) || fieldsEl.ValueKind != JsonValueKind.Array)
        {
            errors.Add(at.Error("", "schema has no \"fields\" array"));
            return null;
        }
        var fields = new List<FieldSchema>();
        int i = 0;
        foreach (var f in fieldsEl.EnumerateArray())
        {
            var path = $"fields/{i++}";
            try
            {
                if (ReadField(f, path, at, errors) is { } field)
                {
                    if (fields.Any(x => x.Name == field.Name)) errors.Add(at.Error(path + "/name", $"field {field.Name} is declared twice", field.Name));
                    else fields.Add(field);
                }
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // A member has the wrong JSON type ("name": 5, "minimum": "x").
                errors.Add(at.Error(path, $"schema is not a valid Table Schema: {ex.Message}"));
            }
        }

        try
        {
            var missing = root.TryGetProperty("missingValues", out var mv) ? mv.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [""];
            var pk = root.TryGetProperty("primaryKey", out var pkEl) ? Names(pkEl) : [];
            foreach (var name in pk.Where(n => !fields.Any(f => f.Name == n)))
                errors.Add(at.Error("primaryKey", $"key names unknown field {name}"));
            var fks = new List<ForeignKey>();
            if (root.TryGetProperty("foreignKeys", out var fkEl))
            {
                int k = 0;
                foreach (var fk in fkEl.EnumerateArray())
                {
                    var reference = fk.GetProperty("reference");
                    var key = new ForeignKey(Names(fk.GetProperty("fields")), reference.GetProperty("resource").GetString() ?? "", Names(reference.GetProperty("fields")));
                    foreach (var name in key.Fields.Where(n => !fields.Any(f => f.Name == n)))
                        errors.Add(at.Error($"foreignKeys/{k}/fields", $"key names unknown field {name}"));
                    fks.Add(key);
                    k++;
                }
            }
            return errors.HasErrors ? null : new TableSchema(fields, missing, pk, fks);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            // A required member is absent ("reference") or has the wrong JSON type.
            errors.Add(at.Error("", $"schema is not a valid Table Schema: {ex.Message}"));
            return null;
        }
    }

    private static FieldSchema? ReadField(JsonElement f, string path, SchemaLocations at, ErrorList errors)
    {
        var name = f.GetProperty("name").GetString();
        if (name is null)
        {
            errors.Add(at.Error(path, "a field has no name"));
            return null;
        }
        var typeName = f.TryGetProperty("type", out var t) ? t.GetString() : "string";
        FieldType type;
        switch (typeName)
        {
            case "string": type = FieldType.String; break;
            case "integer": type = FieldType.Integer; break;
            case "number": type = FieldType.Number; break;
            default:
                errors.Add(at.Error(path + "/type", $"field {name}: type \"{typeName}\" is not supported (use string, integer or number)", name));
                return null;
        }
        var c = f.TryGetProperty("constraints", out var ce) ? ce : default;
        var pattern = Str(c, "pattern");
        if (pattern is not null)
        {
            try { FieldConstraints.Compile(pattern); }
            catch (RegexParseException ex)
            {
                errors.Add(at.Error(path + "/constraints/pattern", $"pattern is not a valid regular expression: {ex.Message}", name));
                return null;
            }
        }
        return new FieldSchema(name, type, Str(f, "title") ?? name, Str(f, "description") ?? "", new FieldConstraints(
            Required: Bool(c, "required"),
            Unique: Bool(c, "unique"),
            Enum: c.ValueKind == JsonValueKind.Object && c.TryGetProperty("enum", out var en) ? en.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToArray() : null,
            Minimum: Num(c, "minimum"),
            Maximum: Num(c, "maximum"),
            Pattern: pattern,
            MinLength: (int?)Num(c, "minLength"),
            MaxLength: (int?)Num(c, "maxLength")));
    }

    private static IReadOnlyList<string> Names(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? [e.GetString()!] : e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
