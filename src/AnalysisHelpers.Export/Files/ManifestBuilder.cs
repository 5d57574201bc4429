using System.Security.Cryptography;

namespace AnalysisHelpers.Export.Files;

/// <summary>Collects inputs and outputs, hashing each file, and builds a sorted <see cref="Manifest"/>.</summary>
public sealed class ManifestBuilder
{
    private readonly string _outputDirectory;
    private readonly string _inputBaseDirectory;
    private readonly string _toolVersion;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, ManifestInput> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManifestOutput> _outputs = new(StringComparer.Ordinal);

    /// <param name="outputDirectory">Folder the outputs live in; output paths are recorded relative to it.</param>
    /// <param name="inputBaseDirectory">Folder input paths are recorded relative to (e.g. the repository root).</param>
    /// <param name="toolVersion">Version of the tool that produced the outputs.</param>
    /// <param name="clock">Source of the generated-at time; the system clock when null.</param>
    public ManifestBuilder(string outputDirectory, string inputBaseDirectory, string toolVersion, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputBaseDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        _outputDirectory = Path.GetFullPath(outputDirectory);
        _inputBaseDirectory = Path.GetFullPath(inputBaseDirectory);
        _toolVersion = toolVersion;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Hashes an input file and records it relative to the input base folder.</summary>
    public ManifestBuilder AddInput(string path)
    {
        var full = RequireFile(path);
        var relative = ToForwardSlashes(Path.GetRelativePath(_inputBaseDirectory, full));
        var (size, sha) = Hash(full);
        if (!_inputs.TryAdd(relative, new ManifestInput(relative, size, sha)))
            throw new ArgumentException($"Input recorded twice: {relative}", nameof(path));
        return this;
    }

    /// <summary>
    /// Hashes an output file (absolute, or relative to the output folder) and records it with its kind.
    /// The file must be inside the output folder.
    /// </summary>
    public ManifestBuilder AddOutput(string path, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(_outputDirectory, path));
        // Inside an open OutputTransaction the file's next content still sits in its temporary file.
        var content = RequireFile(OutputTransaction.ContentPath(full)
            ?? throw new FileNotFoundException($"Cannot add {full} to the manifest: it is being deleted.", full));
        var relative = Path.GetRelativePath(_outputDirectory, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            throw new ArgumentException($"Output {full} is not inside the output folder {_outputDirectory}.", nameof(path));
        relative = ToForwardSlashes(relative);
        if (relative == Manifest.FileName)
            throw new ArgumentException("The manifest cannot list itself.", nameof(path));
        var (size, sha) = Hash(content);
        if (!_outputs.TryAdd(relative, new ManifestOutput(relative, size, sha, kind)))
            throw new ArgumentException($"Output recorded twice: {relative}", nameof(path));
        return this;
    }

    /// <summary>The manifest with inputs and outputs sorted by path (ordinal) and the current UTC time.</summary>
    public Manifest Build() => new(
        _clock.GetUtcNow().ToUniversalTime(),
        _toolVersion,
        _inputs.Values.OrderBy(i => i.Path, StringComparer.Ordinal).ToArray(),
        _outputs.Values.OrderBy(o => o.Path, StringComparer.Ordinal).ToArray());

    /// <summary>Size and lower-case hex SHA-256 of a file.</summary>
    public static (long Size, string Sha256) Hash(string path)
    {
        using var stream = File.OpenRead(path);
        var digest = SHA256.HashData(stream);
        return (stream.Length, Convert.ToHexStringLower(digest));
    }

    private static string RequireFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"Cannot add {full} to the manifest: file not found.", full);
        return full;
    }

    private static string ToForwardSlashes(string path) => path.Replace('\\', '/');
}
