using System.CommandLine;
using AnalysisHelpers.Kernel.Stdio;
using Microsoft.DotNet.Interactive;

namespace Workbook.Commands.Kernel;

/// <summary><c>workbook kernel stdio</c>: the arguments of <c>dotnet-interactive stdio</c> (those the Polyglot
/// extension and <c>StdIoKernelConnector</c> pass), served by <see cref="StdioKernelServer"/>.</summary>
internal static class KernelStdioCommand
{
    public static Command Create()
    {
        var workingDir = new Option<DirectoryInfo>("--working-dir") { Description = "Folder the cells run in (default: the current folder)", HelpName = "DIR" };
        var kernelHost = new Option<string>("--kernel-host") { Description = "Name of this kernel host, giving its URI kernel://NAME (default: one from the process id)", HelpName = "NAME" };
        var defaultKernel = new Option<string>("--default-kernel") { Description = "Kernel for cells that name none (only csharp)", DefaultValueFactory = _ => "csharp" };
        var resetOnQuit = new Option<bool>("--reset-on-quit") { Description = "Quit starts a fresh kernel instead of ending the process (for the runner)", Hidden = true };
        var kernels = new Option<int?>("--kernels") { Description = "With --reset-on-quit: kernels the runner will use in this process, the first included (no spare is built beyond them)", HelpName = "N", Hidden = true };
        kernels.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1) result.AddError("--kernels takes a whole number of at least 1");
        });
        var noPlotlyJs = new Option<bool>("--no-plotly-js") { Description = "Charts' HTML does not carry plotly.js (for hosts whose pages load it)", Hidden = true };
        var noLanguageServices = new Option<bool>("--no-language-services") { Description = "Answer no completion, hover or signature-help request, for a smaller compiler workspace (for the runner)", Hidden = true };
        var command = new Command("stdio", "Serve the kernel over standard input and output, as dotnet-interactive stdio does (VS Code's Polyglot Notebooks, StdIoKernelConnector).")
        {
            workingDir, kernelHost, defaultKernel, resetOnQuit, kernels, noPlotlyJs, noLanguageServices,
        };

        command.SetAction(async (parse, cancel) =>
        {
            if (!string.Equals(parse.GetValue(defaultKernel), "csharp", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"--default-kernel {parse.GetValue(defaultKernel)}: the workbook kernel has only csharp");
                return 1;
            }

            var directory = parse.GetValue(workingDir) ?? new DirectoryInfo(Environment.CurrentDirectory);
            if (!directory.Exists)
            {
                Console.Error.WriteLine($"--working-dir {directory.FullName}: folder not found");
                return 1;
            }

            var host = parse.GetValue(kernelHost) is { Length: > 0 } name ? KernelHost.CreateHostUri(name) : KernelHost.CreateHostUriForCurrentProcessId();
            var options = new StdioKernelServerOptions(host, directory,
                FromVSCode: parse.GetResult(KernelCommand.VSCodeDirective) is not null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CODESPACES")),
                ResetOnQuit: parse.GetValue(resetOnQuit),
                EmbedPlotlyJs: !parse.GetValue(noPlotlyJs),
                Kernels: parse.GetValue(kernels),
                LanguageServices: !parse.GetValue(noLanguageServices));
            return await StdioKernelServer.RunAsync(options, cancel);
        });
        return command;
    }
}
