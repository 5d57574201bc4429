namespace AnalysisHelpers.Kernel.Stdio;

/// <summary>How <c>workbook kernel stdio</c> was started; the arguments are those of <c>dotnet-interactive stdio</c>.</summary>
/// <param name="KernelHostUri">This host's URI (<c>--kernel-host NAME</c> gives <c>kernel://NAME/</c>; by default
/// one named after the process id, as dotnet-interactive does).</param>
/// <param name="WorkingDirectory">The folder cells run in (<c>--working-dir</c>; the extension passes the notebook's).</param>
/// <param name="FromVSCode">Started with the <c>[vscode]</c> directive: the extension's own kernels (<c>vscode</c> for
/// input prompts, <c>javascript</c> in the notebook's webview) are connected as proxies, as dotnet-interactive does.</param>
/// <param name="ResetOnQuit">For the headless runner, which runs several notebooks in turn in one process: a
/// <c>Quit</c> command replaces the kernel by a fresh one (new state, working folder restored) and announces it with
/// a new <c>KernelReady</c>, instead of ending the process.</param>
/// <param name="EmbedPlotlyJs">See <see cref="WorkbookKernelOptions.EmbedPlotlyJs"/>.</param>
/// <param name="Kernels">With <paramref name="ResetOnQuit"/>: how many kernels the runner will use in this process,
/// the first included (<c>--kernels N</c>, one per notebook it plans to run here), so that no spare is built for a
/// notebook that will not come; null for no limit. A Quit beyond it still gets a fresh kernel, built then.</param>
/// <param name="LanguageServices">False for the runner (<c>--no-language-services</c>): see
/// <see cref="WorkbookKernelOptions.LanguageServices"/>.</param>
public sealed record StdioKernelServerOptions(
    Uri KernelHostUri,
    DirectoryInfo WorkingDirectory,
    bool FromVSCode = false,
    bool ResetOnQuit = false,
    bool EmbedPlotlyJs = true,
    int? Kernels = null,
    bool LanguageServices = true);
