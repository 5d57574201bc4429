using AnalysisHelpers.Kernel.Compilation;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace AnalysisHelpers.Kernel.Packages;

/// <summary>
/// <c>#r "nuget: ..."</c>, <c>#i "nuget: ..."</c> as in the stock C# kernel (PackageManagement's directives and
/// restore), except that a package the workbook ships is taken from the running application: no restore, no network,
/// and never a second copy of an assembly the kernel already runs.
/// </summary>
internal static class WorkbookPackages
{
    // The directive the submission parser appends after a cell's #r "nuget:" lines; it runs the restore.
    private const string RestoreDirective = "#!nuget-restore";

    public static CSharpKernel UseWorkbookPackages(this CSharpKernel kernel, ShippedPackages shipped)
    {
        // The stock handlers: a package that is not shipped is queued for the restore, which runs as it does there.
        kernel.UseNugetDirective((k, references) =>
        {
            k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
            SharedMetadata.Share(k);
            return Task.CompletedTask;
        });

        var queuedForRestore = 0;
        kernel.AddMiddleware(async (command, context, next) =>
        {
            switch (command)
            {
                case AddPackage add when shipped.Find(add.PackageName) is { } package:
                    AddShipped(kernel, shipped, package, add, context);
                    return;
                case AddPackage:
                    Interlocked.Increment(ref queuedForRestore);
                    break;
                case var _ when IsRestore(command):
                    // Nothing left for NuGet: the stock restore would still start one (seconds, and the network).
                    if (Interlocked.Exchange(ref queuedForRestore, 0) == 0) return;
                    break;
            }

            await next(command, context);
        }, "workbook-packages");
        return kernel;
    }

    private static void AddShipped(CSharpKernel kernel, ShippedPackages shipped, ShippedPackage package, AddPackage add, KernelInvocationContext context)
    {
        var requested = add.PackageVersion.Trim();
        if (requested.Length > 0 && requested is not ("*" or "*-*") && !ShippedPackages.VersionsMatch(package.Version, requested))
        {
            context.Fail(add, message:
                $"{package.Name} version {requested} cannot be added: the workbook kernel runs version {package.Version}, which it ships and has loaded; reference #r \"nuget: {package.Name}, {package.Version}\"");
            return;
        }

        IReadOnlyList<string> paths;
        try
        {
            paths = shipped.ResolveAssemblies(package);
        }
        catch (FileNotFoundException e)
        {
            context.Fail(add, message: e.Message);
            return;
        }

        kernel.AddAssemblyReferences(paths);
        // The rest of the cell compiles against the process's references (the package's, read once per process).
        SharedMetadata.Share(kernel);
        var root = paths.Count > 0 ? Path.GetDirectoryName(paths[0])! : AppContext.BaseDirectory;
        var reference = new ResolvedPackageReference(package.Name, package.Version, paths, root, []);
        context.Publish(new PackageAdded(reference, add));
    }

    private static bool IsRestore(KernelCommand command) =>
        command.GetType().Name == "DirectiveCommand" && command.ToString()?.Contains(RestoreDirective, StringComparison.Ordinal) == true;
}
