using System.Text.RegularExpressions;
using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>A finished chart: the Plotly figure, its JSON (byte-identical for identical data, so exports and notebook
/// outputs diff cleanly), a caption, its size and the claims it draws on.</summary>
public sealed partial record ChartSpec(
    string Id,
    string Title,
    string Caption,
    GenericChart Chart,
    string FigureJson,
    int Width,
    int Height,
    IReadOnlyList<string> ClaimIds)
{
    public string Id { get; init; } = ValidId(Id);

    /// <summary>Builds a spec from a chart, serialising its figure once.</summary>
    public static ChartSpec From(string id, string title, string caption, GenericChart chart, int width, int height,
        IEnumerable<string> claimIds) =>
        new(id, title, caption, chart, GenericChart.toFigureJson(chart), width, height,
            claimIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    private static string ValidId(string id) =>
        id is not null && IdPattern().IsMatch(id)
            ? id
            : throw new ArgumentException($"Chart id '{id}' must match ^[a-z0-9][a-z0-9-]*$.", nameof(id));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
