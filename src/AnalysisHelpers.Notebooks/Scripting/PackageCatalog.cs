using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyModel;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// The NuGet packages a notebook may reference with <c>#r "nuget: Name, Version"</c>: exactly those the host
/// application ships (its deps.json), at exactly the versions it ships. The runner never downloads packages.
/// </summary>
public sealed class PackageCatalog
{
    private static readonly Lazy<PackageCatalog> DefaultCatalog = new(() =>
        DependencyContext.Default is { } context ? FromDependencyContext(context) : new PackageCatalog([], AppContext.BaseDirectory));

    private readonly Dictionary<string, CatalogPackage> packages;
    private readonly string appBaseDirectory;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> resolved = new(StringComparer.OrdinalIgnoreCase);

    public PackageCatalog(IEnumerable<CatalogPackage> packages, string appBaseDirectory)
    {
        this.packages = new Dictionary<string, CatalogPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in packages) this.packages[package.Name] = package;
        this.appBaseDirectory = appBaseDirectory;
    }

    /// <summary>The packages of the running application (<see cref="DependencyContext.Default"/>).</summary>
    public static PackageCatalog Default => DefaultCatalog.Value;

    /// <summary>All package and project libraries of a dependency context.</summary>
    public static PackageCatalog FromDependencyContext(DependencyContext context, string? appBaseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var packages = context.RuntimeLibraries
            .Where(library => library.Type is "package" or "project")
            .Select(library => new CatalogPackage(
                library.Name,
                library.Version,
                library.RuntimeAssemblyGroups.Where(group => string.IsNullOrEmpty(group.Runtime)).SelectMany(group => group.AssetPaths).ToList(),
                library.Dependencies.Select(dependency => dependency.Name).ToList(),
                library.Path));
        return new PackageCatalog(packages, appBaseDirectory ?? AppContext.BaseDirectory);
    }

    /// <summary>Packages in the catalog, ordered by name.</summary>
    public IReadOnlyList<CatalogPackage> Packages =>
        packages.Values.OrderBy(package => package.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Full paths of the runtime assemblies of package <paramref name="name"/> at <paramref name="version"/> and of all
    /// packages it depends on, transitively.
    /// </summary>
    /// <exception cref="PackageResolutionException">Unknown package, other version, or an assembly file is missing.</exception>
    public IReadOnlyList<string> ResolveAssemblies(string name, string version)
    {
        if (!packages.TryGetValue(name, out var package))
        {
            var available = string.Join(", ", Packages.Select(p => $"{p.Name} {p.Version}"));
            throw new PackageResolutionException(
                $"package {name} is not available to the runner (available: {(available.Length == 0 ? "none" : available)})");
        }

        if (!VersionsMatch(package.Version, version))
        {
            throw new PackageResolutionException(
                $"package {package.Name} version {version} is not available to the runner; it ships version {package.Version}");
        }

        return resolved.GetOrAdd(package.Name, _ => ResolveClosure(package));
    }

    private List<string> ResolveClosure(CatalogPackage root)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.Name };
        var pending = new Queue<CatalogPackage>([root]);
        while (pending.Count > 0)
        {
            var package = pending.Dequeue();
            paths.AddRange(package.AssetPaths.Select(asset => LocateAsset(package, asset)));
            foreach (var dependency in package.Dependencies)
            {
                // .NET prunes packages the shared framework already provides from deps.json, so a dependency
                // missing from the catalog is part of the framework, which every notebook references anyway.
                if (seen.Add(dependency) && packages.TryGetValue(dependency, out var next)) pending.Enqueue(next);
            }
        }

        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private string LocateAsset(CatalogPackage package, string asset)
    {
        var candidates = new List<string>
        {
            Path.Combine(appBaseDirectory, Path.GetFileName(asset)),
            Path.Combine(appBaseDirectory, asset),
        };
        if (package.PackagePath is not null)
        {
            candidates.AddRange(PackageRoots().Select(root => Path.Combine(root, package.PackagePath, asset)));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new PackageResolutionException(
                $"assembly {asset} of package {package.Name} {package.Version} was not found (looked in: {string.Join(", ", candidates)})");
    }

    private static IEnumerable<string> PackageRoots()
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured) yield return configured;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) yield return Path.Combine(home, ".nuget", "packages");
    }

    /// <summary>NuGet treats 1.2 and 1.2.0 as the same version and ignores build metadata.</summary>
    internal static bool VersionsMatch(string shipped, string requested) =>
        string.Equals(NormalizeVersion(shipped), NormalizeVersion(requested), StringComparison.OrdinalIgnoreCase);

    private static string NormalizeVersion(string version)
    {
        var withoutMetadata = version.Trim().Split('+')[0];
        var dash = withoutMetadata.IndexOf('-');
        var release = dash < 0 ? withoutMetadata : withoutMetadata[..dash];
        var prerelease = dash < 0 ? "" : withoutMetadata[dash..];
        var parts = release.Split('.').ToList();
        while (parts.Count < 3) parts.Add("0");
        while (parts.Count > 3 && parts[^1] == "0") parts.RemoveAt(parts.Count - 1);
        return string.Join('.', parts) + prerelease;
    }
}
