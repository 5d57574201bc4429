using System.Collections.Concurrent;
using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>
/// Enforces a <see cref="WriteGuard"/> for one notebook run: a recursive <see cref="FileSystemWatcher"/> on the root
/// records every change outside the allowed folders together with the cell running when it arrived.
/// </summary>
internal sealed class WriteWatch : IDisposable
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static readonly string[] IgnoredFolders = ["bin", "obj"];

    /// <summary>What git itself writes under <c>.git</c> while an editor or a shell prompt runs <c>git status</c> or a
    /// background fetch: the index and its lock, fetched objects and remote refs. Everything else there (config,
    /// hooks, info, local refs, HEAD) is guarded: a line added to <c>.git/config</c> (core.fsmonitor, a filter) runs
    /// a command at the next git call.</summary>
    private static readonly string[] GitOwnWrites = ["index", "index.lock", "FETCH_HEAD", "objects", "refs/remotes", "logs/refs/remotes"];
    private const int PathsShown = 5;

    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly string[] _allowed;
    private readonly ConcurrentQueue<(int Cell, string Path)> _changes = new();
    private int _currentCell;

    private WriteWatch(WriteGuard guard, int firstCell)
    {
        _currentCell = firstCell;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(guard.Root));
        _allowed = guard.Allowed.Select(a => Path.TrimEndingDirectorySeparator(Path.GetFullPath(a))).ToArray();
        SettleTime = guard.SettleTime;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, e) => Record(e.FullPath, WatcherChangeTypes.Created);
        _watcher.Changed += (_, e) => Record(e.FullPath, WatcherChangeTypes.Changed);
        _watcher.Deleted += (_, e) => Record(e.FullPath, WatcherChangeTypes.Deleted);
        _watcher.Renamed += (_, e) =>
        {
            Record(e.OldFullPath, WatcherChangeTypes.Renamed);
            Record(e.FullPath, WatcherChangeTypes.Renamed);
        };
    }

    public TimeSpan SettleTime { get; }

    /// <summary>Starts watching, or returns null when there is no guard, its root does not exist or the notebook has
    /// no code cell (<paramref name="firstCell"/> is 0). Changes are charged to <paramref name="firstCell"/> until a
    /// cell is entered.</summary>
    public static WriteWatch? Start(WriteGuard? guard, int firstCell)
    {
        if (guard is null || firstCell < 1 || !Directory.Exists(guard.Root)) return null;
        var watch = new WriteWatch(guard, firstCell);
        try
        {
            watch._watcher.EnableRaisingEvents = true;
            return watch;
        }
        catch (IOException)
        {
            // The system's limit on watches is reached; the guard is a safety net, so the notebook still runs.
            watch.Dispose();
            return null;
        }
    }

    /// <summary>Changes seen from now on are charged to this cell (1-based, among all cells).</summary>
    public void EnterCell(int number) => Volatile.Write(ref _currentCell, number);

    /// <summary>The failure for the first cell that wrote outside the allowed folders, or null when none did.</summary>
    public FailureReports.Report? Failure(Notebook notebook)
    {
        if (_changes.IsEmpty) return null;
        var all = _changes.ToArray();
        var number = all[0].Cell;
        var paths = all.Where(c => c.Cell == number).Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", paths.Take(PathsShown)) + (paths.Count > PathsShown ? $" (and {paths.Count - PathsShown} more)" : "");
        var message = $"cell {number} wrote outside the output folder: {shown}";
        var line = notebook.Cells.Where(c => c.SourceCellNumber is null).ElementAt(number - 1).StartLine;
        var failure = new CellFailure(notebook.Path, number, line, 1, CellFailureKind.WroteOutsideOutput, message);
        return new FailureReports.Report(failure, new ErrorOutput("WroteOutsideOutput", message, [$"{notebook.Path}:{line}:1: {message}"]));
    }

    public void Dispose() => _watcher.Dispose();

    private void Record(string path, WatcherChangeTypes change)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!IsUnder(full, _root) || IsIgnored(full)) return;
        if (_allowed.Any(a => IsUnder(full, a))) return;
        // Writing inside an allowed folder updates the folder itself and, on some systems, its parents.
        if (change == WatcherChangeTypes.Changed && _allowed.Any(a => IsUnder(a, full))) return;
        _changes.Enqueue((Volatile.Read(ref _currentCell), full));
    }

    private bool IsIgnored(string path)
    {
        var segments = Path.GetRelativePath(_root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var git = Array.IndexOf(segments, ".git");
        if (git >= 0)
        {
            var inside = string.Join('/', segments.Skip(git + 1));
            return GitOwnWrites.Any(w => inside == w || inside.StartsWith(w + "/", StringComparison.Ordinal));
        }
        return segments.Any(segment => IgnoredFolders.Contains(segment, StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    private static bool IsUnder(string path, string folder) =>
        path.Equals(folder, PathComparison)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);
}
