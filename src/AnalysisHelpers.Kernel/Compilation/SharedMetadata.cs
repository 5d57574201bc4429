using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace AnalysisHelpers.Kernel.Compilation;

/// <summary>
/// Gives every C# kernel of a process the same metadata references and the same reference resolver, so a kernel built
/// after another one (the runner's next notebook, with fresh script state) compiles against assembly symbols Roslyn
/// has already read, instead of reading the framework's and the packages' metadata again.
/// </summary>
/// <remarks>
/// <para>Why: the stock kernel creates a new <c>MetadataReference</c> for each assembly of each kernel (its
/// constructor, <c>AddAssemblyReferences</c>) and a new caching resolver for each kernel's working folder, whose cache
/// holds the references that Roslyn resolves on its own (the facades and dependencies of the referenced assemblies).
/// Roslyn reuses what it built from an assembly's metadata (its symbols, their member and extension-method tables)
/// only for the same reference objects, so each new kernel paid for all of it again: about a second of CPU per
/// notebook after the first (bench/README.md, "The workbook kernel").</para>
/// <para>How: before each submission, the kernel's script options are given the process's references and resolver.
/// A reference is the process's when it was made the same way from the same file: the n-th reference to a file in a
/// kernel's options stands for the n-th reference to that file the first kernel had, so a reference made with XML
/// documentation never stands in for one made without. The resolver is the stock kernel's own caching resolver, one
/// per working folder, as the stock kernel builds it; nothing else in the options changes. Script state, variables
/// and usings are not in the options: each kernel still starts with none of the last one's.</para>
/// <para>The options live in private fields of the stock <see cref="CSharpKernel"/> (1.0.0-beta.26120.1, pinned);
/// when a package change removes them, nothing is shared and kernels compile as the stock kernel does
/// (<c>SharedMetadataTests</c> fails first).</para>
/// </remarks>
internal static class SharedMetadata
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly FieldInfo? OptionsField = typeof(CSharpKernel).GetField("_scriptOptions", Private);
    private static readonly FieldInfo? WorkingDirectoryField = typeof(CSharpKernel).GetField("_workingDirectory", Private);
    private static readonly Type? ResolverType = typeof(CSharpKernel).Assembly.GetType("Microsoft.DotNet.Interactive.CSharp.CachingMetadataResolver");
    private static readonly object? DefaultResolver = ResolverType?.GetProperty("Default", BindingFlags.Static | BindingFlags.Public)?.GetValue(null);
    private static readonly MethodInfo? WithBaseDirectory = ResolverType?.GetMethod("WithBaseDirectory", BindingFlags.Instance | BindingFlags.Public, [typeof(string)]);

    private static readonly Lock Gate = new();
    private static readonly Dictionary<(string Path, MetadataReferenceProperties Properties), List<PortableExecutableReference>> References = [];
    private static readonly Dictionary<string, MetadataReferenceResolver> Resolvers = new(StringComparer.Ordinal);

    /// <summary>Whether this build of the stock kernel has what sharing needs.</summary>
    internal static bool Supported => OptionsField?.FieldType == typeof(ScriptOptions) && WorkingDirectoryField?.FieldType == typeof(string)
        && DefaultResolver is MetadataReferenceResolver && WithBaseDirectory is not null;

    public static CSharpKernel UseSharedMetadata(this CSharpKernel kernel)
    {
        if (!Supported) return kernel;
        kernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is SubmitCode) Share(kernel);
            await next(command, context);
        }, "workbook-shared-metadata");
        return kernel;
    }

    /// <summary>Puts the process's references and resolver into the kernel's script options (see the remarks).</summary>
    internal static void Share(CSharpKernel kernel)
    {
        if (!Supported || OptionsField!.GetValue(kernel) is not ScriptOptions options) return;
        lock (Gate)
        {
            var shared = options;
            var directory = Directory.GetCurrentDirectory();
            // As the stock kernel does when its working folder changes (RunAsync), with a resolver the process keeps.
            if (!string.Equals(WorkingDirectoryField!.GetValue(kernel) as string, directory, StringComparison.Ordinal))
            {
                shared = shared.WithMetadataResolver(ResolverFor(directory)).WithSourceResolver(new SourceFileResolver([], directory));
                WorkingDirectoryField.SetValue(kernel, directory);
            }

            var references = shared.MetadataReferences;
            var mapped = new List<MetadataReference>(references.Length);
            var occurrences = new Dictionary<(string, MetadataReferenceProperties), int>();
            var changed = false;
            foreach (var reference in references)
            {
                var same = reference is PortableExecutableReference { FilePath: { Length: > 0 } path } file
                    ? Canonical(file, (path, file.Properties), occurrences)
                    : reference;
                changed |= !ReferenceEquals(same, reference);
                mapped.Add(same);
            }

            if (changed) shared = shared.WithReferences(mapped);
            if (!ReferenceEquals(shared, options)) OptionsField.SetValue(kernel, shared);
        }
    }

    private static PortableExecutableReference Canonical(PortableExecutableReference reference,
        (string, MetadataReferenceProperties) key, Dictionary<(string, MetadataReferenceProperties), int> occurrences)
    {
        var index = occurrences.GetValueOrDefault(key);
        occurrences[key] = index + 1;
        if (!References.TryGetValue(key, out var known)) References[key] = known = [];
        if (index < known.Count) return known[index];
        known.Add(reference);
        return reference;
    }

    private static MetadataReferenceResolver ResolverFor(string directory)
    {
        if (!Resolvers.TryGetValue(directory, out var resolver))
            Resolvers[directory] = resolver = (MetadataReferenceResolver)WithBaseDirectory!.Invoke(DefaultResolver, [directory])!;
        return resolver;
    }
}
