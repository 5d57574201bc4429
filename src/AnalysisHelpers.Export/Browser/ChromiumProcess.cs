using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// A Chromium process this process started, spoken to over the DevTools pipe (<c>--remote-debugging-pipe</c>): the
/// browser reads commands from its file descriptor 3 and writes answers to 4. .NET cannot hand a child descriptors
/// beyond 0 to 2, so the browser is started through <c>/bin/sh</c>, which moves the redirected standard input and output
/// to 3 and 4 and then replaces itself with the browser (the process id is the browser's). The pipe ties the browser's
/// life to this process: when this process ends, however it ends, the pipe closes and the browser quits. A browser that
/// hangs, or a process that must end now, is killed with its children; the start time guards against a reused id.
/// </summary>
internal sealed class ChromiumProcess : IDisposable
{
    private static readonly ConcurrentDictionary<ChromiumProcess, byte> Live = new();

    /// <summary>Moves the pipe to descriptors 3 and 4, then runs the browser ($0) with its arguments.</summary>
    private const string PipeShell = "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null";

    /// <summary>How much of the browser's standard error is kept for a failed start's message.</summary>
    private const int ErrorTailLines = 20;

    private readonly Process _process;
    private readonly DateTime? _started;
    private readonly string _profile;
    private readonly Queue<string> _errorTail = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumProcess(Process process, string profile)
    {
        _process = process;
        _profile = profile;
        _started = StartTimeOf(process);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _exited.TrySetResult();
        if (process.HasExited) _exited.TrySetResult();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errorTail)
            {
                _errorTail.Enqueue(e.Data);
                if (_errorTail.Count > ErrorTailLines) _errorTail.Dequeue();
            }
        };
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>The start time, or null for a process that already exited (it is then never signalled).</summary>
    private static DateTime? StartTimeOf(Process process)
    {
        try
        {
            return process.StartTime;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Commands to the browser (its descriptor 3).</summary>
    public Stream CommandPipe => _process.StandardInput.BaseStream;

    /// <summary>Answers and events from the browser (its descriptor 4).</summary>
    public Stream AnswerPipe => _process.StandardOutput.BaseStream;

    /// <summary>Completes when the process has exited.</summary>
    public Task Exited => _exited.Task;

    /// <summary>
    /// Starts <paramref name="executablePath"/> with <paramref name="arguments"/>, the pipe switch and a private profile
    /// folder, at a lower priority (<see cref="LowPriority"/>). Throws <see cref="BrowserUnavailableException"/> when the
    /// file is no program.
    /// </summary>
    public static ChromiumProcess Start(string executablePath, IEnumerable<string> arguments)
    {
        if (OperatingSystem.IsWindows())
            throw new BrowserUnavailableException(
                $"Could not start the browser at {executablePath}: the DevTools pipe needs /bin/sh, which Windows does not have.");
        if ((File.GetUnixFileMode(executablePath) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) == 0)
            throw new BrowserUnavailableException(NotAProgram(executablePath));

        var profile = Directory.CreateTempSubdirectory("workbook-chromium-").FullName;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PipeShell);
        start.ArgumentList.Add(executablePath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--remote-debugging-pipe");
        start.ArgumentList.Add("--user-data-dir=" + profile);
        start.ArgumentList.Add("about:blank");
        try
        {
            var process = LowPriority.Start(() => Process.Start(start))
                ?? throw new BrowserUnavailableException($"Could not start the browser at {executablePath}: no process was started.");
            var started = new ChromiumProcess(process, profile);
            Live[started] = 0;
            return started;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            DeleteProfile(profile);
            throw new BrowserUnavailableException($"Could not start the browser at {executablePath}: {e.Message}.", e);
        }
    }

    private static string NotAProgram(string executablePath) =>
        $"Could not start the browser at {executablePath}: it is not an executable program (permission denied). Is it Chromium, Chrome or Edge?";

    /// <summary>How a process that ended during its start ended, in words for a one-line message; .NET reports a
    /// process ended by a signal as 128 plus the signal's number, as shells do.</summary>
    public string HowItEnded(string executablePath)
    {
        var code = _process.ExitCode;
        if (code == 126)
            return NotAProgram(executablePath);
        var how = code > 128 && code < 128 + 65
            ? $"it was ended by {SignalName(code - 128)} as it started"
            : string.Create(CultureInfo.InvariantCulture, $"it exited with code {code} as it started");
        var said = LastErrorLine();
        return $"Could not start the browser at {executablePath}: {how}. Is it Chromium, Chrome or Edge?"
               + (said is null ? "" : $" It said: {said}");
    }

    private string? LastErrorLine()
    {
        lock (_errorTail)
            return _errorTail.LastOrDefault(line => !string.IsNullOrWhiteSpace(line))?.Trim();
    }

    private static string SignalName(int number) => number switch
    {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        _ => string.Create(CultureInfo.InvariantCulture, $"signal {number}"),
    };

    /// <summary>Waits up to <paramref name="limit"/> for the process to exit on its own; true when it did.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        try
        {
            await Exited.WaitAsync(limit).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Kills the browser and every process it started, if it still runs.</summary>
    public void Kill()
    {
        try
        {
            if (_started is { } started && !_process.HasExited && StartTimeOf(_process) == started)
                _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Gone already.
        }
    }

    /// <summary>Kills every browser this process started and has not disposed.</summary>
    public static void KillAll()
    {
        foreach (var browser in Live.Keys)
            browser.Kill();
    }

    /// <summary>Kills the process if it still runs and deletes its profile folder.</summary>
    public void Dispose()
    {
        if (!Live.TryRemove(this, out _)) return;
        Kill();
        // The browser writes its profile until it has exited; a kill is immediate but the exit is reported later.
        _process.WaitForExit(500);
        _process.Dispose();
        DeleteProfile(_profile);
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder; the system cleans it up if a file was still held.
        }
    }
}
