using System.Globalization;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Runs a cell's code on a dedicated background thread under a deadline. Loops stop at the deadline through the
/// injected checks; code that still does not return (blocked in a native call, say) is abandoned after a grace period.
/// </summary>
internal static class CellThread
{
    // Analysis code recurses over nested data; give it more room than the default thread stack.
    private const int StackSize = 16 * 1024 * 1024;

    public sealed record Outcome(object? Value, Exception? Exception, bool TimedOut, bool Abandoned);

    public static async Task<Outcome> RunAsync(Func<object?> body, CellOutputCollector collector, TimeSpan timeout, TimeSpan gracePeriod)
    {
        var completion = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var deadline = new CellDeadline.Scope(timeout);
        var thread = new Thread(
            () =>
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                OutputRouting.Route(collector);
                CellDeadline.Enter(deadline);
                Outcome outcome;
                try
                {
                    var value = body();
                    outcome = new Outcome(value, null, deadline.IsExpired, false);
                }
                catch (Exception exception)
                {
                    outcome = new Outcome(null, exception, deadline.IsExpired || IsTimeout(exception), false);
                }
                finally
                {
                    deadline.Dispose();
                }

                completion.TrySetResult(outcome);
            },
            StackSize)
        {
            IsBackground = true,
            Name = "notebook cell",
        };
        thread.Start();

        using var stopWaiting = new CancellationTokenSource();
        var limit = Task.Delay(timeout + gracePeriod, stopWaiting.Token);
        if (await Task.WhenAny(completion.Task, limit).ConfigureAwait(false) == completion.Task)
        {
            await stopWaiting.CancelAsync().ConfigureAwait(false);
            return await completion.Task.ConfigureAwait(false);
        }

        // The thread keeps its expired deadline, so any loop it reaches later still stops.
        deadline.Expire();
        return new Outcome(null, null, true, true);
    }

    private static bool IsTimeout(Exception exception) => exception switch
    {
        CellTimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTimeout),
        { InnerException: { } inner } => IsTimeout(inner),
        _ => false,
    };
}
