namespace AnalysisHelpers.Kernel;

/// <summary>A package (or project) the host application was built with, as its deps.json lists it.</summary>
/// <param name="Name">Package id.</param>
/// <param name="Version">Exact version the host ships.</param>
/// <param name="AssetPaths">Runtime assembly paths relative to the package (as deps.json lists them).</param>
/// <param name="Dependencies">Names of the packages this one depends on.</param>
/// <param name="PackagePath">Folder of the package relative to a NuGet packages root (e.g. <c>plotly.net/6.0.0</c>), if known.</param>
public sealed record ShippedPackage(
    string Name,
    string Version,
    IReadOnlyList<string> AssetPaths,
    IReadOnlyList<string> Dependencies,
    string? PackagePath);
