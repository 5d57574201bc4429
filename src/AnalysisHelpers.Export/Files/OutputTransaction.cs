using System.Collections.Concurrent;
using System.Text.Json;

namespace AnalysisHelpers.Export.Files;

/// <summary>
/// Makes one command's outputs in a folder appear together or not at all. While a transaction is open on a folder,
/// every <see cref="AtomicFile"/> write under it stops at its hidden temporary file and every
/// <see cref="AtomicFile.Delete"/> is held back; <see cref="Commit"/> then renames them all into place. A failure
/// before that (a full disk, a failed check, Ctrl+C) leaves the folder exactly as it was, old manifest included.
/// </summary>
/// <remarks>
/// The writers (tables, charts, report, notebooks) keep calling <see cref="AtomicFile"/> as before: the transaction is
/// found by the target's folder, so none of them needs to know about it. Commit writes a journal of its renames first,
/// so a process killed in the middle of them (kill -9) is completed by <see cref="Recover"/> on the next command, and
/// the folder is again exactly the new set with its manifest. Renames need no free space, so a full disk cannot stop
/// a commit halfway.
/// </remarks>
public sealed class OutputTransaction : IDisposable
{
    public const string JournalName = ".workbook-commit.json";

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static readonly ConcurrentDictionary<string, OutputTransaction> Open = new(
        OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    private readonly object _gate = new();
    private readonly Dictionary<string, string> _staged = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _deleted = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    private bool _done;

    private OutputTransaction(string root) => Root = root;

    /// <summary>The folder whose writes are held back.</summary>
    public string Root { get; }

    /// <summary>Opens a transaction on <paramref name="folder"/>. One at a time per folder in a process; the caller
    /// holds the folder's <see cref="OutputLock"/> against other processes.</summary>
    public static OutputTransaction Begin(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var transaction = new OutputTransaction(root);
        if (!Open.TryAdd(root, transaction))
            throw new InvalidOperationException($"{root}: a transaction is already open on this folder");
        return transaction;
    }

    /// <summary>The open transaction whose folder holds <paramref name="fullPath"/>, if any.</summary>
    internal static OutputTransaction? Covering(string fullPath)
    {
        if (Open.IsEmpty) return null;
        foreach (var (root, transaction) in Open)
            if (fullPath.StartsWith(root + Path.DirectorySeparatorChar, PathComparison))
                return transaction;
        return null;
    }

    /// <summary>Where the content <paramref name="fullPath"/> will have after the commit is now: its temporary file
    /// when written in an open transaction, null when deleted in one, else the path itself.</summary>
    public static string? ContentPath(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        if (Covering(full) is not { } transaction) return full;
        lock (transaction._gate)
        {
            if (transaction._staged.TryGetValue(full, out var temp)) return temp;
            return transaction._deleted.Contains(full) ? null : full;
        }
    }

    /// <summary>Takes the finished temporary file <paramref name="temp"/> as the next content of <paramref name="target"/>.</summary>
    internal void Stage(string target, string temp)
    {
        string? replaced;
        lock (_gate)
        {
            if (_done) throw new InvalidOperationException($"{Root}: the transaction is already finished");
            _staged.TryGetValue(target, out replaced);
            _staged[target] = temp;
            _deleted.Remove(target);
        }
        if (replaced is not null) AtomicFile.TryDelete(replaced);
    }

    internal void StageDelete(string target)
    {
        string? replaced;
        lock (_gate)
        {
            if (_done) throw new InvalidOperationException($"{Root}: the transaction is already finished");
            if (_staged.Remove(target, out replaced)) { }
            _deleted.Add(target);
        }
        if (replaced is not null) AtomicFile.TryDelete(replaced);
    }

    /// <summary>Puts every held-back write and delete into place. The journal written first lets <see cref="Recover"/>
    /// finish the job if the process dies before it is done.</summary>
    public void Commit()
    {
        Journal journal;
        List<string> temps;
        lock (_gate)
        {
            if (_done) throw new InvalidOperationException($"{Root}: the transaction is already finished");
            _done = true;
            temps = _staged.Values.ToList();
            journal = new Journal(
                _staged.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Rename(Path.GetRelativePath(Root, p.Value), Path.GetRelativePath(Root, p.Key))).ToList(),
                _deleted.Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(Root, p)).ToList());
        }
        Open.TryRemove(new KeyValuePair<string, OutputTransaction>(Root, this));
        var journalPath = Path.Combine(Root, JournalName);
        try
        {
            AtomicFile.WriteAllText(journalPath, JsonSerializer.Serialize(journal));
        }
        catch
        {
            Discard(temps);
            throw;
        }
        Apply(Root, journal);
        File.Delete(journalPath);
    }

    /// <summary>Throws away everything not committed: the folder keeps its previous content.</summary>
    public void Dispose()
    {
        List<string>? temps = null;
        lock (_gate)
        {
            if (!_done)
            {
                _done = true;
                temps = _staged.Values.ToList();
            }
        }
        Open.TryRemove(new KeyValuePair<string, OutputTransaction>(Root, this));
        if (temps is not null) Discard(temps);
    }

    /// <summary>Run before a command writes into <paramref name="folder"/> (holding its lock): completes a commit a
    /// killed process left halfway, then removes the hidden temporary files of writes that never finished. Returns the
    /// number of leftovers removed.</summary>
    public static int Recover(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(root)) return 0;
        var journalPath = Path.Combine(root, JournalName);
        if (File.Exists(journalPath))
        {
            Journal? journal = null;
            try
            {
                journal = JsonSerializer.Deserialize<Journal>(File.ReadAllText(journalPath));
            }
            catch (JsonException)
            {
                // A journal is written atomically, so an unreadable one was never the start of a commit.
            }
            if (journal is not null) Apply(root, journal);
            File.Delete(journalPath);
        }
        int removed = 0;
        foreach (var leftover in Directory.EnumerateFiles(root, ".*.tmp", SearchOption.AllDirectories))
        {
            if (!AtomicFile.IsTemporaryName(Path.GetFileName(leftover))) continue;
            File.Delete(leftover);
            removed++;
        }
        return removed;
    }

    private static void Apply(string root, Journal journal)
    {
        foreach (var rename in journal.Renames)
        {
            var temp = Path.Combine(root, rename.Temp);
            // Already moved when an earlier, interrupted commit got this far.
            if (File.Exists(temp)) File.Move(temp, Path.Combine(root, rename.Target), overwrite: true);
        }
        foreach (var deleted in journal.Deletes)
            File.Delete(Path.Combine(root, deleted));
    }

    private static void Discard(IEnumerable<string> temps)
    {
        foreach (var temp in temps) AtomicFile.TryDelete(temp);
    }

    private sealed record Rename(string Temp, string Target);
    private sealed record Journal(List<Rename> Renames, List<string> Deletes);
}
