namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// What pages tried to do that an offline export must not do: network requests (all blocked) and console
/// errors, including uncaught exceptions. Safe to use from several threads.
/// </summary>
public sealed class BrowserActivity
{
    private readonly object _gate = new();
    private readonly List<string> _requests = [];
    private readonly List<string> _consoleErrors = [];

    /// <summary>URLs pages tried to fetch; every one of them was aborted.</summary>
    public IReadOnlyList<string> BlockedRequests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>Console error messages and uncaught page exceptions.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get { lock (_gate) return _consoleErrors.ToArray(); }
    }

    /// <summary>True when no page made a network request or logged an error.</summary>
    public bool IsClean
    {
        get { lock (_gate) return _requests.Count == 0 && _consoleErrors.Count == 0; }
    }

    internal void RecordRequest(string url)
    {
        lock (_gate) _requests.Add(url);
    }

    internal void RecordConsoleError(string message)
    {
        lock (_gate) _consoleErrors.Add(message);
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return $"blocked requests: [{string.Join(", ", _requests)}]; console errors: [{string.Join(" | ", _consoleErrors)}]";
        }
    }
}
