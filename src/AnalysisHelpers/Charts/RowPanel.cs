namespace AnalysisHelpers.Charts;

/// <summary>A group of rows sharing one value axis, such as all amounts in US dollars. Rows drawn as bars
/// (<see cref="PointsAsBars"/>) are only ever point values; bounds keep their arrows. <see cref="NotDrawn"/> counts
/// the rows of the panel left out because the figure could not hold them (see <see cref="RowBudget"/>).</summary>
internal sealed record RowPanel(string Title, IReadOnlyList<BoundedRow> Rows, ValueAxis Axis, string AxisTitle, bool PointsAsBars = false)
{
    public int NotDrawn { get; init; }

    /// <summary>Every row the panel's data has, drawn or not.</summary>
    public int TotalRows => Rows.Count + NotDrawn;
}
