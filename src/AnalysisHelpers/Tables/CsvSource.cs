using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>The bytes of one CSV table, in a file or in memory, opened as often as the reader needs: once to size the
/// columns, once to parse, and again only to locate a cell for an error message. Text is decoded as strict UTF-8:
/// an invalid byte stops the read, and <see cref="InvalidUtf8"/> then lists every one with its place.</summary>
internal abstract class CsvSource
{
    /// <summary>UTF-8 that throws on an invalid byte instead of replacing it, and skips a byte order mark.</summary>
    private static readonly UTF8Encoding StrictWithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private long[]? _lineStarts;

    protected CsvSource(string name) => Name = name;

    /// <summary>The file as named in error messages.</summary>
    public string Name { get; }

    protected abstract Stream OpenAt(long offset);

    /// <summary>False when the bytes are no longer those that were read (the file was written since).</summary>
    public abstract bool Unchanged();

    /// <summary>The text from <paramref name="offset"/>, which must start a line.</summary>
    public TextReader TextAt(long offset) =>
        new StreamReader(OpenAt(offset), offset == 0 ? StrictWithBom : Strict, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    public static CsvSource File(string path, string name) => new FileSource(path, name);

    public static CsvSource Bytes(byte[] bytes, string name) => new BytesSource(bytes, name);

    /// <summary>An upper bound of the rows after the header (exact unless quoted line breaks or blank lines make
    /// rows fewer than lines), so that every column is allocated once at its final size. Line ends are LF, CRLF
    /// and a CR alone, as the parser counts them.</summary>
    public int RowCapacity()
    {
        long breaks = 0;
        bool any = false, endsWithBreak = false, pendingCr = false;
        using var stream = OpenAt(0);
        var buffer = new byte[1 << 20];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, n);
            any = true;
            breaks += span.Count((byte)'\n');
            // A CR not followed by an LF ends a line too; a CRLF split between two reads is one line end.
            if (span.Contains((byte)'\r')) breaks += span.Count((byte)'\r') - span.Count("\r\n"u8);
            if (pendingCr && span[0] == (byte)'\n') breaks--;
            pendingCr = span[^1] == (byte)'\r';
            endsWithBreak = span[^1] is (byte)'\n' or (byte)'\r';
        }
        long lines = breaks + (any && !endsWithBreak ? 1 : 0);
        return (int)Math.Clamp(lines - 1, 0, Array.MaxLength);
    }

    /// <summary>The byte offset where 1-based <paramref name="line"/> starts; the index of line starts is built on
    /// the first call, since only error messages need it.</summary>
    public long LineStart(int line)
    {
        var starts = _lineStarts ??= ReadLineStarts();
        return line >= 1 && line <= starts.Length ? starts[line - 1] : -1;
    }

    private long[] ReadLineStarts()
    {
        var starts = new List<long> { 0 };
        using var stream = OpenAt(0);
        var buffer = new byte[1 << 20];
        long at = 0;
        bool pendingCr = false;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, n);
            int i = 0;
            if (pendingCr)
            {
                // A CR at the end of the last buffer ended a line, unless this LF completes a CRLF.
                if (span[0] == (byte)'\n') { starts[^1] = at + 1; i = 1; }
                pendingCr = false;
            }
            while (i < span.Length)
            {
                int next = span[i..].IndexOfAny((byte)'\n', (byte)'\r');
                if (next < 0) break;
                i += next;
                if (span[i] == (byte)'\r')
                {
                    if (i + 1 == span.Length) { pendingCr = true; starts.Add(at + i + 1); i++; continue; }
                    if (span[i + 1] == (byte)'\n') i++;
                }
                starts.Add(at + i + 1);
                i++;
            }
            at += n;
        }
        return [.. starts];
    }

    /// <summary>Every invalid UTF-8 byte (up to 20) with its line and character column.</summary>
    public IReadOnlyList<DataValidationError> InvalidUtf8()
    {
        byte[] bytes;
        using (var stream = OpenAt(0))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        int start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var errors = new ErrorList(max: 20);
        int line = 1, lineStart = start, i = start;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                int column = Encoding.UTF8.GetCharCount(bytes, lineStart, i - lineStart) + 1;
                errors.Add(new DataValidationError(Name, line, column, $"invalid UTF-8 byte 0x{bytes[i]:X2}; save the file as UTF-8"));
                consumed = Math.Max(consumed, 1);
            }
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
            i += consumed;
        }
        return errors.ToList(Name);
    }

    private sealed class FileSource : CsvSource
    {
        private readonly string _path;
        private readonly long _length;
        private readonly DateTime _lastWrite;

        public FileSource(string path, string name) : base(name)
        {
            _path = path;
            var info = new FileInfo(path);
            _length = info.Length;
            _lastWrite = info.LastWriteTimeUtc;
        }

        protected override Stream OpenAt(long offset)
        {
            var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            stream.Position = offset;
            return stream;
        }

        public override bool Unchanged()
        {
            var info = new FileInfo(_path);
            return info.Exists && info.Length == _length && info.LastWriteTimeUtc == _lastWrite;
        }
    }

    private sealed class BytesSource(byte[] bytes, string name) : CsvSource(name)
    {
        protected override Stream OpenAt(long offset) => new MemoryStream(bytes, (int)offset, bytes.Length - (int)offset, writable: false);

        public override bool Unchanged() => true;
    }
}
