using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Tables;

/// <summary>A validated CSV table held column by column, typed as its schema declares.</summary>
public sealed class Table
{
    private readonly Dictionary<string, Array> _columns;
    private readonly RowLocator _locator;
    private readonly int[] _rowOffsets;

    internal Table(string name, string file, TableSchema schema, Dictionary<string, Array> columns, int[] rowLines, int[] rowOffsets, RowLocator locator)
    {
        Name = name;
        File = file;
        Schema = schema;
        _columns = columns;
        RowLines = rowLines;
        _rowOffsets = rowOffsets;
        _locator = locator;
    }

    public string Name { get; }
    /// <summary>The file name used in error messages.</summary>
    public string File { get; }
    public TableSchema Schema { get; }
    public int RowCount => RowLines.Count;
    /// <summary>The 1-based line where each row starts.</summary>
    public IReadOnlyList<int> RowLines { get; }

    public string?[] Strings(string field) => Column<string?[]>(field, FieldType.String);
    public double?[] Numbers(string field) => Column<double?[]>(field, FieldType.Number);
    public long?[] Integers(string field) => Column<long?[]>(field, FieldType.Integer);

    /// <summary>The value of any field as the text it was parsed from (numbers in invariant round-trip form).</summary>
    public string? Text(int row, string field) => _columns[field] switch
    {
        string?[] s => s[row],
        double?[] d => d[row]?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        long?[] l => l[row]?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Line and column of a cell, found by re-reading its row: storing every cell's position would cost
    /// more memory than the data, and positions are needed only to report errors. A table read from a file keeps
    /// only where each row starts and reads the row again from the file.</summary>
    public (int Line, int Column) Locate(int row, string field)
    {
        int index = Schema.Fields.ToList().FindIndex(f => f.Name == field);
        var reader = _locator.ReadRowAt(_rowOffsets[row], RowLines[row]);
        if (reader is null) return (RowLines[row], 1);
        int physical = _headerOrder is null ? index : Array.IndexOf(_headerOrder, index);
        if (physical < 0 || physical >= reader.FieldCount) return (RowLines[row], 1);
        return (reader.FieldLine(physical), reader.FieldColumn(physical));
    }

    private int[]? _headerOrder;
    /// <summary>Maps the file's column positions to schema field indexes when the header order differs.</summary>
    internal void SetHeaderOrder(int[] physicalToSchema) => _headerOrder = physicalToSchema;

    public DataValidationError ErrorAt(int row, string field, string message, string? raw = null)
    {
        var (line, column) = Locate(row, field);
        return new DataValidationError(File, line, column, message, field, raw);
    }

    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>();
        foreach (var f in Schema.Fields)
        {
            columns.Add(_columns[f.Name] switch
            {
                string?[] s => new StringDataFrameColumn(f.Name, s),
                double?[] d => new DoubleDataFrameColumn(f.Name, d),
                long?[] l => new Int64DataFrameColumn(f.Name, l),
                _ => throw new InvalidOperationException(),
            });
        }
        return new DataFrame(columns);
    }

    private T Column<T>(string field, FieldType type) where T : class
    {
        if (!_columns.TryGetValue(field, out var column))
            throw new ArgumentException($"{File} has no field {field}", nameof(field));
        return column as T ?? throw new ArgumentException($"{File}: field {field} is not of type {type}", nameof(field));
    }
}
