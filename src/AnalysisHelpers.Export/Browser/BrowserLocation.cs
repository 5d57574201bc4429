namespace AnalysisHelpers.Export.Browser;

/// <summary>How the browser search ended.</summary>
public enum BrowserLocationStatus
{
    /// <summary>An executable was found; <see cref="BrowserLocation.ExecutablePath"/> is set.</summary>
    Found,

    /// <summary>Nothing was configured and no known install location holds a browser.</summary>
    NotFound,

    /// <summary>An explicit path or WORKBOOK_BROWSER names a file that does not exist.</summary>
    ConfiguredPathMissing,
}

/// <summary>The outcome of <see cref="BrowserLocator.Locate"/>.</summary>
/// <param name="Status">Whether a browser was found, and if not, why.</param>
/// <param name="ExecutablePath">The browser executable when found.</param>
/// <param name="Source">Where the path came from (e.g. "WORKBOOK_BROWSER", "system path") when found.</param>
/// <param name="Message">When not found: what went wrong and how to fix it.</param>
public sealed record BrowserLocation(BrowserLocationStatus Status, string? ExecutablePath, string? Source, string? Message)
{
    public bool Found => Status == BrowserLocationStatus.Found;

    /// <summary>The executable path, or an exception carrying <see cref="Message"/>.</summary>
    public string RequirePath() =>
        ExecutablePath ?? throw new BrowserUnavailableException(Message ?? "No browser was found.");
}
