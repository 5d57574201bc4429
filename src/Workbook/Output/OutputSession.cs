using AnalysisHelpers.Export.Files;

namespace Workbook.Output;

/// <summary>A command's hold on its output folder from its first write to its last: the folder's lock (a second
/// command on it is refused), the repair of what a killed command left (a half-done commit, hidden temporary files),
/// and the transaction that makes the command's files appear all at once at <see cref="Commit"/> or not at all.</summary>
internal sealed class OutputSession : IDisposable
{
    private readonly OutputLock _lock;
    private readonly OutputTransaction _transaction;

    private OutputSession(OutputLock held, OutputTransaction transaction)
    {
        _lock = held;
        _transaction = transaction;
    }

    /// <summary>The session, or null after one line on <paramref name="stderr"/> saying why the folder cannot be used.</summary>
    public static OutputSession? Open(string outDirectory, TextWriter stderr)
    {
        var shown = OutputFolder.Shown(Path.GetFullPath(outDirectory));
        OutputLock? held = null;
        try
        {
            held = OutputLock.TryAcquire(outDirectory);
            if (held is null)
            {
                stderr.WriteLine($"{shown}: another workbook command is writing to this folder; nothing was written (wait for it to finish, or choose another --out)");
                return null;
            }
            OutputTransaction.Recover(outDirectory);
            return new OutputSession(held, OutputTransaction.Begin(outDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            held?.Dispose();
            stderr.WriteLine($"{shown}: cannot write to the output folder: {IoReason.Of(e)}; nothing was written");
            return null;
        }
    }

    /// <summary>Puts every file written since <see cref="Open"/> into place together.</summary>
    public void Commit() => _transaction.Commit();

    /// <summary>Without a commit, the folder keeps exactly its previous files.</summary>
    public void Dispose()
    {
        _transaction.Dispose();
        _lock.Dispose();
    }

    /// <summary>The line printed when an output could not be written: the folder was left as it was.</summary>
    public static string WriteFailed(OutputWriteException e) =>
        $"{OutputFolder.Shown(e.FilePath)}: cannot write: {IoReason.Of(e.InnerException ?? e)}; the output folder keeps its previous files";
}
