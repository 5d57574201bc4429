namespace AnalysisHelpers.Notebooks;

/// <summary>Thrown inside a cell by the deadline checks the runner injects, once the cell's time is up.</summary>
public sealed class CellTimeoutException(TimeSpan timeout)
    : Exception($"the cell did not finish within {CellTimeoutException.Seconds(timeout)} s")
{
    public TimeSpan Timeout { get; } = timeout;

    internal static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
