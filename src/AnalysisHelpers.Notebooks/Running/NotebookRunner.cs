using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Engine;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Parameters;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>
/// Runs notebooks headlessly on the workbook kernel, each in a kernel process of its own, as Jupyter and papermill do:
/// a cell that ends its process (Environment.Exit, a stack overflow, the memory limit), prints without end or never
/// stops fails that notebook only. Markdown cells are kept as they are; a kernel the workbook kernel lacks is an error.
/// </summary>
/// <remarks>
/// For speed a process serves several notebooks in turn while it stays healthy: between two notebooks it is asked for
/// a fresh kernel (no variables, references or working folder carried over) and keeps its warm runtime. A process
/// whose notebook failed, timed out or was interrupted is ended, never reused. Notebooks run one at a time per runner.
/// </remarks>
public sealed class NotebookRunner : IAsyncDisposable
{
    private static readonly TimeSpan MaxCellTimeout = TimeSpan.FromDays(1);

    private readonly KernelLaunch _launch;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private KernelProcess? _idle;

    /// <summary>The idle process being readied in the background (started, or reset after a notebook), or null.</summary>
    private Task<KernelProcess?>? _readying;

    /// <summary>Notebooks still to come, the one running excluded; null when not known.</summary>
    private int? _planned;

    /// <param name="launch">How to start a kernel process; defaults to the workbook kernel (<see cref="KernelLaunch.Workbook"/>).</param>
    /// <param name="plannedNotebooks">How many notebooks this runner will be asked to run, if known: a kernel process
    /// then readies no fresh kernel that no notebook would use (one per notebook left when it starts), and none is
    /// readied after the last. More notebooks than planned still run, each on a kernel made when it comes.</param>
    public NotebookRunner(KernelLaunch? launch = null, int? plannedNotebooks = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedNotebooks ?? 0, nameof(plannedNotebooks));
        _launch = launch ?? KernelLaunch.Workbook();
        _planned = plannedNotebooks;
    }

    /// <summary>Starts a kernel process for notebooks in <paramref name="workingDirectory"/> now, in the background, so
    /// the first notebook does not wait for it. The returned task completes when the process is ready; a failure to
    /// start is reported again by the notebook that needs the process.</summary>
    public async Task WarmUpAsync(string workingDirectory, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        Task<KernelProcess?> ready;
        try
        {
            if (_idle is null && _readying is null)
            {
                var directory = Path.GetFullPath(workingDirectory);
                var limits = options ?? new NotebookRunOptions();
                var kernels = KernelsWanted();
                _readying = Task.Run(async () => (KernelProcess?)await KernelProcess.StartAsync(_launch, directory, limits, kernels, _disposing.Token).ConfigureAwait(false), CancellationToken.None);
            }

            ready = _readying ?? Task.FromResult(_idle);
        }
        finally
        {
            _oneAtATime.Release();
        }

        await ready.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses and runs a .dib file.</summary>
    /// <exception cref="DibFormatException">The file is not a valid .dib notebook.</exception>
    /// <exception cref="NotebookParameterException">A parameter override does not fit the parameters cell.</exception>
    public Task<NotebookRunResult> RunFileAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(DibParser.ParseFile(path), options, cancellationToken);

    /// <summary>
    /// Runs the notebook's cells in order and stops at the first failing cell; the cells after it are returned
    /// unexecuted. Failures of cells are reported in the result, not thrown.
    /// </summary>
    /// <exception cref="NotebookParameterException">A parameter override does not fit the parameters cell; no cell has run.</exception>
    /// <exception cref="KernelStartException">No kernel process could be started.</exception>
    public async Task<NotebookRunResult> RunAsync(Notebook notebook, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new NotebookRunOptions();
        if (options.CellTimeout <= TimeSpan.Zero || options.CellTimeout > MaxCellTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CellTimeout, "CellTimeout must be positive and at most one day");
        }

        if (options.TimeoutGracePeriod < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "TimeoutGracePeriod must not be negative");

        var (executed, parameters) = NotebookParameters.Inject(notebook, options.Parameters);
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        KernelProcess? kernel = null;
        try
        {
            try
            {
                kernel = await TakeKernelAsync(notebook.Directory, options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (_planned > 0) _planned--;
            }

            // The next notebook's fresh kernel is made as soon as this one's cells are done: while the write guard waits
            // for late changes (80 ms) and the caller writes this one's outputs. A reset sends only the runner's own
            // commands (Quit, the working folder), none of a notebook, so the guard's wait still sees only this
            // notebook's changes. After the last planned notebook there is no next one (a notebook beyond the plan
            // resets the kernel when it comes).
            var served = kernel;
            Task<KernelProcess?>? reset = null;
            void CellsDone()
            {
                if (_launch.WorkbookExtensions && _planned is not 0 && served.IsServing) reset = ResetInBackground(served, options.KernelStartTimeout);
            }

            NotebookRunResult result;
            try
            {
                result = await new NotebookExecution(executed, kernel, options).RunAsync(parameters, CellsDone, cancellationToken).ConfigureAwait(false);
            }
            catch when (reset is not null)
            {
                kernel = await EndResetAsync(reset, served).ConfigureAwait(false);
                throw;
            }

            if (result.Succeeded && kernel.IsServing)
            {
                if (reset is not null) _readying = reset;
                else if (_launch.WorkbookExtensions && _planned is not 0) _readying = ResetInBackground(kernel, options.KernelStartTimeout);
                else _idle = kernel;
                kernel = null;
            }
            else if (reset is not null)
            {
                // A late change failed the notebook after its kernel was reset; a failed notebook's process is not reused.
                kernel = await EndResetAsync(reset, served).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            if (kernel is not null)
            {
                kernel.Kill();
                await kernel.DisposeAsync().ConfigureAwait(false);
            }

            _oneAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync().ConfigureAwait(false);
        if (Interlocked.Exchange(ref _readying, null) is { } pending)
        {
            try
            {
                _idle ??= await pending.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or KernelStartException)
            {
                // Stopped while starting or resetting: the process was ended there.
            }
        }

        if (_idle is { } kernel)
        {
            _idle = null;
            await kernel.DisposeAsync().ConfigureAwait(false);
        }

        _disposing.Dispose();
    }

    /// <summary>Kernels a process started now would serve: one per notebook not yet begun (at least the one it is
    /// started for), or null when the plan is not known.</summary>
    private int? KernelsWanted() => _planned is { } planned ? Math.Max(planned, 1) : null;

    /// <summary>Ends a process whose reset is under way (interrupted, or its notebook failed late): the process is
    /// killed at once, so the reset fails fast; returns the process if it is still to be disposed, null if the reset
    /// disposed it.</summary>
    private static async Task<KernelProcess?> EndResetAsync(Task<KernelProcess?> reset, KernelProcess served)
    {
        served.Kill();
        return await reset.ConfigureAwait(false);
    }

    /// <summary>A fresh kernel in the process of <paramref name="kernel"/>; null (and the process ended) when it fails.</summary>
    private Task<KernelProcess?> ResetInBackground(KernelProcess kernel, TimeSpan timeout) => Task.Run(async () =>
    {
        try
        {
            await kernel.ResetAsync(timeout, _disposing.Token).ConfigureAwait(false);
            return kernel;
        }
        catch (Exception e) when (e is KernelStartException or OperationCanceledException)
        {
            kernel.Kill();
            await kernel.DisposeAsync().ConfigureAwait(false);
            return (KernelProcess?)null;
        }
    }, CancellationToken.None);

    /// <summary>The idle process with a fresh kernel in <paramref name="workingDirectory"/>, else a new process.</summary>
    private async Task<KernelProcess> TakeKernelAsync(string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        if (_readying is { } pending)
        {
            _readying = null;
            try
            {
                _idle = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (KernelStartException)
            {
                // The background start failed; one more try below reports its own error to this notebook.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Put back for DisposeAsync, which ends the process.
                _readying = pending;
                throw;
            }
        }

        if (_idle is { } kernel)
        {
            _idle = null;
            if (kernel.IsServing && _launch.WorkbookExtensions)
            {
                try
                {
                    if (kernel.Used) await kernel.ResetAsync(options.KernelStartTimeout, cancellationToken).ConfigureAwait(false);
                    await kernel.MoveToAsync(workingDirectory, options.KernelStartTimeout, cancellationToken).ConfigureAwait(false);
                    kernel.Used = true;
                    return kernel;
                }
                catch (KernelStartException)
                {
                    // Start a new one below.
                }
            }

            kernel.Kill();
            await kernel.DisposeAsync().ConfigureAwait(false);
        }

        var fresh = await KernelProcess.StartAsync(_launch, workingDirectory, options, KernelsWanted(), cancellationToken).ConfigureAwait(false);
        fresh.Used = true;
        return fresh;
    }
}
