using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisHelpers.Export.Files;

namespace Workbook.Export;

/// <summary>The manifest already in an output folder, read so that the next one keeps listing the outputs that stay.
/// A missing or unreadable one lists nothing: the folder's own files are then what this command writes.</summary>
internal sealed record PreviousManifest(IReadOnlyList<ManifestOutput> Outputs, IReadOnlyDictionary<string, JsonNode?> Parameters)
{
    public static PreviousManifest Read(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, Manifest.FileName);
        try
        {
            if (!File.Exists(path)) return new([], new Dictionary<string, JsonNode?>());
            var text = File.ReadAllText(path);
            var manifest = Manifest.FromJson(text);
            var parameters = JsonNode.Parse(text)?["parameters"] as JsonObject;
            return new(manifest.Outputs ?? [], parameters?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? new Dictionary<string, JsonNode?>());
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            return new([], new Dictionary<string, JsonNode?>());
        }
    }
}
