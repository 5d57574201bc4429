using System.Security.Cryptography;
using System.Text;
using AnalysisHelpers.Export.Files;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>A short name for the state of a data folder: the first 12 hex digits of the SHA-256 over each CSV and
/// schema file's name and own SHA-256 (the hashes manifest.json lists), in name order. Any change to the data changes it.</summary>
public static class DataFingerprint
{
    public static string Of(string dataDirectory)
    {
        var lines = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(dataDirectory)
                     .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            lines.Append(Path.GetFileName(file)).Append(' ').Append(ManifestBuilder.Hash(file).Sha256).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())))[..12];
    }
}
