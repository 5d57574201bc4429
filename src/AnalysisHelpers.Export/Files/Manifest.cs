using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnalysisHelpers.Export.Files;

/// <summary>An input file the outputs were derived from.</summary>
/// <param name="Path">Relative path with forward slashes.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record ManifestInput(string Path, long Size, string Sha256);

/// <summary>A file the export wrote.</summary>
/// <param name="Path">Path relative to the output folder, with forward slashes.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="Kind">One of <see cref="OutputKind"/>.</param>
public sealed record ManifestOutput(string Path, long Size, string Sha256, string Kind);

/// <summary>The content of manifest.json: what was produced, from what, by which tool version, and when.</summary>
/// <param name="GeneratedAt">UTC time of the export.</param>
public sealed record Manifest(
    DateTimeOffset GeneratedAt,
    string ToolVersion,
    IReadOnlyList<ManifestInput> Inputs,
    IReadOnlyList<ManifestOutput> Outputs)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new UtcTimestampConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    public static Manifest FromJson(string json) =>
        JsonSerializer.Deserialize<Manifest>(json, JsonOptions)
        ?? throw new JsonException("manifest.json contains null.");

    /// <summary>Writes the manifest atomically to <c>manifest.json</c> in <paramref name="outputDirectory"/>; returns the path.</summary>
    public string WriteTo(string outputDirectory)
    {
        var path = System.IO.Path.Combine(outputDirectory, FileName);
        AtomicFile.WriteAllText(path, ToJson());
        return path;
    }

    /// <summary>Always "yyyy-MM-ddTHH:mm:ss.fffZ", so the timestamp reads the same on every machine.</summary>
    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("Timestamp is null."),
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
