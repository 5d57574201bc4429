namespace Workbook.Tests;

/// <summary>A scratch project folder for one corpus case: data and notebooks copied in from <c>Corpus/</c>, and an
/// output folder holding earlier outputs (sentinels) that a refused or failed command must leave byte for byte.</summary>
internal sealed class CorpusProject : IDisposable
{
    private readonly Dictionary<string, byte[]> _sentinels = new(StringComparer.Ordinal);

    /// <param name="outName">The output folder, relative to the project; <c>reports</c> is the command's default.</param>
    public CorpusProject(string outName = "reports")
    {
        Root = Path.Combine(Path.GetTempPath(), "workbook-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Out = Path.Combine(Root, outName);
        WriteSentinel("report.html", "<html><body>the report of an earlier run</body></html>\n");
        WriteSentinel("01-x.ipynb", "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
    }

    public static string CorpusDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public string Root { get; }
    public string Out { get; }
    public string Data => Path.Combine(Root, "data");

    /// <summary>A small data folder: the shipped schemas and sources, and the claims file of corpus case
    /// <paramref name="corpusCase"/>, optionally changed byte for byte by <paramref name="edit"/>.</summary>
    public string AddData(string corpusCase, Func<byte[], byte[]>? edit = null)
    {
        Directory.CreateDirectory(Data);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Data, "*.schema.json").Append(Path.Combine(RepoPaths.Data, "sources.csv")))
            File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
        var claims = File.ReadAllBytes(Path.Combine(CorpusDirectory, "data", corpusCase, "claims.csv"));
        File.WriteAllBytes(Path.Combine(Data, "claims.csv"), edit is null ? claims : edit(claims));
        return Data;
    }

    /// <summary>A complete copy of the shipped data folder at <paramref name="relative"/>.</summary>
    public string AddFullData(string relative)
    {
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Data).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    /// <summary>Copies <c>Corpus/notebooks/NAME.dib</c> into the project's notebooks folder; returns its path
    /// relative to the project, as a user would type it.</summary>
    public string AddNotebook(string name)
    {
        Directory.CreateDirectory(Path.Combine(Root, "notebooks"));
        File.Copy(Path.Combine(CorpusDirectory, "notebooks", name + ".dib"), Path.Combine(Root, "notebooks", name + ".dib"));
        return Path.Combine("notebooks", name + ".dib");
    }

    /// <summary>An earlier output in the output folder.</summary>
    public void WriteSentinel(string name, string content)
    {
        Directory.CreateDirectory(Out);
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        File.WriteAllBytes(Path.Combine(Out, name), bytes);
        _sentinels[name] = bytes;
    }

    public void AssertSentinelsIntact()
    {
        foreach (var (name, bytes) in _sentinels)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out, name))), $"{name} in the output folder was changed");
    }

    /// <summary>Names of the files in the output folder, sorted.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A notebook thread abandoned after a timeout may still hold a file; the system cleans its temp folder.
        }
    }
}
