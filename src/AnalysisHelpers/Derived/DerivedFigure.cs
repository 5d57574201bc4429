using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Derived;

/// <summary>A figure computed from claims by a written formula. <see cref="Value"/> is an interval so that the
/// bounds of the inputs carry through; a point result has Low == High.</summary>
public sealed record DerivedFigure(
    string Id,
    string Name,
    string Formula,
    IReadOnlyList<string> ClaimIds,
    Interval Value,
    Unit Unit,
    string Note);
