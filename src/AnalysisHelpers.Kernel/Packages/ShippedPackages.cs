using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyModel;

namespace AnalysisHelpers.Kernel;

/// <summary>
/// The packages the workbook ships: those the host application was built with (its deps.json), at exactly the
/// versions it ships. <c>#r "nuget: ..."</c> for one of them loads the application's own copy, so it is fast, works
/// offline and can never load a second, different copy beside the one the kernel already runs.
/// </summary>
public sealed class ShippedPackages
{
    private static readonly Lazy<ShippedPackages> DefaultPackages = new(() =>
        DependencyContext.Default is { } context ? FromDependencyContext(context) : new ShippedPackages([], AppContext.BaseDirectory));

    private readonly Dictionary<string, ShippedPackage> _packages;
    private readonly string _appBaseDirectory;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _resolved = new(StringComparer.OrdinalIgnoreCase);

    public ShippedPackages(IEnumerable<ShippedPackage> packages, string appBaseDirectory)
    {
        _packages = new Dictionary<string, ShippedPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in packages) _packages[package.Name] = package;
        _appBaseDirectory = appBaseDirectory;
    }

    /// <summary>The packages of the running application (<see cref="DependencyContext.Default"/>).</summary>
    public static ShippedPackages Default => DefaultPackages.Value;

    /// <summary>All package and project libraries of a dependency context.</summary>
    public static ShippedPackages FromDependencyContext(DependencyContext context, string? appBaseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var packages = context.RuntimeLibraries
            .Where(library => library.Type is "package" or "project")
            .Select(library => new ShippedPackage(
                library.Name,
                library.Version,
                library.RuntimeAssemblyGroups.Where(group => string.IsNullOrEmpty(group.Runtime)).SelectMany(group => group.AssetPaths).ToList(),
                library.Dependencies.Select(dependency => dependency.Name).ToList(),
                library.Path));
        return new ShippedPackages(packages, appBaseDirectory ?? AppContext.BaseDirectory);
    }

    /// <summary>Packages shipped, ordered by name.</summary>
    public IReadOnlyList<ShippedPackage> All =>
        _packages.Values.OrderBy(package => package.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The shipped package called <paramref name="name"/>, or null.</summary>
    public ShippedPackage? Find(string name) => _packages.GetValueOrDefault(name);

    /// <summary>
    /// Full paths of the runtime assemblies of <paramref name="package"/> and of every shipped package it depends on,
    /// transitively.
    /// </summary>
    /// <exception cref="FileNotFoundException">An assembly the deps.json names is not on disk.</exception>
    public IReadOnlyList<string> ResolveAssemblies(ShippedPackage package) =>
        _resolved.GetOrAdd(package.Name, _ => ResolveClosure(package));

    /// <summary>NuGet treats 1.2 and 1.2.0 as the same version and ignores build metadata.</summary>
    public static bool VersionsMatch(string shipped, string requested) =>
        string.Equals(NormalizeVersion(shipped), NormalizeVersion(requested), StringComparison.OrdinalIgnoreCase);

    private List<string> ResolveClosure(ShippedPackage root)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.Name };
        var pending = new Queue<ShippedPackage>([root]);
        while (pending.Count > 0)
        {
            var package = pending.Dequeue();
            paths.AddRange(package.AssetPaths.Select(asset => LocateAsset(package, asset)));
            foreach (var dependency in package.Dependencies)
            {
                // .NET prunes packages the shared framework already provides from deps.json, so a dependency
                // missing here is part of the framework, which every submission references anyway.
                if (seen.Add(dependency) && _packages.TryGetValue(dependency, out var next)) pending.Enqueue(next);
            }
        }

        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private string LocateAsset(ShippedPackage package, string asset)
    {
        var candidates = new List<string>
        {
            Path.Combine(_appBaseDirectory, Path.GetFileName(asset)),
            Path.Combine(_appBaseDirectory, asset),
        };
        if (package.PackagePath is not null)
        {
            candidates.AddRange(PackageRoots().Select(root => Path.Combine(root, package.PackagePath, asset)));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"assembly {asset} of package {package.Name} {package.Version} was not found (looked in: {string.Join(", ", candidates)})");
    }

    private static IEnumerable<string> PackageRoots()
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured) yield return configured;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) yield return Path.Combine(home, ".nuget", "packages");
    }

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
