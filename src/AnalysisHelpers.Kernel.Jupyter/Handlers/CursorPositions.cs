using Microsoft.DotNet.Interactive;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary>
/// Jupyter gives cursor positions as offsets in Unicode code points into the whole cell (protocol 5.2 and later);
/// the engine wants a line and a UTF-16 column. These convert both ways.
/// </summary>
internal static class CursorPositions
{
    public static LinePosition ToLinePosition(string code, int codePointOffset)
    {
        var index = ToUtf16Index(code, codePointOffset);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (code[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, index - lineStart);
    }

    public static int ToCodePointOffset(string code, LinePosition position)
    {
        var index = 0;
        for (var line = 0; line < position.Line && index < code.Length; index++)
        {
            if (code[index] == '\n') line++;
        }

        return ToCodePoints(code, Math.Min(code.Length, index + position.Character));
    }

    public static int ToUtf16Index(string code, int codePointOffset)
    {
        var index = 0;
        for (var n = 0; n < codePointOffset && index < code.Length; n++)
        {
            index += char.IsHighSurrogate(code[index]) && index + 1 < code.Length ? 2 : 1;
        }

        return index;
    }

    public static int ToCodePoints(string code, int utf16Index)
    {
        var count = 0;
        for (var i = 0; i < utf16Index; i++)
        {
            if (!(char.IsLowSurrogate(code[i]) && i > 0 && char.IsHighSurrogate(code[i - 1]))) count++;
        }

        return count;
    }
}
