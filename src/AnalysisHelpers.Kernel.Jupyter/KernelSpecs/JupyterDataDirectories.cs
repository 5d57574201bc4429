namespace AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

/// <summary>
/// Where Jupyter looks for kernelspecs (jupyter_core's <c>jupyter_data_dir</c> and <c>ENV_JUPYTER_PATH</c>):
/// <c>kernels/NAME</c> under the user's data folder, or under <c>PREFIX/share/jupyter</c>.
/// </summary>
public static class JupyterDataDirectories
{
    /// <summary>The user's Jupyter data folder: <c>JUPYTER_DATA_DIR</c> when set; else
    /// <c>%APPDATA%\jupyter</c> on Windows, <c>~/Library/Jupyter</c> on macOS, <c>$XDG_DATA_HOME/jupyter</c>
    /// (default <c>~/.local/share/jupyter</c>) elsewhere.</summary>
    public static string User()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } dataDir) return Path.GetFullPath(dataDir);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary><c>PREFIX/share/jupyter</c>, as <c>jupyter kernelspec install --prefix</c> uses it.</summary>
    public static string Prefix(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");

    public static string KernelsIn(string dataDirectory) => Path.Combine(dataDirectory, "kernels");
}
