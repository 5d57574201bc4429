using System.ComponentModel;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// The deadline of the cell running on the current logical thread. The runner injects calls to <see cref="Check"/>
/// at the top of every loop body and method body of a cell, so that a runaway loop stops at the deadline.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CellDeadline
{
    private static readonly AsyncLocal<Scope?> Current = new();

    // Number of expired deadlines whose cells may still be running: while it is zero, Check is one memory read.
    private static int expiredCount;

    /// <summary>Throws <see cref="CellTimeoutException"/> if the current cell's deadline has passed.</summary>
    public static void Check()
    {
        if (Volatile.Read(ref expiredCount) == 0) return;
        if (Current.Value is { IsExpired: true } scope) throw new CellTimeoutException(scope.Timeout);
    }

    /// <summary>Makes <paramref name="scope"/> the deadline of the calling logical thread; it flows into tasks the cell starts.</summary>
    internal static void Enter(Scope scope) => Current.Value = scope;

    /// <summary>One cell's deadline; a timer started on creation marks it expired.</summary>
    internal sealed class Scope : IDisposable
    {
        private readonly Lock gate = new();
        private readonly Timer timer;
        private bool expired;
        private bool finished;

        public Scope(TimeSpan timeout)
        {
            Timeout = timeout;
            timer = new Timer(_ => Expire(), null, timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }

        public TimeSpan Timeout { get; }

        public bool IsExpired => Volatile.Read(ref expired);

        /// <summary>Marks the deadline as passed now (also used when the cell is abandoned).</summary>
        public void Expire()
        {
            lock (gate)
            {
                if (expired || finished) return;
                Volatile.Write(ref expired, true);
                Interlocked.Increment(ref expiredCount);
            }
        }

        /// <summary>Called once the cell's code has returned; an abandoned cell is never finished.</summary>
        public void Dispose()
        {
            lock (gate)
            {
                if (finished) return;
                finished = true;
                timer.Dispose();
                if (expired) Interlocked.Decrement(ref expiredCount);
            }
        }
    }
}
