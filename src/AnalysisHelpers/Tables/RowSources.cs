using Microsoft.Win32.SafeHandles;

namespace AnalysisHelpers.Tables;

/// <summary>Rows one after another, each read into <see cref="Reader"/>, with the byte offset in the file where it
/// starts.</summary>
internal abstract class RowFeed
{
    public CsvReader Reader { get; protected set; } = null!;
    public int Offset { get; protected set; }
    /// <summary>True when nothing follows the row just read.</summary>
    public abstract bool AtEnd { get; }
    public abstract bool Next();
}

/// <summary>The rows of a document held in memory.</summary>
internal sealed class DocumentFeed : RowFeed
{
    public DocumentFeed(CsvDocument doc) => Reader = new CsvReader(doc);

    public override bool AtEnd => Reader.AtEnd;

    public override bool Next()
    {
        Offset = Reader.Position;
        return Reader.ReadRow();
    }
}

/// <summary>The rows of a file read through a buffer. The reader sees the buffer only up to its last newline, so every
/// row it reads is whole, except one whose quoted field runs on past that newline: it is read again once the buffer
/// holds more. A buffer too small for one row grows.</summary>
internal sealed class StreamFeed : RowFeed
{
    internal static int BufferSize = 1 << 20;

    private readonly SafeFileHandle _handle;
    private readonly string _displayName;
    private byte[] _buffer;
    private CsvDocument _doc;
    private long _bufferOffset;   // file offset of _buffer[0]
    private long _readOffset;     // file offset of the next byte to read
    private int _filled;          // bytes of _buffer holding file data
    private int _windowEnd;       // bytes the reader may see: up to the last newline, or all at the end of the file
    private bool _eof;
    private bool _started;
    private readonly int _startLine;

    /// <summary>Reads from <paramref name="startOffset"/>, which must start a line, numbered <paramref name="startLine"/>.</summary>
    public StreamFeed(SafeFileHandle handle, string displayName, byte[] buffer, long startOffset, int startLine)
    {
        _handle = handle;
        _displayName = displayName;
        _buffer = buffer;
        _doc = CsvDocument.Window(displayName, buffer);
        _bufferOffset = _readOffset = StartOffset = startOffset;
        _startLine = startLine;
    }

    public long StartOffset { get; }

    /// <summary>No row starting at or after this offset is read: <see cref="Next"/> returns false there.</summary>
    public long Limit { get; set; } = long.MaxValue;

    /// <summary>File offset of the next row to read.</summary>
    public long NextRowOffset => _started ? _bufferOffset + Reader.Position : StartOffset;

    public override bool AtEnd => _eof && Reader.Position >= _windowEnd;

    /// <summary>Takes over where <paramref name="other"/>, which read on from this feed's limit, stopped.</summary>
    public void SkipToEnd(StreamFeed other)
    {
        _buffer = other._buffer;
        _doc = other._doc;
        _bufferOffset = other._bufferOffset;
        _readOffset = other._readOffset;
        _filled = other._filled;
        _windowEnd = other._windowEnd;
        _eof = other._eof;
        _started = true;
        Reader = other.Reader;
    }

    public override bool Next()
    {
        if (!_started)
        {
            _started = true;
            Refill(0);
            int bom = _bufferOffset == 0 && _buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8) ? 3 : 0;
            Reader = new CsvReader(_doc, bom, _startLine, _windowEnd);
        }
        while (true)
        {
            int start = Reader.Position;
            if (_bufferOffset + start >= Limit) return false;
            if (Reader.ReadRow())
            {
                if (Reader.RanOffEnd && !_eof)
                {
                    int line = Reader.RowLine;
                    Refill(start);
                    Reader = new CsvReader(_doc, 0, line, _windowEnd);
                    continue;
                }
                Offset = checked((int)(_bufferOffset + start));
                return true;
            }
            if (_eof) return false;
            int next = Reader.Line;
            Refill(start);
            Reader = new CsvReader(_doc, 0, next, _windowEnd);
        }
    }

    /// <summary>Keeps the bytes from <paramref name="keepFrom"/> on, moved to the front, and reads more after them.</summary>
    private void Refill(int keepFrom)
    {
        int keep = _filled - keepFrom;
        if (keepFrom == 0 && keep == _buffer.Length && keep > 0) GrowBuffer();
        else if (keepFrom > 0) _buffer.AsSpan(keepFrom, keep).CopyTo(_buffer);
        _bufferOffset += keepFrom;
        _filled = keep;
        while (true)
        {
            while (_filled < _buffer.Length && !_eof)
            {
                int n = RandomAccess.Read(_handle, _buffer.AsSpan(_filled), _readOffset);
                if (n == 0) _eof = true;
                _filled += n;
                _readOffset += n;
            }
            if (_eof) { _windowEnd = _filled; return; }
            int lastNewline = _buffer.AsSpan(0, _filled).LastIndexOf((byte)'\n');
            if (lastNewline >= 0) { _windowEnd = lastNewline + 1; return; }
            GrowBuffer(); // one line longer than the buffer
        }
    }

    private void GrowBuffer()
    {
        Array.Resize(ref _buffer, _buffer.Length * 2);
        _doc = CsvDocument.Window(_displayName, _buffer);
    }
}

/// <summary>Finds a row again, by its offset and line, to locate a cell for an error message.</summary>
internal abstract class RowLocator
{
    /// <summary>A reader that has just read the row, or null when the row cannot be read again.</summary>
    public abstract CsvReader? ReadRowAt(int offset, int line);
}

internal sealed class DocumentRowLocator(CsvDocument doc) : RowLocator
{
    public override CsvReader? ReadRowAt(int offset, int line)
    {
        var reader = new CsvReader(doc, offset, line);
        reader.ReadRow();
        return reader;
    }
}

/// <summary>Reads rows again from the file, through a window of whole lines kept for the next error (errors come in
/// row order, so most are found in the same window). If the file has changed since it was loaded, rows are not read
/// again and errors point at the row's first line.</summary>
internal sealed class FileRowLocator(string path, string displayName, long length, DateTime lastWriteUtc) : RowLocator
{
    private const int WindowSize = 1 << 20;
    private readonly object _gate = new();
    private CsvDocument? _window;
    private long _windowStart;
    private int _windowEnd;
    private bool _windowToEof;

    public override CsvReader? ReadRowAt(int offset, int line)
    {
        lock (_gate)
        {
            try
            {
                int size = WindowSize;
                while (true)
                {
                    if (_window is null || offset < _windowStart || offset >= _windowStart + _windowEnd)
                    {
                        if (!Load(offset, size)) return null;
                    }
                    var reader = new CsvReader(_window!, (int)(offset - _windowStart), line, _windowEnd);
                    reader.ReadRow();
                    if (!reader.RanOffEnd || _windowToEof) return reader;
                    size = checked(Math.Max(size, _window!.Bytes.Length) * 2);
                    _window = null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException)
            {
                return null;
            }
        }
    }

    private bool Load(long offset, int size)
    {
        if (File.GetLastWriteTimeUtc(path) != lastWriteUtc) return false;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != length) return false;
        int want = (int)Math.Min(size, length - offset);
        var bytes = new byte[want];
        int filled = 0;
        while (filled < want)
        {
            int n = RandomAccess.Read(handle, bytes.AsSpan(filled), offset + filled);
            if (n == 0) break;
            filled += n;
        }
        bool toEof = offset + filled >= length;
        int end = toEof ? filled : bytes.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
        if (end == 0)
        {
            // A line longer than the window: take a bigger one.
            return Load(offset, checked(size * 2));
        }
        _window = CsvDocument.Window(displayName, bytes);
        _windowStart = offset;
        _windowEnd = end;
        _windowToEof = toEof;
        return true;
    }
}
