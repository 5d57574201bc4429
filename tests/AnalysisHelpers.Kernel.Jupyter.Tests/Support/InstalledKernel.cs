namespace AnalysisHelpers.Kernel.Jupyter.Tests.Support;

/// <summary>
/// The workbook kernelspec installed by the built workbook (<c>workbook kernel install --prefix TEMP</c>, as a user
/// would) into a folder of its own, and a copy of notebooks/ and data/ for the clients to run and save in, so nothing
/// a front end writes reaches the repository. Clients find the kernel through <c>JUPYTER_PATH</c>.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    private static readonly string WorkbookDll = Path.Combine(AppContext.BaseDirectory, "workbook.dll");

    public InstalledKernel()
    {
        Root = Path.Combine(Path.GetTempPath(), "workbook-jupyter-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Prefix = Path.Combine(Root, "prefix");
        Directory.CreateDirectory(Prefix);
        Install = ProcessRunner.Run(DotnetHost(), [WorkbookDll, "kernel", "install", "--prefix", Prefix], Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
        Project = Path.Combine(Root, "project");
        CopyFolder(RepoPaths.Notebooks, Path.Combine(Project, "notebooks"));
        CopyFolder(RepoPaths.Data, Path.Combine(Project, "data"));
    }

    public string Root { get; }

    public string Prefix { get; }

    /// <summary>A copy of the repository's notebooks/ and data/ side by side, as the notebooks expect.</summary>
    public string Project { get; }

    public string Notebooks => Path.Combine(Project, "notebooks");

    public ProcessResult Install { get; }

    public string KernelName => AnalysisHelpers.Kernel.Jupyter.KernelSpecs.KernelSpec.DefaultName;

    /// <summary>What every Jupyter client here runs with: only our kernelspec folder added, runtime files in the temp folder.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["JUPYTER_PATH"] = Path.Combine(Prefix, "share", "jupyter"),
        ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Root, "runtime"),
        ["JUPYTER_CONFIG_DIR"] = Path.Combine(Root, "config"),
        ["IPYTHONDIR"] = Path.Combine(Root, "ipython"),
        ["WORKBOOK_KERNEL_NAME"] = KernelName,
        // debugpy's notice about frozen modules is noise in the test output.
        ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1",
    };

    public void AssertInstalled() => Assert.True(Install.ExitCode == 0, "workbook kernel install failed: " + Install.Both);

    public ProcessResult RunPython(string script, IEnumerable<string> args, TimeSpan limit) =>
        ProcessRunner.Run(ExternalTools.Python, [Path.Combine(AppContext.BaseDirectory, "Python", script), .. args],
            Path.Combine(AppContext.BaseDirectory, "Python"), Environment, limit);

    public static string DotnetHost()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (System.Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel killed at the end may still hold a file for a moment; the folder is in the temp folder.
        }
    }
}

/// <summary>The tests that start kernels share one installed kernelspec and run one at a time: two cores cannot
/// start several .NET kernels at once without turning timeouts into failures.</summary>
[CollectionDefinition(Name)]
public sealed class JupyterClientsCollection : ICollectionFixture<InstalledKernel>
{
    public const string Name = "Jupyter clients";
}
