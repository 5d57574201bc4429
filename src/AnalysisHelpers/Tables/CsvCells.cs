using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using nietras.SeparatedValues;

namespace AnalysisHelpers.Tables;

/// <summary>What the project asks of CSV beyond what Sep parses. Sep splits rows and columns (RFC 4180: comma,
/// double quotes, LF, CRLF or CR line ends, line breaks inside quotes) and is lenient about quotes; the loader is
/// strict: a quoted cell must close and be followed by a separator, and an unquoted cell may hold no quote. Cells
/// are read raw (Sep's own unescaping rewrites the row in place, which would lose the columns that error messages
/// need), so the quotes are taken off here: doubled quotes become one and a CRLF inside quotes becomes LF.</summary>
internal static class CsvCells
{
    /// <summary>Sep reading a file as rows. The header is read as a row too, so that its cells have places, unless
    /// it was checked already; the field count is checked by the loader, which reports it instead of throwing.</summary>
    public static SepReader Open(TextReader text, bool hasHeader = false) =>
        Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = hasHeader,
            DisableColCountCheck = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
        }).From(text);

    /// <summary>The first structural problem of a raw cell, with its offset in the cell, or null.</summary>
    public static (string Message, int Offset)? Problem(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty) return null;
        if (raw[0] != '"')
        {
            int stray = raw.IndexOf('"');
            return stray < 0 ? null : ("a quote inside an unquoted field (quote the whole field and double the quote)", stray);
        }
        int i = 1;
        while (true)
        {
            int q = raw[i..].IndexOf('"');
            if (q < 0) return ("quoted field is not closed before the end of the file", 0);
            i += q;
            if (i + 1 < raw.Length && raw[i + 1] == '"') { i += 2; continue; }
            return i + 1 < raw.Length ? ("unexpected text after a closing quote (quotes inside a quoted field must be doubled)", i + 1) : null;
        }
    }

    /// <summary>True when the quoted cell's value differs from the text between its quotes.</summary>
    public static bool HasEscapes(ReadOnlySpan<char> raw) => raw.Length >= 2 && raw[0] == '"' && raw[1..^1].IndexOfAny('"', '\r') >= 0;

    /// <summary>The value of a raw cell: without its quotes, doubled quotes as one, CRLF inside quotes as LF. A cell
    /// that needs no change is returned as a slice of the row; otherwise the value is written to
    /// <paramref name="buffer"/>, grown as needed.</summary>
    public static ReadOnlySpan<char> Value(ReadOnlySpan<char> raw, ref char[] buffer)
    {
        if (raw.IsEmpty || raw[0] != '"') return raw;
        // A cell with a structural problem is reported; its value is still taken as far as it goes.
        var inner = raw.Length >= 2 && raw[^1] == '"' ? raw[1..^1] : raw[1..];
        if (inner.IndexOfAny('"', '\r') < 0) return inner;
        if (buffer.Length < inner.Length) buffer = new char[Math.Max(inner.Length, buffer.Length * 2)];
        int w = 0;
        for (int r = 0; r < inner.Length; r++)
        {
            char c = inner[r];
            if (c == '"' && r + 1 < inner.Length && inner[r + 1] == '"') r++;
            else if (c == '\r' && r + 1 < inner.Length && inner[r + 1] == '\n') { c = '\n'; r++; }
            buffer[w++] = c;
        }
        return buffer.AsSpan(0, w);
    }

    /// <summary>The 1-based line and character column of <paramref name="offset"/> in a row that starts on
    /// <paramref name="rowLine"/>: a row holds line breaks only inside quoted cells.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<char> row, int offset, int rowLine)
    {
        var before = row[..offset];
        int last = before.LastIndexOfAny('\n', '\r');
        if (last < 0) return (rowLine, offset + 1);
        int breaks = 0;
        for (int i = 0; i <= last; i++)
        {
            if (before[i] == '\n') breaks++;
            else if (before[i] == '\r' && (i + 1 >= row.Length || row[i + 1] != '\n')) breaks++;
        }
        return (rowLine + breaks, offset - last);
    }

    /// <summary>Line ends inside a row's text: LF, CRLF and a CR alone each count once.</summary>
    public static int LineBreaks(ReadOnlySpan<char> row)
    {
        int lf = row.Count('\n');
        return row.Contains('\r') ? lf + row.Count('\r') - row.Count("\r\n") : lf;
    }

    /// <summary>The offset of column <paramref name="index"/> in its row: Sep's column spans are slices of the row
    /// (an empty one too, which is why this compares references rather than asking whether the spans overlap).</summary>
    public static int Offset(SepReader.Row row, int index) =>
        (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(row.Span), ref MemoryMarshal.GetReference(row[index].Span)) / sizeof(char));
}
