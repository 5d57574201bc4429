namespace AnalysisHelpers.Charts;

/// <summary>A group of rows sharing one value axis, such as all amounts in US dollars. Rows drawn as bars
/// (<see cref="PointsAsBars"/>) are only ever point values; bounds keep their arrows.</summary>
internal sealed record RowPanel(string Title, IReadOnlyList<BoundedRow> Rows, ValueAxis Axis, string AxisTitle, bool PointsAsBars = false);
