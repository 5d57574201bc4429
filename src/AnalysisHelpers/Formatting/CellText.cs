using System.Globalization;

namespace AnalysisHelpers.Formatting;

/// <summary>The text of one table cell, culture-independent: numbers in shortest round-trip form, missing values
/// empty.</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        double d => NumberFormat.Number(d),
        float f => NumberFormat.Number(f),
        string s => s,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static bool IsNumeric(Type type) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is >= TypeCode.SByte and <= TypeCode.Decimal;
}
