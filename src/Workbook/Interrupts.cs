using System.Runtime.InteropServices;

namespace Workbook;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM into a cancellation, so a run stops between steps, closes its browser and
/// leaves only complete files behind instead of dying mid-write. A second signal is left to the default handler, which
/// ends the process at once for a user who does not want to wait.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    public const string Message = "interrupted; outputs already written are complete";

    /// <summary>128 + signal number, as shells report a process ended by that signal.</summary>
    public const int SigIntExitCode = 130;
    public const int SigTermExitCode = 143;

    private readonly CancellationTokenSource _cancel = new();
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
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _cancel.Dispose();
    }
}
