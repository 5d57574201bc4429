namespace AnalysisHelpers.Notebooks;

/// <summary>A package (or project) the host application was built with, as listed in its deps.json.</summary>
/// <param name="Name">Package id.</param>
/// <param name="Version">Exact version the host ships.</param>
/// <param name="AssetPaths">Runtime assembly paths relative to the package (as deps.json lists them).</param>
/// <param name="Dependencies">Names of the packages this one depends on.</param>
/// <param name="PackagePath">Folder of the package relative to a NuGet packages root (e.g. <c>njsonschema/11.6.2</c>), if known.</param>
public sealed record CatalogPackage(
    string Name,
    string Version,
    IReadOnlyList<string> AssetPaths,
    IReadOnlyList<string> Dependencies,
    string? PackagePath);
