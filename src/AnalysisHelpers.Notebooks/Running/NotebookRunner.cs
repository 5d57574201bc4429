namespace AnalysisHelpers.Notebooks;

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

    private readonly KernelLaunch launch;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private KernelProcess? idle;

    /// <param name="launch">How to start a kernel process; defaults to the workbook kernel (<see cref="KernelLaunch.Workbook"/>).</param>
    public NotebookRunner(KernelLaunch? launch = null)
    {
        this.launch = launch ?? KernelLaunch.Workbook();
    }

    /// <summary>Starts a kernel process for notebooks in <paramref name="workingDirectory"/> now, so the first notebook
    /// does not wait for it.</summary>
    public async Task WarmUpAsync(string workingDirectory, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            idle ??= await KernelProcess.StartAsync(launch, Path.GetFullPath(workingDirectory), options ?? new NotebookRunOptions(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            oneAtATime.Release();
        }
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
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        KernelProcess? kernel = null;
        try
        {
            kernel = await TakeKernelAsync(notebook.Directory, options, cancellationToken).ConfigureAwait(false);
            var result = await new NotebookExecution(executed, kernel, options).RunAsync(parameters, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded && kernel.IsServing)
            {
                idle = kernel;
                kernel = null;
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

            oneAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (idle is { } kernel)
        {
            idle = null;
            await kernel.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The idle process with a fresh kernel in <paramref name="workingDirectory"/>, else a new process.</summary>
    private async Task<KernelProcess> TakeKernelAsync(string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        if (idle is { } kernel)
        {
            idle = null;
            if (kernel.IsServing && launch.WorkbookExtensions)
            {
                try
                {
                    if (kernel.Used) await kernel.ResetAsync(options.KernelStartTimeout, cancellationToken).ConfigureAwait(false);
                    // Also the fresh kernel's first submission, which sets up its compiler workspace: not the notebook's.
                    await kernel.MoveToAsync(workingDirectory, options.KernelStartTimeout, cancellationToken, force: true).ConfigureAwait(false);
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

        var fresh = await KernelProcess.StartAsync(launch, workingDirectory, options, cancellationToken).ConfigureAwait(false);
        if (fresh.Used) await fresh.ResetAsync(options.KernelStartTimeout, cancellationToken).ConfigureAwait(false);
        if (launch.WorkbookExtensions) await fresh.MoveToAsync(workingDirectory, options.KernelStartTimeout, cancellationToken, force: true).ConfigureAwait(false);
        fresh.Used = true;
        return fresh;
    }
}
