using System.Diagnostics;
using System.Globalization;

namespace AnalysisHelpers.Export.Tests.Browser;

/// <summary>Real and fake browsers for the failure tests: the installed Chromium (required when CI=1, where .ci/run
/// installs it; elsewhere a test without it skips), shell scripts that stand in for a broken browser, and the process
/// tree of a running browser read from /proc, to kill or stop it as a crash or a hang would.</summary>
internal static class TestBrowsers
{
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    /// <summary>The installed Chromium; fails in CI and skips elsewhere when there is none.</summary>
    public static string RequireChromium()
    {
        RequireLinux();
        var location = BrowserLocator.Find();
        if (location.Found) return location.ExecutablePath!;
        Assert.False(InCi, $"CI installs Chromium (.ci/run); none was found. {location.Message}");
        Assert.Skip($"Needs a Chromium-family browser. {location.Message}");
        return null!;
    }

    /// <summary>Process trees are read from /proc and fake browsers are shell scripts.</summary>
    public static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads process trees from /proc and runs shell scripts as fake browsers; Linux only.");
    }

    /// <summary>An executable shell script in <paramref name="folder"/>.</summary>
    public static string Script(TempFolder folder, string name, string body)
    {
        var path = folder.Combine(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>The process and every live process below it, children first found by their parent in /proc.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat(pid) is { } stat && stat.State != 'Z') parents[pid] = stat.Parent;
        }
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            tree.AddRange(parents.Where(p => p.Value == tree[i] && !tree.Contains(p.Key)).Select(p => p.Key));
        return tree;
    }

    /// <summary>Renderer processes of the browser: those started with <c>--type=renderer</c>.</summary>
    public static IReadOnlyList<int> Renderers(int browser) =>
        Tree(browser).Where(p => CommandLine(p).Contains("--type=renderer", StringComparison.Ordinal)).ToList();

    public static bool IsAlive(int pid) => Stat(pid) is { } stat && stat.State != 'Z';

    /// <summary>SIGKILL to every process of the tree, the way <c>kill -9</c> on each does.</summary>
    public static void KillTree(int root)
    {
        foreach (var pid in Tree(root)) _ = Kill(pid, 9);
    }

    /// <summary>SIGSTOP to every process of the tree: a browser that hangs without exiting.</summary>
    public static void StopTree(int root)
    {
        foreach (var pid in Tree(root)) _ = Kill(pid, 19);
    }

    public static void KillOne(int pid) => _ = Kill(pid, 9);

    private static string CommandLine(int pid)
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

    private static (char State, int Parent)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var close = text.LastIndexOf(')');
        if (close < 0) return null;
        var fields = text[(close + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Awaits <paramref name="task"/> for at most <paramref name="limit"/>: only a hang detector, far above the
    /// time the behaviour needs, which each test prints.</summary>
    public static async Task<(Exception? Error, TimeSpan Elapsed)> Outcome(Task task, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await task.WaitAsync(limit);
            return (null, clock.Elapsed);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"still waiting after {limit.TotalSeconds} s: the wait on the browser is not bounded");
            throw;
        }
        catch (Exception e)
        {
            return (e, clock.Elapsed);
        }
    }
}
