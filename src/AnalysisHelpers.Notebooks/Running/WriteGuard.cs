namespace AnalysisHelpers.Notebooks.Running;

/// <summary>
/// Files a notebook may not touch while it runs: anything under <see cref="Root"/> (recursively) outside the
/// <see cref="Allowed"/> folders. A file created, changed, renamed or deleted there fails the notebook at the cell
/// that was running when the change was seen, so a notebook cannot quietly edit the data or the project it belongs to.
/// </summary>
/// <param name="Root">The folder to watch, e.g. the project folder.</param>
/// <param name="Allowed">Folders under which changes are expected, e.g. the output folder.</param>
/// <remarks>
/// Folders named <c>bin</c> and <c>obj</c> are ignored: builds write there on their own. In <c>.git</c> only what git
/// writes during a background <c>git status</c> or fetch is ignored (the index, objects, remote refs); a change to its
/// config, hooks or local refs fails the notebook. The watch sees every process, not only the notebook, so an editor saving a file under the root during a run
/// is reported too.
/// </remarks>
public sealed record WriteGuard(string Root, IReadOnlyList<string> Allowed)
{
    /// <summary>
    /// How long to wait after the last cell for changes still on their way from the operating system. Paid once per
    /// notebook, not per cell.
    /// </summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(80);
}
