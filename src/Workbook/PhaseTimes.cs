using System.Diagnostics;
using System.Globalization;

namespace Workbook;

/// <summary>With <c>WORKBOOK_TIMINGS=1</c>, writes one line per phase of a command to stderr: the phase's own time and
/// the time since the process started (which includes the runtime's start-up before <c>Main</c>). Off by default; it
/// exists to measure where a run goes (bench/README.md).</summary>
internal static class PhaseTimes
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("WORKBOOK_TIMINGS") is "1" or "true";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly Lock Gate = new();
    private static TimeSpan Last;

    /// <summary>Milliseconds from the process start to the first call of this class (runtime start-up, host, JIT of
    /// <c>Main</c>).</summary>
    private static readonly double StartupMs = Enabled ? (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds : 0;

    /// <summary>Records the end of a phase that began at the previous mark.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled) return;
        lock (Gate)
        {
            var now = Clock.Elapsed;
            var own = now - Last;
            Last = now;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[timing] {phase,-34} {own.TotalMilliseconds,8:0} ms   (at {StartupMs + now.TotalMilliseconds,7:0} ms)"));
        }
    }

    /// <summary>Records a phase that ran alongside the others (such as the browser starting in the background).</summary>
    public static void Note(string phase, TimeSpan took)
    {
        if (!Enabled) return;
        lock (Gate)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[timing] {phase,-34} {took.TotalMilliseconds,8:0} ms   (at {StartupMs + Clock.Elapsed.TotalMilliseconds,7:0} ms, in parallel)"));
        }
    }

    /// <summary>Starts the clock; the first mark then also reports the start-up before <c>Main</c>.</summary>
    public static void Start()
    {
        if (!Enabled) return;
        lock (Gate)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[timing] {"process start to Main",-34} {StartupMs,8:0} ms   (at {StartupMs,7:0} ms)"));
            Last = Clock.Elapsed;
        }
    }
}
