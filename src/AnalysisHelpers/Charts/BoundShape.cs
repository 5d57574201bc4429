namespace AnalysisHelpers.Charts;

/// <summary>What is known about a figure, which decides how it is drawn: a marker for a point, an arrow to the axis
/// edge for a one-sided bound, a segment for a range.</summary>
internal enum BoundShape
{
    Point,
    AtMost,
    AtLeast,
    Between,
}
