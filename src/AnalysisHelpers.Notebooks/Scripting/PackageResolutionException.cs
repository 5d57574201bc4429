namespace AnalysisHelpers.Notebooks;

/// <summary>A <c>#r "nuget: ..."</c> request the runner cannot satisfy from the packages it ships.</summary>
public sealed class PackageResolutionException(string message) : Exception(message);
