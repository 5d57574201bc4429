using System.Text.Json.Nodes;
using NJsonSchema;

namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>The nbformat 4.5 schema shipped with the tests, loaded for NJsonSchema.</summary>
internal static class NbformatSchema
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Schemas", "nbformat.v4.5.schema.json");

    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    public static Task<JsonSchema> GetAsync() => Schema.Value;

    /// <summary>
    /// NJsonSchema cannot resolve references into nested definitions (<c>#/definitions/misc/source</c>), so the
    /// <c>misc</c> group is flattened to <c>#/definitions/misc_source</c> etc.; the constraints are unchanged.
    /// </summary>
    private static async Task<JsonSchema> LoadAsync()
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(SchemaPath))!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var misc = definitions["misc"]!.AsObject();
        definitions.Remove("misc");
        foreach (var (name, schema) in misc.ToList())
        {
            misc.Remove(name);
            definitions[$"misc_{name}"] = schema;
        }

        var flattened = root.ToJsonString().Replace("#/definitions/misc/", "#/definitions/misc_", StringComparison.Ordinal);
        return await JsonSchema.FromJsonAsync(flattened);
    }
}
