using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Workbook;

/// <summary>Lets <c>workbook run</c> skip all work when nothing it depends on has changed: the notebooks, every file of
/// the data folder, the articles, the workbook's own assemblies (the library build) and the options. The key and the outputs of the
/// last successful run are kept in <c>OUT/.workbook-run.json</c>; a hit also requires every output to be there with its
/// recorded size and time, so a deleted or edited output makes the next run redo the work.</summary>
internal static class RunCache
{
    public const string FileName = ".workbook-run.json";

    private sealed record Entry(string Key, List<OutputStamp> Outputs);
    private sealed record OutputStamp(string Path, long Size, long LastWriteUtcTicks);

    /// <param name="articlesDirectory">The articles the provenance and coverage checks read: keyed by every file's
    /// content, so an edited article reruns the checks and the report that states their result.</param>
    public static string ComputeKey(IEnumerable<string> notebooks, string dataDirectory, string? articlesDirectory, string options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string label, ReadOnlySpan<byte> bytes)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(label + "\n" + bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(bytes);
        }
        Add("options", Encoding.UTF8.GetBytes(options));
        foreach (var path in notebooks.Select(Path.GetFullPath).Order(StringComparer.Ordinal))
            Add("notebook " + path, File.ReadAllBytes(path));
        if (Directory.Exists(dataDirectory))
            foreach (var path in Directory.EnumerateFiles(dataDirectory).Order(StringComparer.Ordinal))
                Add("data " + Path.GetFileName(path), File.ReadAllBytes(path));
        if (articlesDirectory is not null && Directory.Exists(articlesDirectory))
            foreach (var path in Directory.EnumerateFiles(articlesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                Add("article " + Path.GetRelativePath(articlesDirectory, path), File.ReadAllBytes(path));
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(IsOwnAssembly).Order(StringComparer.Ordinal))
            Add("build " + Path.GetFileName(path), File.ReadAllBytes(path));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Package assemblies change only with their pinned versions, which the project's own assemblies record.
    private static bool IsOwnAssembly(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("AnalysisHelpers", StringComparison.Ordinal) || name == "workbook.dll";
    }

    public static bool IsFresh(string outputDirectory, string key)
    {
        var path = Path.Combine(outputDirectory, FileName);
        // A commit left halfway by a killed run is finished by the next one, which must not stop here first.
        if (!File.Exists(path) || File.Exists(Path.Combine(outputDirectory, AnalysisHelpers.Export.Files.OutputTransaction.JournalName))) return false;
        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return false;
        }
        if (entry is null || entry.Key != key || entry.Outputs.Count == 0) return false;
        foreach (var output in entry.Outputs)
        {
            var info = new FileInfo(Path.Combine(outputDirectory, output.Path));
            if (!info.Exists || info.Length != output.Size || info.LastWriteTimeUtc.Ticks != output.LastWriteUtcTicks) return false;
        }
        return true;
    }

    public static void Record(string outputDirectory, string key, IEnumerable<string> outputs)
    {
        var root = Path.GetFullPath(outputDirectory);
        var stamps = outputs.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(p => new FileInfo(p))
            .Where(i => i.Exists)
            .Select(i => new OutputStamp(Path.GetRelativePath(root, i.FullName), i.Length, i.LastWriteTimeUtc.Ticks))
            .ToList();
        AnalysisHelpers.Export.Files.AtomicFile.WriteAllText(Path.Combine(root, FileName), JsonSerializer.Serialize(new Entry(key, stamps)));
    }

    /// <summary>Inside an open output transaction the record goes only when the new outputs come.</summary>
    public static void Forget(string outputDirectory) =>
        AnalysisHelpers.Export.Files.AtomicFile.Delete(Path.Combine(outputDirectory, FileName));
}
