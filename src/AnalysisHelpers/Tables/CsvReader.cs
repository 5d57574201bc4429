using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>An RFC 4180 reader over UTF-8 bytes: comma separator, double-quote quoting with doubled quotes inside,
/// LF or CRLF line ends, newlines allowed inside quoted fields. It reuses one row buffer, so reading a million rows
/// allocates only the strings the caller asks for.</summary>
public sealed class CsvReader
{
    private readonly CsvDocument _doc;
    private readonly byte[] _b;
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
    public CsvReader(CsvDocument doc, int offset, int line)
    {
        _doc = doc;
        _b = doc.Bytes;
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

    public bool AtEnd => _pos >= _b.Length;

    /// <summary>Reads the next row. Returns false at the end of the file. Blank lines are rows with one empty field.</summary>
    public bool ReadRow()
    {
        if (_pos >= _b.Length) return false;
        FieldCount = 0;
        RowProblem = null;
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
        if (_pos < _b.Length && _b[_pos] == (byte)'"')
        {
            int openLine = _line, openStart = _lineStart, openPos = _pos;
            _quoted[i] = true;
            _pos++;
            _starts[i] = _pos;
            while (true)
            {
                int next = _b.AsSpan(_pos).IndexOfAny((byte)'"', (byte)'\n');
                if (next < 0)
                {
                    SetProblem("quoted field is not closed before the end of the file", openLine, openStart, openPos);
                    _lengths[i] = _b.Length - _starts[i];
                    _pos = _b.Length;
                    endOfRow = true;
                    return;
                }
                _pos += next;
                if (_b[_pos] == (byte)'\n') { _pos++; _line++; _lineStart = _pos; continue; }
                if (_pos + 1 < _b.Length && _b[_pos + 1] == (byte)'"') { _pos += 2; continue; }
                _lengths[i] = _pos - _starts[i];
                _pos++;
                break;
            }
            // After the closing quote only a separator or a line end may follow.
            if (_pos < _b.Length && _b[_pos] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
            {
                SetProblem("unexpected text after a closing quote (quotes inside a quoted field must be doubled)", _line, _lineStart, _pos);
                int skip = _b.AsSpan(_pos).IndexOfAny((byte)',', (byte)'\n');
                _pos = skip < 0 ? _b.Length : _pos + skip;
            }
        }
        else
        {
            _quoted[i] = false;
            _starts[i] = _pos;
            int next = _b.AsSpan(_pos).IndexOfAny((byte)',', (byte)'\n');
            int end = next < 0 ? _b.Length : _pos + next;
            int len = end - _pos;
            if (len > 0 && _b[end - 1] == (byte)'\r' && (next < 0 || _b[end] == (byte)'\n')) len--;
            if (_b.AsSpan(_pos, len).Contains((byte)'"'))
                SetProblem("a quote inside an unquoted field (quote the whole field and double the quote)", _line, _lineStart, _pos + _b.AsSpan(_pos, len).IndexOf((byte)'"'));
            _lengths[i] = len;
            _pos = end;
        }

        if (_pos >= _b.Length) { endOfRow = true; return; }
        if (_b[_pos] == (byte)',') { _pos++; endOfRow = false; return; }
        if (_b[_pos] == (byte)'\r') _pos++;
        if (_pos < _b.Length && _b[_pos] == (byte)'\n') { _pos++; _line++; _lineStart = _pos; }
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
