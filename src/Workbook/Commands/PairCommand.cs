using System.CommandLine;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Kernel.Jupyter.KernelSpecs;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Pairing;
using AnalysisHelpers.Notebooks.Writers;
using Workbook.Commands.Values;

namespace Workbook.Commands;

/// <summary><c>workbook pair [NOTEBOOK...] [--check]</c>: keeps each <c>notebooks/NN-name.dib</c> and its
/// <c>NN-name.ipynb</c> twin in step (see <see cref="NotebookPairing"/>); the twin names the workbook's Jupyter kernel.</summary>
internal static class PairCommand
{
    public static readonly IpynbKernelSpec JupyterKernel = new(KernelSpec.DefaultName, KernelSpec.DisplayName, "csharp");

    public static Command Create()
    {
        var notebooks = NotebookArguments.Many("Optional: a .dib or .ipynb of a pair (default: every pair in notebooks/)");
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if any pair is out of step" };
        var command = new Command("pair", "Keep notebooks/NN-name.ipynb (for Jupyter front ends, no outputs) in step with NN-name.dib, in both directions: the side changed since the last pairing wins; when both changed, nothing is written and the command exits 1.")
        {
            notebooks, check,
        };
        command.SetAction(parse =>
        {
            var stems = Stems(parse.GetValue(notebooks) ?? []);
            if (stems.Count == 0)
            {
                Console.Error.WriteLine($"{WorkbookPaths.DefaultNotebooksDirectory()}: no .dib or .ipynb notebooks to pair");
                return 1;
            }

            var status = 0;
            foreach (var stem in stems)
            {
                var dib = stem + ".dib";
                var ipynb = stem + ".ipynb";
                PairingPlan plan;
                try
                {
                    plan = NotebookPairing.Plan(dib, ipynb, JupyterKernel);
                }
                catch (Exception e) when (e is DibFormatException or IpynbFormatException or IOException)
                {
                    Console.Error.WriteLine(e.Message);
                    status = 1;
                    continue;
                }

                var shown = plan.Action is PairingAction.UpdatedDib or PairingAction.CreatedDib ? dib : ipynb;
                switch (plan.Action)
                {
                    case PairingAction.Conflict:
                        Console.Error.WriteLine(plan.Conflict);
                        status = 1;
                        continue;
                    case PairingAction.InSync:
                        continue;
                    case var _ when parse.GetValue(check):
                        Console.Error.WriteLine($"{shown}: out of step with its pair ({Describe(plan.Action)}); run workbook pair");
                        status = 1;
                        continue;
                }

                foreach (var write in plan.Writes) AtomicFile.WriteAllText(write.Path, write.Text);
                Console.WriteLine($"{shown}: {Describe(plan.Action)}");
            }

            return status;
        });
        return command;
    }

    private static string Describe(PairingAction action) => action switch
    {
        PairingAction.CreatedIpynb => "created from its .dib",
        PairingAction.CreatedDib => "created from its .ipynb",
        PairingAction.UpdatedIpynb => "updated from its .dib, which changed",
        PairingAction.UpdatedDib => "updated from its .ipynb, which changed",
        PairingAction.RefreshedIpynb => "outputs and pairing record refreshed (cells unchanged)",
        _ => action.ToString(),
    };

    /// <summary>Each pair once, as its path without extension.</summary>
    private static List<string> Stems(FileInfo[] given)
    {
        IEnumerable<string> files = given.Length > 0
            ? given.Select(f => f.FullName)
            : Directory.Exists(WorkbookPaths.DefaultNotebooksDirectory())
                ? Directory.EnumerateFiles(WorkbookPaths.DefaultNotebooksDirectory(), "*.dib").Concat(Directory.EnumerateFiles(WorkbookPaths.DefaultNotebooksDirectory(), "*.ipynb"))
                : [];
        // Relative to the current folder where they are under it, so messages name them as the user would.
        return files.Select(f => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(f))!, Path.GetFileNameWithoutExtension(f)))
            .Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : f)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
