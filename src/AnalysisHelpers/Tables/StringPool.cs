using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>Shares one string instance per distinct short value of a column. Columns such as unit, category or
/// source_id repeat a handful of values across millions of rows; pooling them keeps memory proportional to the
/// distinct values. Lookups decode into a stack buffer, so a value already pooled allocates nothing.</summary>
internal sealed class StringPool
{
    private const int MaxChars = 128;
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxChars) return Encoding.UTF8.GetString(utf8);
        Span<char> buffer = stackalloc char[MaxChars];
        int n = Encoding.UTF8.GetChars(utf8, buffer);
        var chars = buffer[..n];
        if (_lookup.TryGetValue(chars, out var existing)) return existing;
        var s = new string(chars);
        if (_pool.Count < MaxEntries) _pool[s] = s;
        return s;
    }
}
