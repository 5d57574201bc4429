using System.Collections;

namespace AnalysisHelpers.Tables;

/// <summary>A read-only list whose items are made from a table's rows when asked for. The table already holds every
/// value in its typed columns; keeping a record per row as well would hold a million more objects (about 170 MB at a
/// million claims) that most callers never touch. Items are equal by value, not by reference, each time they are
/// made.</summary>
public sealed class RowList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < count; i++) yield return item(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
