namespace AnalysisHelpers.Notebooks.Engine;

/// <summary>How to start a kernel process that speaks the .NET Interactive stdio protocol: <c>workbook kernel stdio</c>
/// (the workbook's engine), or any other program that does, such as <c>dotnet-interactive stdio</c>.</summary>
/// <param name="FileName">The program.</param>
/// <param name="Arguments">Its arguments up to and including <c>stdio</c>; the runner appends <c>--working-dir</c> and the rest.</param>
/// <param name="WorkbookExtensions">Whether the program is the workbook kernel, which understands the runner's own
/// options (<c>--reset-on-quit</c> to serve several notebooks in turn, <c>--no-plotly-js</c>).</param>
public sealed record KernelLaunch(string FileName, IReadOnlyList<string> Arguments, bool WorkbookExtensions = true)
{
    private const string WorkbookAssembly = "workbook.dll";

    /// <summary>The workbook kernel of the running application: the <c>workbook</c> command itself when it is the
    /// process, else <c>workbook.dll</c> beside the running application (a test project that references the CLI),
    /// run on the same .NET host.</summary>
    /// <exception cref="InvalidOperationException">No workbook command is to be found.</exception>
    public static KernelLaunch Workbook()
    {
        var process = Environment.ProcessPath;
        // The whole file name: "Workbook.Tests" (a test host) is not the workbook.
        if (process is not null && Path.GetFileName(process) is "workbook" or "workbook.exe")
            return new KernelLaunch(process, ["kernel", "stdio"]);

        var assembly = Path.Combine(AppContext.BaseDirectory, WorkbookAssembly);
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"the workbook kernel was not found: {assembly} does not exist (build src/Workbook)");
        return new KernelLaunch(DotnetHost(), [assembly, "kernel", "stdio"]);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
