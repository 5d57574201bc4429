using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>An RFC 4180 reader over UTF-8 bytes: comma separator, double-quote quoting with doubled quotes inside,
/// LF or CRLF line ends, newlines allowed inside quoted fields. It reuses one row buffer, so reading a million rows
/// allocates only the strings the caller asks for.</summary>
public sealed class CsvReader
{
    private readonly CsvDocument _doc;
    private readonly byte[] _b;
    // Where reading stops: the end of the bytes, or of the part of a buffer that holds whole lines.
    private readonly int _end;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private bool[] _quoted = new bool[32];
    private int[] _fieldLines = new int[32];
    private int[] _fieldLineStarts = new int[32];

    public CsvReader(CsvDocument doc) : this(doc, doc.Start, 1) { }

    /// <summary>Starts reading at a row boundary already found by an earlier pass.</summary>
    public CsvReader(CsvDocument doc, int offset, int line) : this(doc, offset, line, doc.Bytes.Length) { }

    /// <summary>Reads only up to <paramref name="end"/>: a buffer holding part of a file.</summary>
    internal CsvReader(CsvDocument doc, int offset, int line, int end)
    {
        _doc = doc;
        _b = doc.Bytes;
        _end = end;
        _pos = offset;
        _lineStart = offset;
        _line = line;
    }

    /// <summary>Byte offset of the next row.</summary>
    public int Position => _pos;

    public int FieldCount { get; private set; }
    /// <summary>1-based line where the current row starts.</summary>
    public int RowLine { get; private set; }
    public int RowLineStart { get; private set; }

    /// <summary>A problem in the structure of the row just read (an unclosed quote, text after a closing quote).</summary>
    public string? RowProblem { get; private set; }
    public int RowProblemLine { get; private set; }
    public int RowProblemColumn { get; private set; }

    public bool AtEnd => _pos >= _end;

    /// <summary>1-based line of the next row.</summary>
    internal int Line => _line;

    /// <summary>True when the row just read has a quoted field still open at the end of the bytes: in a buffer that
    /// is not the end of the file, the row goes on in the bytes not yet read.</summary>
    internal bool RanOffEnd { get; private set; }

    /// <summary>Reads the next row. Returns false at the end of the file. Blank lines are rows with one empty field.</summary>
    public bool ReadRow()
    {
        if (_pos >= _end) return false;
        FieldCount = 0;
        RowProblem = null;
        RanOffEnd = false;
        RowLine = _line;
        RowLineStart = _lineStart;
        while (true)
        {
            ReadField(out bool endOfRow);
            if (endOfRow) return true;
        }
    }

    private void ReadField(out bool endOfRow)
    {
        int i = FieldCount++;
        EnsureCapacity(FieldCount);
        _fieldLines[i] = _line;
        _fieldLineStarts[i] = _lineStart;
        if (_pos < _end && _b[_pos] == (byte)'"')
        {
            int openLine = _line, openStart = _lineStart, openPos = _pos;
            _quoted[i] = true;
            _pos++;
            _starts[i] = _pos;
            while (true)
            {
                int next = _b.AsSpan(_pos, _end - _pos).IndexOfAny((byte)'"', (byte)'\n');
                if (next < 0)
                {
                    RanOffEnd = true;
                    SetProblem("quoted field is not closed before the end of the file", openLine, openStart, openPos);
                    _lengths[i] = _end - _starts[i];
                    _pos = _end;
                    endOfRow = true;
                    return;
                }
                _pos += next;
                if (_b[_pos] == (byte)'\n') { _pos++; _line++; _lineStart = _pos; continue; }
                if (_pos + 1 < _end && _b[_pos + 1] == (byte)'"') { _pos += 2; continue; }
                _lengths[i] = _pos - _starts[i];
                _pos++;
                break;
            }
            // After the closing quote only a separator or a line end may follow.
            if (_pos < _end && _b[_pos] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
            {
                SetProblem("unexpected text after a closing quote (quotes inside a quoted field must be doubled)", _line, _lineStart, _pos);
                int skip = _b.AsSpan(_pos, _end - _pos).IndexOfAny((byte)',', (byte)'\n');
                _pos = skip < 0 ? _end : _pos + skip;
            }
        }
        else
        {
            _quoted[i] = false;
            _starts[i] = _pos;
            // One scan finds the end of the field and any stray quote before it (a quote is never the CR of a CRLF).
            var rest = _b.AsSpan(_pos, _end - _pos);
            int next = rest.IndexOfAny((byte)',', (byte)'\n', (byte)'"');
            if (next >= 0 && rest[next] == (byte)'"')
            {
                SetProblem("a quote inside an unquoted field (quote the whole field and double the quote)", _line, _lineStart, _pos + next);
                int after = rest[next..].IndexOfAny((byte)',', (byte)'\n');
                next = after < 0 ? -1 : next + after;
            }
            int end = next < 0 ? _end : _pos + next;
            int len = end - _pos;
            if (len > 0 && _b[end - 1] == (byte)'\r' && (next < 0 || _b[end] == (byte)'\n')) len--;
            _lengths[i] = len;
            _pos = end;
        }

        if (_pos >= _end) { endOfRow = true; return; }
        if (_b[_pos] == (byte)',') { _pos++; endOfRow = false; return; }
        if (_b[_pos] == (byte)'\r') _pos++;
        if (_pos < _end && _b[_pos] == (byte)'\n') { _pos++; _line++; _lineStart = _pos; }
        endOfRow = true;
    }

    private void SetProblem(string message, int line, int lineStart, int offset)
    {
        if (RowProblem is not null) return;
        RowProblem = message;
        RowProblemLine = line;
        RowProblemColumn = _doc.ColumnOf(lineStart, offset);
    }

    private void EnsureCapacity(int n)
    {
        if (n <= _starts.Length) return;
        int size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _quoted, size);
        Array.Resize(ref _fieldLines, size);
        Array.Resize(ref _fieldLineStarts, size);
    }

    /// <summary>The raw UTF-8 bytes of field <paramref name="i"/> (quotes removed, doubled quotes still doubled).</summary>
    public ReadOnlySpan<byte> RawBytes(int i) => _b.AsSpan(_starts[i], _lengths[i]);

    public bool IsEmpty(int i) => _lengths[i] == 0;

    /// <summary>True when the field is quoted and holds a doubled quote or a CR, so its raw bytes differ from its value.</summary>
    public bool IsQuotedWithEscapes(int i) =>
        _quoted[i] && _b.AsSpan(_starts[i], _lengths[i]).IndexOfAny((byte)'"', (byte)'\r') >= 0;

    public string GetString(int i)
    {
        var s = Encoding.UTF8.GetString(_b, _starts[i], _lengths[i]);
        if (_quoted[i])
        {
            if (s.Contains("\"\"", StringComparison.Ordinal)) s = s.Replace("\"\"", "\"", StringComparison.Ordinal);
            // Inside quotes a CRLF is a line end in the file, kept as a plain LF in the value.
            if (s.Contains('\r')) s = s.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        return s;
    }

    public int FieldLine(int i) => _fieldLines[i];

    /// <summary>1-based character column where field <paramref name="i"/> starts (at its opening quote, if quoted).</summary>
    public int FieldColumn(int i) => _doc.ColumnOf(_fieldLineStarts[i], _starts[i] - (_quoted[i] ? 1 : 0));
}
