using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Dib;

/// <summary>Parses the Polyglot Notebooks <c>.dib</c> text format.</summary>
/// <remarks>
/// Written here rather than taken from Microsoft.DotNet.Interactive.Documents (<c>CodeSubmission.Parse</c>, which
/// VS Code's serializer uses): the runner reports every failure as <c>notebook:line:column</c>, so it needs the line
/// each cell starts on and a located error for a malformed <c>#!meta</c>, and the package gives neither (cells carry no
/// position; bad metadata is a bare JSON exception). The notebooks' tests read them with both and with the package's
/// writer, which must give the files back unchanged (tests/AnalysisHelpers.Kernel.Tests/VSCodeSaveTests).
/// </remarks>
public static class DibParser
{
    private const string MetaKernel = "meta";

    /// <summary>Reads and parses a .dib file.</summary>
    public static Notebook ParseFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// Parses .dib text. <paramref name="path"/> is recorded in the notebook and used in error messages.
    /// </summary>
    /// <exception cref="DibFormatException">The <c>#!meta</c> cell is not valid kernel metadata.</exception>
    public static Notebook Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);

        var lines = SplitLines(text);
        var index = 0;
        while (index < lines.Length && IsBlank(lines[index])) index++;

        var kernelInfo = KernelInfo.CSharpDefault;
        if (index < lines.Length && SeparatorName(lines[index]) == MetaKernel)
        {
            // JSON never has a line starting with "#!", so the meta body ends at the next such line,
            // before the kernel names it declares are known.
            var end = index + 1;
            while (end < lines.Length && SeparatorName(lines[end]) is null) end++;
            var (bodyStart, body) = TrimmedBody(lines, index + 1, end);
            kernelInfo = KernelInfoJson.Parse(body, path, bodyStart);
            index = end;
        }

        var kernels = new KernelNames(kernelInfo);
        var cells = new List<NotebookCell>();
        var cellKernel = kernelInfo.DefaultKernelName;
        var cellBodyStart = index;
        // Text before the first separator is a cell of the default kernel, but only if it says something.
        var isImplicitCell = true;
        for (var i = index; i <= lines.Length; i++)
        {
            var name = i < lines.Length ? SeparatorName(lines[i]) : null;
            var isSeparator = name is not null && kernels.KindOf(name) is not null;
            if (i < lines.Length && !isSeparator) continue;

            var (start, body) = TrimmedBody(lines, cellBodyStart, i);
            if (!isImplicitCell || body.Length > 0)
            {
                cells.Add(new NotebookCell(kernels.KindOf(cellKernel) ?? CellKind.Other, cellKernel, body, start));
            }

            if (isSeparator)
            {
                cellKernel = name!;
                cellBodyStart = i + 1;
                isImplicitCell = false;
            }
        }

        return new Notebook(path, kernelInfo, cells);
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r')) lines[i] = lines[i][..^1];
        }

        // A final newline ends the last line; it does not start another one.
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    /// <summary>The name after <c>#!</c> when the whole line is <c>#!name</c>, else null.</summary>
    private static string? SeparatorName(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.Length == 2) return null;
        var name = trimmed[2..];
        return name.Any(char.IsWhiteSpace) ? null : name;
    }

    /// <summary>Lines [from, to) without leading/trailing blank lines, with the 1-based line of the first kept line.</summary>
    private static (int StartLine, string Body) TrimmedBody(string[] lines, int from, int to)
    {
        var first = from;
        var last = to - 1;
        while (first <= last && IsBlank(lines[first])) first++;
        while (last >= first && IsBlank(lines[last])) last--;
        if (first > last) return (from + 1, "");
        return (first + 1, string.Join('\n', lines[first..(last + 1)]));
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);
}
