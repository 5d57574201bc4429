namespace AnalysisHelpers.Quantities;

/// <summary>The wording of a figure is not one the parser knows. The parser never guesses.</summary>
public sealed class QuantityFormatException(string text, string reason)
    : FormatException($"cannot read \"{text}\" as a figure: {reason}")
{
    public string Text { get; } = text;
    public string Reason { get; } = reason;
}
