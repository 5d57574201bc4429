using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AnalysisHelpers.Kernel;

/// <summary>
/// A throwaway C# script compiled and run on a background thread while a front end's kernel is being built: the first
/// Roslyn compilation of a process costs about a second of CPU (the compiler's own code made ready, the metadata of
/// the standard references read), and a front end such as VS Code starts the kernel for a cell the user has just run,
/// so that cell would wait for all of it (bench/README.md, "The workbook kernel").
/// </summary>
/// <remarks>
/// Only for the interactive doors. The runner does not use it: it warms its kernel with a first submission of its own
/// and counts CPU, not latency. The script shares nothing with any kernel (its own script state, no working folder, no
/// output); if it fails, nothing depends on it, as the kernel's own first submission reports its own errors.
/// </remarks>
public static class CompilerWarmUp
{
    private const string Script = "var warmUp = new System.Collections.Generic.List<int> { 1, 2 }; warmUp.Count";

    public static void Start()
    {
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await CSharpScript.RunAsync(Script, ScriptOptions.Default.WithImports("System", "System.Linq")).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // See the remarks: a warm-up that failed changes nothing a cell can see.
                }
            });
        }
    }
}
