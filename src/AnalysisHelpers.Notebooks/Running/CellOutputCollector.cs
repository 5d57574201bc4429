using System.Text;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Collects a cell's outputs in the order they happen. Consecutive console writes to the same stream merge into
/// one stream output, as in Jupyter. Thread-safe: a cell may write from tasks it starts.
/// </summary>
internal sealed class CellOutputCollector(MimeBundleFactory mimeBundles)
{
    private readonly Lock gate = new();
    private readonly List<object> outputs = []; // CellOutput, or a StreamBuffer still being written

    public MimeBundleFactory MimeBundles { get; } = mimeBundles;

    public void Add(CellOutput output)
    {
        lock (gate) outputs.Add(output);
    }

    public void Write(string streamName, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (outputs.Count > 0 && outputs[^1] is StreamBuffer last && last.Name == streamName)
            {
                last.Text.Append(text);
            }
            else
            {
                outputs.Add(new StreamBuffer(streamName, new StringBuilder(text)));
            }
        }
    }

    public IReadOnlyList<CellOutput> ToList()
    {
        lock (gate)
        {
            return outputs
                .Select(output => output is StreamBuffer stream ? new StreamOutput(stream.Name, stream.Text.ToString()) : (CellOutput)output)
                .ToList();
        }
    }

    private sealed record StreamBuffer(string Name, StringBuilder Text);
}
