using System.Runtime.InteropServices;

namespace Workbook;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM into a cancellation, so a run stops between steps, closes its browser and
/// leaves only complete files behind instead of dying mid-write. A second signal is left to the default handler, which
/// ends the process at once for a user who does not want to wait. The process always ends within two seconds of the
/// first signal: a step that does not stop within <see cref="HardStop"/> (a wait that ignores cancellation, a browser
/// that does not close) is cut short by killing the browsers and exiting. Files are written to a temporary name and
/// renamed when complete, so even then every output is its old or its new version.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    public const string Message = "interrupted; outputs already written are complete";

    /// <summary>128 + signal number, as shells report a process ended by that signal.</summary>
    public const int SigIntExitCode = 130;
    public const int SigTermExitCode = 143;

    /// <summary>How long the cooperative stop may take before the process ends anyway; below two seconds with room for
    /// the exit itself.</summary>
    public static readonly TimeSpan HardStop = TimeSpan.FromSeconds(1.5);

    private readonly CancellationTokenSource _cancel = new();
    private readonly object _endGate = new();
    private bool _reported;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode;

    private Interrupts()
    {
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, SigIntExitCode)));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, SigTermExitCode)));
    }

    /// <summary>Starts listening for SIGINT and SIGTERM until disposed.</summary>
    public static Interrupts Listen() => new();

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    public bool Requested => Volatile.Read(ref _exitCode) != 0;

    /// <summary>The exit code for the signal received, or 0 when none was.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    private void OnSignal(PosixSignalContext context, int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
            return;
        context.Cancel = true;
        _cancel.Cancel();
        _ = Task.Delay(HardStop).ContinueWith(_ => EndNow(exitCode), TaskScheduler.Default);
    }

    /// <summary>Prints <see cref="Message"/> once: from the command's normal end, or from the hard stop.</summary>
    public void ReportStopped(TextWriter stderr)
    {
        lock (_endGate)
        {
            if (_reported) return;
            _reported = true;
            stderr.WriteLine(Message);
        }
    }

    private void EndNow(int exitCode)
    {
        lock (_endGate)
        {
            // The command ended on its own and is returning its exit code.
            if (_reported) return;
            AnalysisHelpers.Export.Browser.StaticChartRenderer.KillRunningBrowsers();
            _reported = true;
            Console.Error.WriteLine(Message);
            Console.Error.Flush();
            Environment.Exit(exitCode);
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _cancel.Dispose();
    }
}
