using System.Text;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>
/// A cell's outputs built from the kernel's events, in the order they arrive, as a Jupyter front end builds them:
/// consecutive console writes to one stream merge, and an update of a displayed value replaces it in place.
/// </summary>
internal sealed class CellOutputs(int executionCount)
{
    private readonly List<object> _outputs = []; // CellOutput, or a StreamBuffer still being written
    private readonly Dictionary<string, int> _displayed = new(StringComparer.Ordinal);

    public void Add(CellOutput output) => _outputs.Add(output);

    public void Add(DisplayEvent displayEvent)
    {
        switch (displayEvent)
        {
            case StandardOutputValueProduced:
                Write("stdout", PlainText(displayEvent));
                break;
            case StandardErrorValueProduced:
                Write("stderr", PlainText(displayEvent));
                break;
            case ReturnValueProduced:
                if (Bundle(displayEvent) is { Count: > 0 } result) _outputs.Add(new ExecuteResultOutput(executionCount, result));
                break;
            case DisplayedValueUpdated when displayEvent.ValueId is { } id && _displayed.TryGetValue(id, out var index):
                _outputs[index] = new DisplayDataOutput(Bundle(displayEvent));
                break;
            case DisplayedValueProduced or DisplayedValueUpdated:
                if (displayEvent.ValueId is { } valueId) _displayed[valueId] = _outputs.Count;
                _outputs.Add(new DisplayDataOutput(Bundle(displayEvent)));
                break;
        }
    }

    /// <summary>Characters of one run of console output kept in the notebook.</summary>
    public const int MaxStreamChars = 1024 * 1024;

    public IReadOnlyList<CellOutput> ToList() => _outputs
        .Select(output => output is StreamBuffer stream
            ? new StreamOutput(stream.Name, stream.Text + (stream.Dropped > 0 ? $"\n[{stream.Dropped:N0} more characters not kept]\n" : ""))
            : (CellOutput)output)
        .ToList();

    private void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        if (_outputs.Count == 0 || _outputs[^1] is not StreamBuffer last || last.Name != stream)
        {
            last = new StreamBuffer(stream, new StringBuilder());
            _outputs.Add(last);
        }

        // A flood of console output is kept as its start and a note, so the executed notebook stays readable.
        var room = MaxStreamChars - last.Text.Length;
        if (room > 0) last.Text.Append(text.AsSpan(0, Math.Min(room, text.Length)));
        last.Dropped += Math.Max(0, text.Length - Math.Max(0, room));
    }

    private static string PlainText(DisplayEvent displayEvent) =>
        displayEvent.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value.ReplaceLineEndings("\n") ?? "";

    /// <summary>Mime type to content; values the kernel marks as not for display are left out.</summary>
    private static Dictionary<string, string> Bundle(DisplayEvent displayEvent) => displayEvent.FormattedValues
        .Where(v => !v.SuppressDisplay)
        .GroupBy(v => v.MimeType, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().Value.ReplaceLineEndings("\n"), StringComparer.Ordinal);

    private sealed record StreamBuffer(string Name, StringBuilder Text)
    {
        public long Dropped { get; set; }
    }
}
