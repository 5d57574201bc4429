using System.Diagnostics;

namespace AnalysisHelpers.Kernel.Jupyter.Tests.Support;

/// <summary>
/// The clients written by others that these tests drive: Debian's python3 with jupyter_client, nbclient/nbconvert and
/// the classic notebook, and Chromium. In CI (<c>CI=1</c>, where .ci/run installs them) a missing one fails the test;
/// elsewhere the test is skipped, saying what is missing.
/// </summary>
internal static class ExternalTools
{
    public static string Python => Environment.GetEnvironmentVariable("WORKBOOK_TEST_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";

    public static string Chromium => Environment.GetEnvironmentVariable("WORKBOOK_BROWSER") is { Length: > 0 } b ? b : "/usr/bin/chromium";

    private static readonly Lazy<string?> PythonProblem = new(() => Probe(Python, "import jupyter_client, nbclient, nbconvert, notebook, zmq"));

    public static bool InCi => Environment.GetEnvironmentVariable("CI") is "1" or "true";

    /// <summary>Skips (or in CI fails) unless python3 with the Jupyter packages is there.</summary>
    public static void RequirePython()
    {
        if (PythonProblem.Value is { } problem) Missing($"{Python} with jupyter_client, nbclient, nbconvert and notebook: {problem}");
    }

    public static void RequireChromium()
    {
        RequirePython();
        if (!File.Exists(Chromium)) Missing($"Chromium at {Chromium} (set WORKBOOK_BROWSER to another)");
    }

    private static void Missing(string what)
    {
        const string install = "apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert jupyter-notebook chromium";
        if (InCi) Assert.Fail($"CI=1 but this test's client is missing: {what}. .ci/run installs it ({install}).");
        Assert.Skip($"Needs {what}; install with {install} (CI=1 makes this a failure).");
    }

    private static string? Probe(string python, string code)
    {
        if (!File.Exists(python)) return "not found";
        try
        {
            var result = ProcessRunner.Run(python, ["-c", code], null, new Dictionary<string, string>(), TimeSpan.FromSeconds(60));
            return result.ExitCode == 0 ? null : result.StdErr.Trim();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return e.Message;
        }
    }
}

public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed)
{
    public string Both => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

internal static class ProcessRunner
{
    /// <summary>Runs to completion; a process still running at the limit is killed with its children and fails.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> args, string? workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{file} {string.Join(' ', args)} still running after {limit.TotalSeconds} s\n--- stdout\n{stdout.Result}\n--- stderr\n{stderr.Result}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }
}
