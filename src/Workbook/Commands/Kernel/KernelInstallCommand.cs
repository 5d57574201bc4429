using System.CommandLine;
using AnalysisHelpers.Kernel.Jupyter.KernelSpecs;
using Workbook.Export;

namespace Workbook.Commands.Kernel;

/// <summary><c>workbook kernel install [--user | --prefix DIR] [--name NAME]</c>: a kernelspec whose argv starts this
/// built workbook (<c>dotnet .../workbook.dll kernel jupyter --connection-file {connection_file}</c>).</summary>
internal static class KernelInstallCommand
{
    public static Command Create()
    {
        var location = new KernelSpecLocation();
        var command = new Command("install", "Install the Jupyter kernelspec that starts this workbook, so Jupyter front ends list the kernel.");
        location.AddTo(command);
        command.SetAction(parse =>
        {
            var (kernels, problem) = location.Resolve(parse);
            if (problem is not null)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }

            try
            {
                var launcher = WorkbookLauncher.Argv(typeof(KernelInstallCommand).Assembly.Location);
                var folder = KernelSpec.Install(kernels!, parse.GetValue(location.Name)!, launcher, ReportExport.BuildVersion);
                Console.WriteLine($"Installed kernelspec {parse.GetValue(location.Name)} in {folder}");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Console.Error.WriteLine($"{kernels}: cannot install the kernelspec: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
