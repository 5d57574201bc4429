using System.Globalization;

namespace AnalysisHelpers.Export.Tables;

/// <summary>
/// One cell of a <see cref="CsvTable"/>: text, or a number written in invariant culture. Only text is neutralised
/// against spreadsheet formulas, so a negative number stays a number that a spreadsheet can sum.
/// </summary>
public readonly record struct CsvCell
{
    private readonly string? _content;

    private CsvCell(string content, bool isNumber)
    {
        _content = content;
        IsNumber = isNumber;
    }

    /// <summary>The cell as written before quoting: the text as given, or the number's shortest round-trip form.
    /// A default cell is empty text.</summary>
    public string Content => _content ?? string.Empty;

    public bool IsNumber { get; }

    /// <summary>A text cell; null is an empty cell.</summary>
    public static CsvCell Text(string? text) => new(text ?? string.Empty, isNumber: false);

    /// <summary>
    /// A number cell. Null, NaN and infinities are empty cells: CSV has no infinity, and an open bound reads best as
    /// nothing written.
    /// </summary>
    public static CsvCell Number(double? value) =>
        value is double v && double.IsFinite(v)
            ? new(v.ToString("R", CultureInfo.InvariantCulture), isNumber: true)
            : new(string.Empty, isNumber: true);

    public static CsvCell Number(long value) => new(value.ToString(CultureInfo.InvariantCulture), isNumber: true);

    /// <summary>A yes/no cell as <c>true</c>/<c>false</c>; null is empty.</summary>
    public static CsvCell Boolean(bool? value) => Text(value switch { true => "true", false => "false", null => null });

    public static implicit operator CsvCell(string? text) => Text(text);
}
