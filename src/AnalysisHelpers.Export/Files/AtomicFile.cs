using System.Text;

namespace AnalysisHelpers.Export.Files;

/// <summary>
/// Writes files so that readers see either the old content or the complete new content, never a truncated
/// file: content goes to a temporary file in the same folder, is flushed to disk, and then replaces the
/// target in one rename. The temporary file is removed when anything fails.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/>, creating the folder if needed.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        // A span cannot enter the lambda; one copy (a chart or a PDF, not the plotly bundle) keeps a single write path.
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, Utf8NoBom.GetBytes(text));
    }

    /// <summary>
    /// <see cref="WriteAllText(string, string)"/> of <paramref name="before"/>, a middle part already encoded as UTF-8
    /// and <paramref name="after"/>: the same bytes without building and encoding the whole text again, for pages
    /// that embed the 3.6 MB plotly.js bundle.
    /// </summary>
    internal static void WriteAllText(string path, string before, ReadOnlyMemory<byte> utf8Middle, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var head = Utf8NoBom.GetBytes(before);
        var tail = Utf8NoBom.GetBytes(after);
        Write(path, stream =>
        {
            stream.Write(head);
            stream.Write(utf8Middle.Span);
            stream.Write(tail);
        });
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with whatever <paramref name="writeContent"/> writes. If it throws,
    /// the existing file is untouched and the exception propagates.
    /// </summary>
    public static void Write(string path, Action<Stream> writeContent)
    {
        ArgumentNullException.ThrowIfNull(writeContent);
        var (target, temp) = Prepare(path);
        try
        {
            using (var stream = OpenTemp(temp))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }
            Finish(target, temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            TryDelete(temp);
            throw new OutputWriteException(target, e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The full target path and a temporary file beside it; creates the folder.</summary>
    private static (string Target, string Temp) Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"Path has no parent folder: {target}", nameof(path));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(target, e);
        }
        if (Directory.Exists(target))
            throw new OutputWriteException(target, new IOException("it is a folder"));

        // Same folder, so the final rename never crosses file systems and stays atomic.
        return (target, Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"));
    }

    /// <summary>True for the name of a temporary file made by this class: <c>.NAME.GUID.tmp</c>.</summary>
    public static bool IsTemporaryName(string fileName) => TemporaryName().IsMatch(fileName);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TemporaryName();

    /// <summary>Removes <paramref name="path"/> if it exists; inside an open <see cref="OutputTransaction"/> the removal
    /// waits for its commit.</summary>
    public static void Delete(string path)
    {
        var target = Path.GetFullPath(path);
        if (OutputTransaction.Covering(target) is { } transaction) transaction.StageDelete(target);
        else File.Delete(target);
    }

    // Inside an open transaction the finished temporary file waits for the commit; otherwise it replaces the target now.
    private static void Finish(string target, string temp)
    {
        if (OutputTransaction.Covering(target) is { } transaction) transaction.Stage(target, temp);
        else File.Move(temp, target, overwrite: true);
    }

    private static FileStream OpenTemp(string temp) =>
        new(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920);

    internal static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original failure is the one worth reporting; a leftover hidden temp file is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
