using System.Diagnostics;

namespace AnalysisHelpers.TestSupport;

/// <summary>Real and fake browsers for the failure tests: the installed Chromium (required when CI is set, where
/// .ci/run installs it; elsewhere a test without it skips), shell scripts that stand in for a broken browser, and the
/// renderers of a running browser found in its process tree.</summary>
public static class TestBrowsers
{
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    /// <summary>The installed Chromium that the product's <c>BrowserLocator</c> found (<paramref name="executablePath"/>,
    /// null when none, with the locator's <paramref name="message"/>); fails in CI and skips elsewhere when there is none.
    /// The locator is passed in because this project references none of the product's.</summary>
    public static string RequireChromium(string? executablePath, string? message)
    {
        RequireLinux();
        if (executablePath is not null) return executablePath;
        Assert.False(InCi, $"CI installs Chromium (.ci/run); none was found. {message}");
        Assert.Skip($"Needs a Chromium-family browser. {message}");
        return null!;
    }

    /// <summary>Process trees are read from /proc and fake browsers are shell scripts.</summary>
    public static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("Reads process trees from /proc and runs shell scripts as fake browsers; Linux only.");
    }

    /// <summary>An executable shell script <paramref name="name"/> in <paramref name="folder"/>.</summary>
    public static string Script(string folder, string name, string body)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>Renderer processes of the browser: those started with <c>--type=renderer</c>.</summary>
    public static IReadOnlyList<int> Renderers(int browser) =>
        ProcessTree.Of(browser).Where(p => ProcessTree.CommandLine(p).Contains("--type=renderer", StringComparison.Ordinal)).ToList();

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
