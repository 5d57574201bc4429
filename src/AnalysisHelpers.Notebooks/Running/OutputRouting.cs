using System.Text;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Routes console writes and display(...) calls to the collector of the cell running on the
/// current logical thread. Routing by async-local rather than swapping writers per cell means a write from a cell's
/// background task lands in that cell, and a write from outside any cell still reaches the real console.
/// </summary>
internal static class OutputRouting
{
    private static readonly AsyncLocal<CellOutputCollector?> CurrentCollector = new();

    public static CellOutputCollector? Current => CurrentCollector.Value;

    /// <summary>Makes <paramref name="collector"/> the target of console writes on this logical thread.</summary>
    public static void Route(CellOutputCollector collector) => CurrentCollector.Value = collector;

    /// <summary>Installs the routing writers; disposing restores the previous console writers.</summary>
    public static IDisposable InstallConsoleWriters()
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(new RoutingWriter("stdout", originalOut));
        Console.SetError(new RoutingWriter("stderr", originalError));
        return new Restore(originalOut, originalError);
    }

    private sealed class Restore(TextWriter originalOut, TextWriter originalError) : IDisposable
    {
        public void Dispose()
        {
            Console.Out.Flush();
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private sealed class RoutingWriter(string streamName, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null) return;
            if (CurrentCollector.Value is { } collector) collector.Write(streamName, value);
            else fallback.Write(value);
        }

        public override void Flush() => fallback.Flush();
    }
}
