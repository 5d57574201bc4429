namespace AnalysisHelpers.Export.Browser;

/// <summary>No usable Chromium-family browser: none found, a configured path is missing, or it failed to start.</summary>
public sealed class BrowserUnavailableException : Exception
{
    public BrowserUnavailableException(string message) : base(message) { }

    public BrowserUnavailableException(string message, Exception inner) : base(message, inner) { }
}
