using System.Globalization;
using System.Text;

namespace Workbook;

/// <summary>Text from data, notebooks and file names reaches the terminal only with its control characters written out
/// (<c>\x1b</c>, <c>\u202e</c>): an escape sequence in a CSV cell must not recolour, retitle or rewrite the user's
/// terminal, and a bidirectional override must not make a printed line read differently from what it holds. Line
/// breaks and tabs pass, as every message uses them.</summary>
internal static class TerminalText
{
    public static bool NeedsEscape(char c) =>
        (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c is '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAnyExcept(SafeCharacters.Value);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c)) builder.Append(c);
            else if (c <= 0xFF) builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    // Everything but the escaped characters, searched with the vectorised IndexOfAnyExcept: most lines have none.
    private static readonly Lazy<System.Buffers.SearchValues<char>> SafeCharacters = new(() =>
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !NeedsEscape(c)).ToArray()));
}

/// <summary>Console.Out and Console.Error for the commands: every write goes through <see cref="TerminalText.Escape"/>.
/// The live progress display writes its own control sequences on the raw stream (Progress/LiveProgress).</summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;
    public override IFormatProvider FormatProvider => inner.FormatProvider;
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine { get => inner.NewLine; set => inner.NewLine = value; }

    public override void Write(char value)
    {
        if (TerminalText.NeedsEscape(value)) inner.Write(TerminalText.Escape(value.ToString()));
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(TerminalText.Escape(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
