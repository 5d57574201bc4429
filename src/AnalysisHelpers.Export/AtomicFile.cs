using System.Text;

namespace AnalysisHelpers.Export;

/// <summary>
/// Writes files so that readers see either the old content or the complete new content, never a truncated
/// file: content goes to a temporary file in the same folder, is flushed to disk, and then replaces the
/// target in one rename. The temporary file is removed when anything fails.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/>, creating the folder if needed.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
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
    /// Replaces <paramref name="path"/> with whatever <paramref name="writeContent"/> writes. If it throws,
    /// the existing file is untouched and the exception propagates.
    /// </summary>
    public static void Write(string path, Action<Stream> writeContent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(writeContent);

        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)
            ?? throw new ArgumentException($"Path has no parent folder: {target}", nameof(path));
        Directory.CreateDirectory(folder);

        // Same folder, so the final rename never crosses file systems and stays atomic.
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
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
