using AnalysisHelpers.Kernel.Compilation;
using Microsoft.CodeAnalysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>
/// Kernels built in turn in one process (the runner's notebooks) compile against the same metadata reference objects,
/// so Roslyn reads each assembly once per process; script state is still each kernel's own. In process: the kernel's
/// display formatters are process-wide, so these tests run one at a time.
/// </summary>
[Collection(InProcessKernels.Name)]
public sealed class SharedMetadataTests
{
    private const string PackageCell = "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nvar fromThisKernel = 41;";

    [Fact]
    public void The_pinned_stock_kernel_has_the_fields_that_sharing_needs()
    {
        Assert.True(SharedMetadata.Supported,
            "CSharpKernel._scriptOptions, _workingDirectory or CachingMetadataResolver changed: kernels no longer share metadata");
    }

    [Fact]
    public async Task A_kernel_built_after_another_compiles_against_the_same_reference_objects()
    {
        var first = await ReferencesOfWorkbookKernelAfter(PackageCell);
        var second = await ReferencesOfWorkbookKernelAfter(PackageCell);

        var files = FileReferences(second);
        Assert.Contains(files, r => Path.GetFileName(r.FilePath) == "Plotly.NET.dll");
        Assert.Contains(files, r => Path.GetFileName(r.FilePath) == "System.Linq.dll");
        var readAgain = files.Where(r => !first.Any(f => ReferenceEquals(f, r))).Select(r => r.FilePath).ToList();
        Assert.True(readAgain.Count == 0, "read again by the second kernel: " + string.Join(", ", readAgain));
    }

    [Fact]
    public async Task Stock_kernels_built_in_turn_read_each_assembly_again()
    {
        // The control for the test above: what the stock kernel does, and what sharing saves.
        var first = await ReferencesOfStockKernelAfter("1");
        var second = await ReferencesOfStockKernelAfter("1");

        var linq = FileReferences(second).Single(r => Path.GetFileName(r.FilePath) == "System.Linq.dll");
        Assert.DoesNotContain(first, f => ReferenceEquals(f, linq));
    }

    [Fact]
    public async Task A_kernel_built_after_another_starts_without_its_variables()
    {
        await ReferencesOfWorkbookKernelAfter(PackageCell);

        using var kernel = WorkbookKernel.Create(new WorkbookKernelOptions());
        var result = await kernel.SendAsync(new SubmitCode("fromThisKernel"));

        var failed = Assert.Single(result.Events.OfType<CommandFailed>());
        Assert.Contains("CS0103", failed.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<MetadataReference>> ReferencesOfWorkbookKernelAfter(string code)
    {
        using var kernel = WorkbookKernel.Create(new WorkbookKernelOptions());
        await Succeeds(kernel, code);
        return References((CSharpKernel)kernel.FindKernelByName(WorkbookKernel.CSharpKernelName)!);
    }

    private static async Task<IReadOnlyList<MetadataReference>> ReferencesOfStockKernelAfter(string code)
    {
        using var kernel = new CSharpKernel();
        await Succeeds(kernel, code);
        return References(kernel);
    }

    private static async Task Succeeds(Microsoft.DotNet.Interactive.Kernel kernel, string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        Assert.DoesNotContain(result.Events, e => e is CommandFailed);
    }

    private static IReadOnlyList<MetadataReference> References(CSharpKernel kernel) =>
        kernel.ScriptState.Script.GetCompilation().References.ToList();

    private static List<PortableExecutableReference> FileReferences(IEnumerable<MetadataReference> references) =>
        references.OfType<PortableExecutableReference>().Where(r => r.FilePath is { Length: > 0 }).ToList();
}

/// <summary>Tests that host a kernel in the test process: one at a time, none beside another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessKernels
{
    public const string Name = "in-process kernels";
}
