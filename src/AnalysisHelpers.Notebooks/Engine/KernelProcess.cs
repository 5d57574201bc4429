using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Notebooks.Engine;

/// <summary>
/// A kernel in its own process, driven over the .NET Interactive stdio protocol: command envelopes as JSON lines on
/// its standard input, event envelopes back on its standard output, serialized with the package's own envelope types.
/// </summary>
/// <remarks>
/// Written here rather than taken from <c>StdIoKernelConnector</c> because the runner must own the process: see it
/// exit and with what code, read its standard error (a stack overflow is reported only there), bound what it prints
/// (a line of 200 MB must not become a 200 MB string here) and kill it at a deadline.
/// </remarks>
internal sealed class KernelProcess : IAsyncDisposable
{
    private const int StderrKept = 8 * 1024;

    private readonly Process _process;
    private readonly Channel<KernelEvent> _events = Channel.CreateUnbounded<KernelEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly StringBuilder _stderr = new();
    private readonly Lock _stderrGate = new();
    private readonly long _maxOutputBytes;
    private readonly string _startDirectory;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _outputBytes;
    private int _death;

    private KernelProcess(Process process, string workingDirectory, long maxOutputBytes)
    {
        _process = process;
        _startDirectory = workingDirectory;
        WorkingDirectory = workingDirectory;
        _maxOutputBytes = maxOutputBytes;
    }

    public string WorkingDirectory { get; private set; }

    /// <summary>Whether a notebook has run on the current kernel (a fresh one is needed before the next).</summary>
    public bool Used { get; set; }

    /// <summary>The kernels the process announced in its last KernelReady.</summary>
    public IReadOnlyList<Microsoft.DotNet.Interactive.KernelInfo> KernelInfos { get; private set; } = [];

    /// <summary>Events as they arrive; completes when the process stops serving.</summary>
    public ChannelReader<KernelEvent> Events => _events.Reader;

    /// <summary>Completes when the process has exited.</summary>
    public Task Exited => _exited.Task;

    public KernelDeath Death => (KernelDeath)Volatile.Read(ref _death);

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public bool IsServing => Death == KernelDeath.None && !_process.HasExited;

    /// <summary>The start of what the process wrote to standard error since the last reset.</summary>
    public string StandardError
    {
        get { lock (_stderrGate) return _stderr.ToString(); }
    }

    /// <param name="kernels">For the workbook kernel: how many kernels (notebooks) the process will serve, so that it
    /// builds no spare beyond them; null for no limit.</param>
    public static async Task<KernelProcess> StartAsync(KernelLaunch launch, string workingDirectory, NotebookRunOptions limits, int? kernels, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in launch.Arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--working-dir");
        start.ArgumentList.Add(workingDirectory);
        if (launch.WorkbookExtensions)
        {
            start.ArgumentList.Add("--reset-on-quit");
            start.ArgumentList.Add("--no-plotly-js");
            // The runner asks for no completions: a smaller Roslyn workspace, 0.4 to 0.8 s less CPU before the first cell.
            start.ArgumentList.Add("--no-language-services");
            if (kernels is { } count)
            {
                start.ArgumentList.Add("--kernels");
                start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        start.Environment["DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // A crash is reported from its standard error; a core dump of a multi-gigabyte heap helps nobody here.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        if (limits.MemoryLimitBytes is { } memory)
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + memory.ToString("X", System.Globalization.CultureInfo.InvariantCulture);

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var kernel = new KernelProcess(process, workingDirectory, limits.MaxOutputBytes);
        process.Exited += (_, _) => kernel.OnExited();
        process.ErrorDataReceived += (_, e) => kernel.OnStandardError(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        _ = Task.Run(kernel.ReadEventsAsync, CancellationToken.None);
        try
        {
            await kernel.WaitForReadyAsync(limits.KernelStartTimeout, cancellationToken).ConfigureAwait(false);
            if (launch.WorkbookExtensions)
            {
                // The first submission of a process compiles Roslyn itself; pay that now, not in a notebook's first cell
                // (where it would count against the cell's timeout). The kernel is replaced by a fresh one before use.
                // That submission leaves no state a notebook could see (no variable, reference or using; the folder is
                // the one the process started in), so the kernel counts as fresh: the first notebook needs no reset.
                await kernel.MoveToAsync(workingDirectory, limits.KernelStartTimeout, cancellationToken, force: true).ConfigureAwait(false);
            }
        }
        catch
        {
            // A start that failed or was cancelled (Ctrl+C) ends the process now: the 2 s grace of a normal dispose
            // would use up all the time a signal gives the command to stop.
            kernel.Kill();
            await kernel.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return kernel;
    }

    public async Task SendAsync(KernelCommand command)
    {
        var line = KernelCommandEnvelope.Serialize(KernelCommandEnvelope.Create(command));
        try
        {
            await _process.StandardInput.WriteAsync(line + "\n").ConfigureAwait(false);
            await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The process is gone; its exit is reported through Events.
        }
    }

    /// <summary>Asks the workbook kernel for a fresh kernel (new state, working folder restored) in the same process,
    /// and makes its first submission, which sets up its compiler workspace (so that no notebook cell pays for it).</summary>
    public async Task ResetAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        lock (_stderrGate) _stderr.Clear();
        Interlocked.Exchange(ref _outputBytes, 0);
        await SendAsync(new Quit()).ConfigureAwait(false);
        await WaitForReadyAsync(timeout, cancellationToken).ConfigureAwait(false);
        // The fresh kernel starts where the process started.
        WorkingDirectory = _startDirectory;
        await MoveToAsync(_startDirectory, timeout, cancellationToken, force: true).ConfigureAwait(false);
        Used = false;
    }

    /// <summary>Makes <paramref name="folder"/> the working folder of the (fresh) kernel, as <c>--working-dir</c>
    /// would have: the C# kernel resolves <c>#r</c> paths against the current folder at each submission.</summary>
    public async Task MoveToAsync(string folder, TimeSpan timeout, CancellationToken cancellationToken, bool force = false)
    {
        if (folder == WorkingDirectory && !force) return;
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(folder, quote: true);
        var command = new SubmitCode($"System.IO.Directory.SetCurrentDirectory({literal});", "csharp");
        var token = command.GetOrCreateToken();
        await SendAsync(command).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (await _events.Reader.WaitToReadAsync(deadline.Token).ConfigureAwait(false))
        {
            while (_events.Reader.TryRead(out var e))
            {
                if (e is CommandSucceeded && e.Command?.GetOrCreateToken() == token)
                {
                    WorkingDirectory = folder;
                    return;
                }

                if (e is CommandFailed failed && e.Command?.GetOrCreateToken() == token)
                    throw new KernelStartException($"the kernel could not move to {folder}: {failed.Message}");
            }
        }

        throw new KernelStartException($"the kernel process ended before it could move to {folder}");
    }

    public void Kill(KernelDeath reason = KernelDeath.Killed)
    {
        Interlocked.CompareExchange(ref _death, (int)reason, (int)KernelDeath.None);
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // End of input ends the server; a kernel that does not stop at once is killed.
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        try
        {
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private async Task WaitForReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (await _events.Reader.WaitToReadAsync(deadline.Token).ConfigureAwait(false))
            {
                while (_events.Reader.TryRead(out var e))
                {
                    if (e is KernelReady ready)
                    {
                        KernelInfos = ready.KernelInfos;
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            throw new KernelStartException($"the kernel did not report ready within {timeout.TotalSeconds:0} s{StderrSuffix()}");
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        throw new KernelStartException($"the kernel process ended before it was ready (exit code {ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}){StderrSuffix()}");
    }

    private string StderrSuffix() => StandardError.Trim() is { Length: > 0 } text ? ": " + text.Split('\n')[0].Trim() : "";

    /// <summary>Reads the event lines, never holding more than the output budget, until the process stops serving.</summary>
    private async Task ReadEventsAsync()
    {
        var stream = _process.StandardOutput.BaseStream;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await stream.ReadAsync(buffer).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    break;
                }
                catch (ObjectDisposedException)
                {
                    break;
                }

                if (read == 0) break;
                if (Interlocked.Add(ref _outputBytes, read) > _maxOutputBytes)
                {
                    Kill(KernelDeath.OutputLimit);
                    break;
                }

                var span = buffer.AsSpan(0, read);
                while (span.Length > 0)
                {
                    var newline = span.IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        line.Write(span);
                        break;
                    }

                    line.Write(span[..newline]);
                    Dispatch(line.WrittenSpan);
                    line.ResetWrittenCount();
                    span = span[(newline + 1)..];
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            await _process.WaitForExitAsync().ConfigureAwait(false);
            Interlocked.CompareExchange(ref _death, (int)KernelDeath.Exited, (int)KernelDeath.None);
            _events.Writer.TryComplete();
        }
    }

    private void Dispatch(ReadOnlySpan<byte> line)
    {
        line = line.TrimEnd((byte)'\r');
        // Anything but an envelope (a stray write to standard output) is not protocol; skip it.
        if (line.IsEmpty || line[0] != (byte)'{') return;
        KernelEvent? kernelEvent;
        try
        {
            kernelEvent = KernelEventEnvelope.Deserialize(Encoding.UTF8.GetString(line)).Event;
        }
        catch (Exception)
        {
            // A command envelope (the kernel asking its client something) or an event type this client does not know.
            return;
        }

        if (kernelEvent is not null) _events.Writer.TryWrite(kernelEvent);
    }

    private void OnStandardError(string? data)
    {
        if (data is null) return;
        lock (_stderrGate)
        {
            if (_stderr.Length < StderrKept) _stderr.Append(data.Length > StderrKept ? data[..StderrKept] : data).Append('\n');
        }
    }

    private void OnExited() => _exited.TrySetResult();
}

/// <summary>The kernel process could not be started or did not report ready.</summary>
public sealed class KernelStartException(string message) : Exception(message);
