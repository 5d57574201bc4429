namespace AnalysisHelpers.Export.Files;

/// <summary>A file written by an export.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="RelativePath">Path relative to the output folder, forward slashes.</param>
/// <param name="Kind">One of <see cref="OutputKind"/>.</param>
public sealed record ExportedFile(string FullPath, string RelativePath, string Kind);
