namespace AnalysisHelpers.Tables;

/// <summary>Finds a cell's line and column by reading its row again. Keeping every cell's place would cost more
/// memory than the data, and places are needed only for error messages: the table keeps the line each row starts
/// on, and the source finds where that line starts in the file. If the file has changed since it was read, the
/// row's first line is given instead.</summary>
internal sealed class RowLocator(CsvSource source)
{
    private readonly object _gate = new();

    public (int Line, int Column) Locate(int rowLine, int physical)
    {
        lock (_gate)
        {
            try
            {
                if (!source.Unchanged()) return (rowLine, 1);
                long offset = source.LineStart(rowLine);
                if (offset < 0) return (rowLine, 1);
                using var reader = CsvCells.Open(source.TextAt(offset));
                if (!reader.MoveNext()) return (rowLine, 1);
                var row = reader.Current;
                if (physical < 0 || physical >= row.ColCount) return (rowLine, 1);
                return CsvCells.Position(row.Span, CsvCells.Offset(row, physical), rowLine);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
            {
                return (rowLine, 1);
            }
        }
    }
}
