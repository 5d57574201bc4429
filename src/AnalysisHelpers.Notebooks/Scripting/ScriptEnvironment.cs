using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Compiler settings shared by every cell of every notebook. Metadata references are created once per assembly
/// file and reused, so Roslyn reads each assembly's metadata once per process.
/// </summary>
internal static class ScriptEnvironment
{
    public static readonly string[] DefaultImports =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Threading.Tasks",
        "Microsoft.DotNet.Interactive.Formatting",
    ];

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static readonly ConcurrentDictionary<string, MetadataReference> References = new(StringComparer.Ordinal);

    private static readonly Lazy<ScriptOptions> Base = new(CreateBaseOptions);

    /// <summary>Framework and runner assemblies, default imports, debug information for stack-trace lines.</summary>
    public static ScriptOptions BaseOptions => Base.Value;

    /// <summary>The shared reference to an assembly file.</summary>
    public static MetadataReference Reference(string path) =>
        References.GetOrAdd(Path.GetFullPath(path), full => MetadataReference.CreateFromFile(full));

    private static ScriptOptions CreateBaseOptions()
    {
        var paths = FrameworkAssemblies().Concat(RunnerAssemblies()).Distinct(StringComparer.Ordinal);
        return ScriptOptions.Default
            .WithReferences(paths.Select(Reference))
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    private static IEnumerable<string> FrameworkAssemblies()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string;
        if (string.IsNullOrEmpty(frameworkDirectory) || string.IsNullOrEmpty(trusted))
        {
            throw new InvalidOperationException(
                "the notebook runner needs the .NET framework assemblies on disk; it cannot run from a single-file bundle");
        }

        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>This assembly (for <see cref="NotebookGlobals"/>), the formatting library, and its non-framework dependencies.</summary>
    private static IEnumerable<string> RunnerAssemblies()
    {
        yield return typeof(NotebookGlobals).Assembly.Location;
        var formatting = typeof(Formatter).Assembly;
        yield return formatting.Location;
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        foreach (var name in formatting.GetReferencedAssemblies())
        {
            var location = Assembly.Load(name).Location;
            if (location.Length > 0 && Path.GetDirectoryName(location) != frameworkDirectory) yield return location;
        }
    }
}
