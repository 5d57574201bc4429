using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using nietras.SeparatedValues;

namespace AnalysisHelpers.Tables;

/// <summary>Feeds Sep's rows to a <see cref="TableBuilder"/>, on this thread or, for a large file, on worker threads.
/// Sep splits the rows on this thread (SIMD); batches of whole rows, copied with their cell bounds, go to the workers
/// in order, each batch knowing the index of its first row. Sep's own parallel enumeration was measured first: its
/// ordered PLINQ merge cost about a second of CPU more than this on a million rows, and inside it a row's index and
/// line numbers are relative to its batch (Sep 0.17), so a row could not be placed in its column.</summary>
internal static class RowBatches
{
    private const int RowsPerBatch = 2048;

    public static void ReadHere(SepReader reader, TableBuilder builder)
    {
        var bounds = new int[64];
        int r = 0;
        foreach (var row in reader)
        {
            int n = Bounds(row, ref bounds, 0);
            builder.Add(new CsvRow(row.Span, bounds.AsSpan(0, n)), r++);
        }
    }

    public static void ReadInParallel(SepReader reader, TableBuilder builder, int workers)
    {
        using var stop = new CancellationTokenSource();
        using var full = new BlockingCollection<Batch>(boundedCapacity: workers * 2);
        var free = new ConcurrentBag<Batch>();
        ExceptionDispatchInfo? failure = null;
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in full.GetConsumingEnumerable(stop.Token))
                {
                    batch.AddTo(builder);
                    free.Add(batch);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                stop.Cancel();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        try
        {
            int next = 0;
            var current = Take(free, next);
            foreach (var row in reader)
            {
                current.Append(row);
                if (current.Rows < RowsPerBatch && !current.NearlyFull) continue;
                full.Add(current, stop.Token);
                next += current.Rows;
                current = Take(free, next);
            }
            if (current.Rows > 0) full.Add(current, stop.Token);
        }
        catch (OperationCanceledException) when (failure is not null) { }
        finally
        {
            full.CompleteAdding();
            if (failure is not null) stop.Cancel();
            Task.WaitAll(tasks);
        }
        failure?.Throw();
    }

    private static Batch Take(ConcurrentBag<Batch> free, int firstRow)
    {
        if (!free.TryTake(out var batch)) batch = new Batch();
        batch.Start(firstRow);
        return batch;
    }

    /// <summary>Writes the start and end of each cell, as offsets in the row's text, into <paramref name="bounds"/> from
    /// <paramref name="at"/>; returns how many ints that took.</summary>
    private static int Bounds(SepReader.Row row, ref int[] bounds, int at)
    {
        int n = 2 * row.ColCount;
        if (bounds.Length < at + n) Array.Resize(ref bounds, Math.Max(at + n, bounds.Length * 2));
        for (int p = 0; p < row.ColCount; p++)
        {
            int offset = CsvCells.Offset(row, p);
            bounds[at + 2 * p] = offset;
            bounds[at + 2 * p + 1] = offset + row[p].Span.Length;
        }
        return n;
    }

    /// <summary>Consecutive rows, their text and cell bounds copied out of Sep's buffer.</summary>
    private sealed class Batch
    {
        private char[] _chars = new char[1 << 19];
        private int[] _bounds = new int[RowsPerBatch * 40];
        private readonly int[] _textStart = new int[RowsPerBatch];
        private readonly int[] _boundStart = new int[RowsPerBatch + 1];
        private int _used;
        private int _firstRow;

        public int Rows { get; private set; }

        public bool NearlyFull => _used > _chars.Length / 4 * 3;

        public void Start(int firstRow)
        {
            _firstRow = firstRow;
            _used = 0;
            Rows = 0;
            _boundStart[0] = 0;
        }

        public void Append(SepReader.Row row)
        {
            var text = row.Span;
            if (_chars.Length - _used < text.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
            text.CopyTo(_chars.AsSpan(_used));
            _textStart[Rows] = _used;
            _used += text.Length;
            int at = _boundStart[Rows];
            _boundStart[Rows + 1] = at + Bounds(row, ref _bounds, at);
            Rows++;
        }

        public void AddTo(TableBuilder builder)
        {
            for (int i = 0; i < Rows; i++)
            {
                int end = i + 1 < Rows ? _textStart[i + 1] : _used;
                builder.Add(new CsvRow(_chars.AsSpan(_textStart[i], end - _textStart[i]), _bounds.AsSpan(_boundStart[i], _boundStart[i + 1] - _boundStart[i])), _firstRow + i);
            }
        }
    }
}
