using System.Security.Cryptography;

namespace Workbook.Output;

/// <summary>The SHA-256 of every input file (the data folder as the loader reads it, the articles, the notebooks run),
/// taken before a run and compared after it: an input changed meanwhile, by a notebook, a process it left behind or
/// anyone else, fails the run, since its outputs would describe data that is no longer there. This also covers what the
/// notebooks' write guard cannot see: folders outside the project and the time after the last notebook.</summary>
internal sealed class InputSnapshot
{
    private readonly Dictionary<string, string> _hashes;

    private InputSnapshot(Dictionary<string, string> hashes) => _hashes = hashes;

    public static InputSnapshot Take(ProjectInputs inputs) => new(Hash(Files(inputs)));

    /// <summary>Writes one line per input changed, added or removed since the snapshot; false when there was any.</summary>
    public bool Unchanged(ProjectInputs inputs, TextWriter stderr)
    {
        var now = Hash(Files(inputs));
        var problems = new List<string>();
        foreach (var (path, hash) in _hashes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!now.TryGetValue(path, out var after)) problems.Add($"{OutputFolder.Shown(path)}: input removed during the run");
            else if (after != hash) problems.Add($"{OutputFolder.Shown(path)}: input changed during the run");
        }
        foreach (var path in now.Keys.Where(p => !_hashes.ContainsKey(p)).Order(StringComparer.Ordinal))
            problems.Add($"{OutputFolder.Shown(path)}: input added during the run");
        foreach (var line in problems) stderr.WriteLine(line);
        if (problems.Count > 0) stderr.WriteLine("The outputs were not updated: they would describe inputs that are no longer there.");
        return problems.Count == 0;
    }

    private static IEnumerable<string> Files(ProjectInputs inputs)
    {
        if (Directory.Exists(inputs.DataDirectory))
            foreach (var f in Directory.EnumerateFiles(inputs.DataDirectory)) yield return Path.GetFullPath(f);
        if (inputs.ArticlesDirectory is { } articles && Directory.Exists(articles))
            foreach (var f in Directory.EnumerateFiles(articles, "*", SearchOption.AllDirectories)) yield return Path.GetFullPath(f);
        foreach (var n in inputs.Notebooks) yield return Path.GetFullPath(n);
    }

    private static Dictionary<string, string> Hash(IEnumerable<string> files)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(file);
                hashes[file] = Convert.ToHexStringLower(SHA256.HashData(stream));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Removed between listing and reading: it is missing from this snapshot, which the comparison reports.
            }
        }
        return hashes;
    }
}
