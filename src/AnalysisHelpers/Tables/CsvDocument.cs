using System.Text;
using System.Text.Unicode;

namespace AnalysisHelpers.Tables;

/// <summary>The bytes of a CSV file checked to be UTF-8, with the BOM skipped. Parsing works on the UTF-8 bytes
/// directly: the separators are ASCII, and decoding the whole file to UTF-16 first would double its memory.</summary>
public sealed class CsvDocument
{
    private CsvDocument(string path, byte[] bytes, int start)
    {
        Path = path;
        Bytes = bytes;
        Start = start;
    }

    public string Path { get; }
    public byte[] Bytes { get; }
    /// <summary>Offset of the first byte after a UTF-8 byte order mark, if any.</summary>
    public int Start { get; }

    public static CsvDocument Load(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataValidationException([new DataValidationError(displayName, 0, 0, $"cannot read file: {ex.Message}")]);
        }
        return FromBytes(displayName, bytes);
    }

    public static CsvDocument FromBytes(string displayName, byte[] bytes)
    {
        int start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!Utf8.IsValid(bytes.AsSpan(start)))
            throw new DataValidationException(FindInvalidUtf8(displayName, bytes, start));
        return new CsvDocument(displayName, bytes, start);
    }

    /// <summary>A buffer holding part of a file, already checked to be UTF-8 (no BOM handling: the caller skips it).</summary>
    internal static CsvDocument Window(string displayName, byte[] buffer) => new(displayName, buffer, 0);

    /// <summary>1-based character column of a byte offset on a line that starts at <paramref name="lineStart"/>.</summary>
    public int ColumnOf(int lineStart, int offset) =>
        Encoding.UTF8.GetCharCount(Bytes, lineStart, Math.Max(0, offset - lineStart)) + 1;

    private static IReadOnlyList<DataValidationError> FindInvalidUtf8(string file, byte[] bytes, int start)
    {
        var errors = new ErrorList(max: 20);
        int line = 1, lineStart = start, i = start;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                int column = Encoding.UTF8.GetCharCount(bytes, lineStart, i - lineStart) + 1;
                errors.Add(new DataValidationError(file, line, column,
                    $"invalid UTF-8 byte 0x{bytes[i]:X2}; save the file as UTF-8"));
                consumed = Math.Max(consumed, 1);
            }
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
            i += consumed;
        }
        return errors.ToList(file);
    }
}
