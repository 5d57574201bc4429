namespace AnalysisHelpers.Tables;

/// <summary>Thrown when data files break their schema or the claim rules. Carries every problem found, not just the first.</summary>
public sealed class DataValidationException : Exception
{
    public DataValidationException(IReadOnlyList<DataValidationError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<DataValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<DataValidationError> errors) =>
        $"{errors.Count} data problem{(errors.Count == 1 ? "" : "s")} found:" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
