namespace AnalysisHelpers.Tables;

/// <summary>Collects validation errors with a cap, so a hostile file with millions of bad cells still yields a
/// readable report (the count of errors left out is reported, never hidden).</summary>
public sealed class ErrorList
{
    private readonly List<DataValidationError> _errors = [];
    private readonly int _max;
    private int _omitted;

    public ErrorList(int max = 1000) => _max = max;

    public int Count => _errors.Count + _omitted;

    /// <summary>How many errors are listed before the rest are only counted.</summary>
    internal int Max => _max;

    /// <summary>Counts errors found but not kept by a reader that capped its own list.</summary>
    internal void AddOmitted(int count) => _omitted += count;
    public bool HasErrors => Count > 0;

    public void Add(DataValidationError error)
    {
        if (_errors.Count < _max) _errors.Add(error);
        else _omitted++;
    }

    /// <summary>The errors kept so far (without the note about those left out).</summary>
    public IReadOnlyList<DataValidationError> Listed => _errors;

    public IReadOnlyList<DataValidationError> ToList(string file)
    {
        var list = new List<DataValidationError>(_errors);
        if (_omitted > 0)
            list.Add(new DataValidationError(file, 0, 0, $"{_omitted} further problem{(_omitted == 1 ? "" : "s")} not listed (only the first {_max} are shown)"));
        return list;
    }

    public void ThrowIfAny(string file)
    {
        if (HasErrors) throw new DataValidationException(ToList(file));
    }
}
