using System.Globalization;

namespace AnalysisHelpers.TestSupport;

/// <summary>Linux process trees read from /proc, and signals sent to them: to check that no browser outlives a
/// command, and to kill or stop a browser the way a crash or a hang would.</summary>
public static class ProcessTree
{
    private const int SigKill = 9;
    private const int SigStop = 19;

    /// <summary>Every live process whose chain of parents reaches <paramref name="root"/>, with its command name.</summary>
    public static IReadOnlyDictionary<int, string> Descendants(int root)
    {
        var parents = new Dictionary<int, (int Parent, string Name)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat(pid) is { } stat && stat.State != 'Z') parents[pid] = (stat.Parent, stat.Name);
        }

        var result = new Dictionary<int, string>();
        foreach (var (pid, (_, name)) in parents)
        {
            var current = pid;
            // The depth cap guards against a cycle from pids reused while /proc was being read.
            for (var depth = 0; depth < 64 && parents.TryGetValue(current, out var entry); depth++)
            {
                if (entry.Parent == root)
                {
                    result[pid] = name;
                    break;
                }
                current = entry.Parent;
            }
        }
        return result;
    }

    /// <summary>The process and every live process below it.</summary>
    public static IReadOnlyList<int> Of(int root) => [root, .. Descendants(root).Keys];

    /// <summary>True while the process exists and is not a zombie; a zombie has exited and only awaits its reaper.</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { } stat && stat.State != 'Z';

    /// <summary>The process's command line, arguments separated by spaces; empty once it has exited.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>SIGKILL to every process of the tree, the way <c>kill -9</c> on each does.</summary>
    public static void KillTree(int root)
    {
        foreach (var pid in Of(root)) Kill(pid);
    }

    /// <summary>SIGSTOP to every process of the tree: a program that hangs without exiting.</summary>
    public static void StopTree(int root)
    {
        foreach (var pid in Of(root)) _ = Signal(pid, SigStop);
    }

    public static void Kill(int pid) => _ = Signal(pid, SigKill);

    private static (string Name, char State, int Parent)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // exited while being read
        }
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open) return null;
        var fields = text[(close + 2)..].Split(' ');
        return (text[(open + 1)..close], fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);
}
