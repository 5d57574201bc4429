using System.Diagnostics;

namespace Workbook.Tests.Output;

/// <summary>A real small file system (tmpfs) mounted for one test, so a full disk and a read-only folder are the
/// system's own, not simulated. Mounting needs root on Linux and a container that lets root mount (CAP_SYS_ADMIN); where
/// it cannot, the test is skipped saying why, since that is the machine's limit, not the workbook's. Set
/// WORKBOOK_REQUIRE_MOUNT=1 to make a failed mount fail the test instead.</summary>
internal sealed class ScratchMount : IDisposable
{
    private ScratchMount(string path) => Path = path;

    public string Path { get; }

    public static ScratchMount Create(string sizeOption)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workbook-mount-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", "size=" + sizeOption, "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            var why = $"needs to mount a tmpfs (root on Linux): mount said {error.Trim()}";
            if (Environment.GetEnvironmentVariable("WORKBOOK_REQUIRE_MOUNT") is "1") Assert.Fail(why);
            Assert.Skip(why);
        }
        return new ScratchMount(path);
    }

    /// <summary>Makes the whole file system read-only, as a read-only mount or medium is (root cannot write either).</summary>
    public void MakeReadOnly()
    {
        var (code, error) = Run("mount", "-o", "remount,ro", Path);
        Assert.True(code == 0, $"remount read-only failed: {error}");
    }

    public void Dispose()
    {
        Run("umount", Path);
        try
        {
            Directory.Delete(Path);
        }
        catch (IOException)
        {
            // Still busy; the system's temporary folder is cleaned on its own.
        }
    }

    private static (int Code, string Error) Run(string file, params string[] args)
    {
        if (!OperatingSystem.IsLinux()) return (-1, "not Linux");
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
