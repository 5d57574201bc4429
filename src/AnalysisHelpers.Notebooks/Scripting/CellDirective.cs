namespace AnalysisHelpers.Notebooks;

/// <summary>A directive the runner handles itself; positions are 0-based within the cell source.</summary>
internal abstract record CellDirective(int Line, int Column);

/// <summary><c>#r "nuget: Name, Version"</c>.</summary>
internal sealed record NuGetReferenceDirective(int Line, int Column, string PackageName, string Version) : CellDirective(Line, Column);

/// <summary><c>#i "nuget: source"</c>: a package source, recorded only, since the runner ships its packages.</summary>
internal sealed record PackageSourceDirective(int Line, int Column, string Source) : CellDirective(Line, Column);

/// <summary><c>#r "path/to.dll"</c>, relative to the notebook's folder.</summary>
internal sealed record AssemblyReferenceDirective(int Line, int Column, string Path) : CellDirective(Line, Column);

/// <summary>A problem found in a cell before it is compiled; positions are 0-based within the cell source.</summary>
internal sealed record CellProblem(int Line, int Column, string Message);
