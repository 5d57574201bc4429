using System.Security.Cryptography;
using AnalysisHelpers.Export.Files;

namespace Workbook.Tests.Output;

/// <summary>The manifest describes exactly the outputs on disk: each listed file is there with its size and sha256,
/// and each file in the folder is listed, except the hidden ones of the workbook's own bookkeeping and the files a
/// test put there itself. Hidden temporary files are not outputs: see <see cref="NoLeftovers"/>.</summary>
internal static class ManifestAssert
{
    public static Manifest Exact(string outDir, params string[] unlisted)
    {
        var manifest = Manifest.FromJson(File.ReadAllText(Path.Combine(outDir, Manifest.FileName)));
        foreach (var output in manifest.Outputs)
        {
            var path = Path.Combine(outDir, output.Path);
            Assert.True(File.Exists(path), $"{output.Path} is listed but not on disk");
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length == output.Size && Convert.ToHexStringLower(SHA256.HashData(bytes)) == output.Sha256,
                $"{output.Path}: the manifest's size or sha256 is stale");
        }
        var listed = manifest.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'))
            .Where(f => f != Manifest.FileName && !Path.GetFileName(f).StartsWith('.') && !unlisted.Contains(f));
        Assert.All(onDisk, f => Assert.True(listed.Contains(f), $"{f} is on disk but not in the manifest"));
        return manifest;
    }

    /// <summary>No hidden temporary file of an unfinished write is in the folder.</summary>
    public static void NoLeftovers(string outDir) =>
        Assert.Empty(Directory.EnumerateFiles(outDir, ".*.tmp", SearchOption.AllDirectories).Where(f => TempPattern.IsMatch(Path.GetFileName(f))));

    private static readonly System.Text.RegularExpressions.Regex TempPattern = new(@"^\..+\.[0-9a-f]{32}\.tmp$");
}
