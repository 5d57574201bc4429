using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// Starts processes at a lower scheduling priority (nice 10 on Linux): the export's browser, whose helper processes
/// inherit it. While <c>workbook run</c> exports, the notebooks' kernel process is what the run waits for, and the
/// charts have time to spare (bench/README.md); on a machine with idle cores the priority changes nothing.
/// </summary>
/// <remarks>
/// Linux keeps a nice value per thread, and a new process inherits the value of the thread that started it. The start
/// therefore runs on a short-lived thread of its own whose value is raised first (a thread may lower its priority,
/// never raise it back), so no thread of this process is slowed. Elsewhere, or when the call is refused, processes
/// start at the normal priority: the priority is for speed only.
/// </remarks>
internal static class LowPriority
{
    private const int PrioProcess = 0;
    private const int NiceValue = 10;

    public static T Start<T>(Func<T> start)
    {
        if (!OperatingSystem.IsLinux()) return start();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                _ = SetPriority(PrioProcess, GetThreadId(), NiceValue);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An unusual C library: start at the normal priority.
            }

            try
            {
                result = start();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        { IsBackground = true, Name = "low-priority start" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    // DllImport rather than LibraryImport: two calls with int arguments need no marshalling, and LibraryImport would
    // require unsafe code in this project.
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
