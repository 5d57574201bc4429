namespace AnalysisHelpers.Notebooks.Pairing;

/// <summary>A .ipynb file that cannot be read as a workbook notebook: every problem, each as <c>file:line:column: reason</c>.</summary>
public sealed class IpynbFormatException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
