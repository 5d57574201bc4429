using System.CommandLine;
using AnalysisHelpers.Kernel.Jupyter;
using AnalysisHelpers.Kernel.Jupyter.Connection;
using Workbook.Export;

namespace Workbook.Commands.Kernel;

/// <summary><c>workbook kernel jupyter --connection-file FILE</c>: the command a kernelspec's argv runs; see
/// <see cref="JupyterKernelServer"/>.</summary>
internal static class KernelJupyterCommand
{
    public static Command Create()
    {
        var connectionFile = new Option<FileInfo>("--connection-file", "-f") { Description = "The connection file Jupyter wrote (ports, key)", HelpName = "FILE", Required = true };
        var command = new Command("jupyter", "Serve the kernel to Jupyter front ends (JupyterLab, the notebook, VS Code's Jupyter extension, nbclient) over the Jupyter messaging protocol.")
        {
            connectionFile,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new JupyterKernelServerOptions(parse.GetValue(connectionFile)!.FullName, ReportExport.BuildVersion, Console.Error);
            try
            {
                return await JupyterKernelServer.RunAsync(options, cancel);
            }
            catch (Exception e) when (e is ConnectionFileException or IOException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
