namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Runs the C# cells of a notebook in order in one shared Roslyn script state, as the Polyglot Notebooks C# kernel
/// does, and collects their outputs. Markdown cells are kept as they are; any other kernel is an error.
/// </summary>
/// <remarks>
/// Notebooks run one at a time per process, even when <see cref="RunAsync"/> is called concurrently: the working
/// directory and the console writers a notebook sees are process-wide.
/// </remarks>
public sealed class NotebookRunner
{
    private static readonly SemaphoreSlim OneNotebookAtATime = new(1, 1);
    private static readonly TimeSpan MaxCellTimeout = TimeSpan.FromDays(1);

    private readonly PackageCatalog packages;
    private readonly MimeBundleFactory mimeBundles;

    /// <param name="packages">Packages notebooks may reference with <c>#r "nuget: ..."</c>; defaults to <see cref="PackageCatalog.Default"/>.</param>
    /// <param name="mimeProviders">
    /// Tried in order before the built-in formatters for every displayed value and cell result; the first that
    /// returns a bundle (mime type to content) wins. <c>text/plain</c> is added if the bundle lacks it.
    /// </param>
    public NotebookRunner(PackageCatalog? packages = null, IEnumerable<Func<object, IReadOnlyDictionary<string, string>?>>? mimeProviders = null)
    {
        this.packages = packages ?? PackageCatalog.Default;
        mimeBundles = new MimeBundleFactory((mimeProviders ?? []).ToList());
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
    public async Task<NotebookRunResult> RunAsync(Notebook notebook, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new NotebookRunOptions();
        if (options.CellTimeout <= TimeSpan.Zero || options.CellTimeout > MaxCellTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CellTimeout, "CellTimeout must be positive and at most one day");
        }

        if (options.TimeoutGracePeriod < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "TimeoutGracePeriod must not be negative");

        var prepared = Prepare(notebook, options.Parameters);
        await OneNotebookAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var originalDirectory = Directory.GetCurrentDirectory();
        // Resolved before the working directory changes: the notebook's path may be relative to the caller's.
        var notebookDirectory = notebook.Directory;
        try
        {
            Directory.SetCurrentDirectory(notebookDirectory);
            using (OutputRouting.InstallConsoleWriters())
            {
                var execution = new NotebookExecution(notebook, notebookDirectory, prepared, options, packages, mimeBundles);
                return await execution.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(originalDirectory);
            OneNotebookAtATime.Release();
        }
    }

    /// <summary>Prepares every C# cell up front, so parameter errors surface before any cell runs.</summary>
    private static Dictionary<int, PreparedCell> Prepare(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        var prepared = new Dictionary<int, PreparedCell>();
        var parametersBound = false;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Kind != CellKind.CSharp) continue;
            prepared[i] = CellPreparer.Prepare(i + 1, cell, notebook.Path, parametersBound ? null : parameters);
            parametersBound = true;
        }

        if (!parametersBound && parameters.Count > 0)
        {
            throw new NotebookParameterException(
                $"{notebook.Path}: the notebook has no code cell to hold parameters; cannot set {string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))}");
        }

        return prepared;
    }
}
