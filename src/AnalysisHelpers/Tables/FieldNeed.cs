namespace AnalysisHelpers.Tables;

/// <summary>A field that the code reading a table needs, and the type it reads it as. A schema is data and may be
/// edited: checked against these before the table is read, a schema that lacks a field or declares another type is
/// a located schema error, where the read would otherwise fail with an exception.</summary>
internal readonly record struct FieldNeed(string Name, FieldType Type)
{
    /// <summary>Adds an error for each need <paramref name="schema"/> does not meet; false if there was any.</summary>
    public static bool Check(TableSchema schema, IEnumerable<FieldNeed> needs, string schemaFile, ErrorList errors)
    {
        bool ok = true;
        foreach (var need in needs)
        {
            int index = schema.IndexOf(need.Name);
            if (index >= 0 && schema.Fields[index].Type == need.Type) continue;
            ok = false;
            errors.Add(index < 0
                ? Error(schema, schemaFile, "fields", $"the loader needs this field ({Article(need.Type)}), but the schema does not declare it", need.Name)
                : Error(schema, schemaFile, $"fields/{index}/type", $"this field is read as {Article(need.Type)}, but the schema declares it as {schema.Fields[index].TypeName}", need.Name));
        }
        return ok;
    }

    private static DataValidationError Error(TableSchema schema, string schemaFile, string path, string message, string field) =>
        schema.Locations is { } at ? at.Error(path, message, field) with { File = schemaFile } : new DataValidationError(schemaFile, 1, 1, message, field);

    private static string Article(FieldType type) => type switch
    {
        FieldType.Integer => "an integer",
        FieldType.Number => "a number",
        _ => "a string",
    };
}
