using System.Text;
using AnalysisHelpers.Export.Files;

namespace AnalysisHelpers.Export.Tables;

/// <summary>
/// Writes tables as RFC 4180 CSV for analysts: UTF-8 without a byte order mark, CRLF line ends, a header row, and a
/// cell quoted only when it holds a comma, quote, CR or LF. A text cell that a spreadsheet would run as a formula
/// (starting with tab or CR, or with =, +, -, @ or a full-width look-alike after any blanks) gets a leading
/// apostrophe, so a hostile claim cannot execute when the file is opened; number cells are written as plain invariant
/// numbers.
/// </summary>
public static class CsvTableWriter
{
    private const string LineEnd = "\r\n";

    /// <summary>The CSV text of <paramref name="table"/>.</summary>
    public static string ToCsv(CsvTable table)
    {
        Validate(table);
        var csv = new StringBuilder();
        AppendRow(csv, table.Columns.Select(CsvCell.Text).ToList());
        foreach (var row in table.Rows)
            AppendRow(csv, row);
        return csv.ToString();
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, CsvTable table) => AtomicFile.WriteAllText(path, ToCsv(table));

    /// <summary>One cell as it appears in the file: neutralised if it is text, then quoted if needed.</summary>
    public static string Field(CsvCell cell)
    {
        var content = cell.IsNumber ? cell.Content : Neutralise(cell.Content);
        return NeedsQuotes(content) ? "\"" + content.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : content;
    }

    /// <summary>Prefixes an apostrophe to text that starts like a formula (see <see cref="StartsLikeFormula"/>), as
    /// OWASP advises for CSV exports.</summary>
    public static string Neutralise(string text) => StartsLikeFormula(text) ? "'" + text : text;

    /// <summary>
    /// True when a spreadsheet could read <paramref name="text"/> as a formula: it starts with a tab or CR, or its first
    /// character that is not blank is <c>= + - @</c> or one of their full-width or small-form look-alikes
    /// (<c>＝＋－＠</c>, <c>﹦﹢﹣﹫</c>), which East Asian input methods type and spreadsheets accept as the same
    /// operators. Blank means any Unicode white space (space, NBSP, ideographic space, line breaks), format character
    /// (BOM, zero-width space and joiners, bidi marks) or control character: spreadsheets skip some of these before a
    /// formula and which ones differs between them and their versions, so every one is skipped.
    /// </summary>
    public static bool StartsLikeFormula(string text)
    {
        if (text.Length == 0) return false;
        if (text[0] is '\t' or '\r') return true;
        foreach (var c in text)
        {
            if (IsBlank(c)) continue;
            return c is '=' or '+' or '-' or '@'
                or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20'
                or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B';
        }
        return false;
    }

    private static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c)
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static bool NeedsQuotes(string content) => content.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    private static void AppendRow(StringBuilder csv, IReadOnlyList<CsvCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Field(cells[i]));
        }
        csv.Append(LineEnd);
    }

    private static void Validate(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns is null || table.Columns.Count == 0 || table.Columns.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("A CSV table needs at least one column and a name for each.", nameof(table));
        ArgumentNullException.ThrowIfNull(table.Rows, "table.Rows");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i] is not { } row || row.Count != table.Columns.Count)
                throw new ArgumentException(
                    $"Row {i} has {table.Rows[i]?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} cells; the table has {table.Columns.Count} columns.",
                    nameof(table));
        }
    }
}
