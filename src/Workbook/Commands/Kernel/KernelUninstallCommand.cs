using System.CommandLine;
using AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

namespace Workbook.Commands.Kernel;

/// <summary><c>workbook kernel uninstall [--user | --prefix DIR] [--name NAME]</c>: removes what install wrote.</summary>
internal static class KernelUninstallCommand
{
    public static Command Create()
    {
        var location = new KernelSpecLocation();
        var command = new Command("uninstall", "Remove the workbook's Jupyter kernelspec.");
        location.AddTo(command);
        command.SetAction(parse =>
        {
            var (kernels, problem) = location.Resolve(parse);
            if (problem is not null)
            {
                Console.Error.WriteLine(problem);
                return 1;
            }

            var name = parse.GetValue(location.Name)!;
            try
            {
                if (!KernelSpec.Uninstall(kernels!, name))
                {
                    Console.Error.WriteLine($"{Path.Combine(kernels!, name)}: no kernelspec {name} installed there");
                    return 1;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{Path.Combine(kernels!, name)}: cannot remove the kernelspec: {e.Message}");
                return 1;
            }

            Console.WriteLine($"Removed kernelspec {name} from {kernels}");
            return 0;
        });
        return command;
    }
}
