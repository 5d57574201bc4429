using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Tables;

/// <summary>A validated CSV table held column by column, typed as its schema declares.</summary>
public sealed class Table
{
    private readonly Dictionary<string, Array> _columns;
    private readonly RowLocator? _locator;
    private readonly List<FieldNeed>? _uses;

    internal Table(string name, string file, TableSchema schema, Dictionary<string, Array> columns, int[] rowLines, RowLocator locator)
    {
        Name = name;
        File = file;
        Schema = schema;
        _columns = columns;
        RowLines = rowLines;
        _locator = locator;
    }

    private Table(string name)
    {
        Name = name;
        File = name;
        Schema = new TableSchema([], [""], [], []);
        _columns = [];
        RowLines = Array.Empty<int>();
        _uses = [];
    }

    /// <summary>A table with no rows that answers every column it is asked for and records the field and type: run
    /// through the code that reads a table, it tells which fields that code needs, so they can be checked against a
    /// schema before any file is read (<see cref="FieldNeed"/>).</summary>
    internal static Table Probe(string name) => new(name);

    /// <summary>The fields asked of a <see cref="Probe"/>, in the order first asked.</summary>
    internal IReadOnlyList<FieldNeed> Needs => _uses ?? [];

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
    /// more memory than the data, and positions are needed only to report errors. A table keeps the line where each
    /// row starts and reads the row again from its file.</summary>
    public (int Line, int Column) Locate(int row, string field)
    {
        int index = Schema.IndexOf(field);
        int physical = _headerOrder is null ? index : Array.IndexOf(_headerOrder, index);
        if (_locator is null || physical < 0) return (RowLines[row], 1);
        return _locator.Locate(RowLines[row], physical);
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
        if (_uses is not null)
        {
            if (!_uses.Contains(new FieldNeed(field, type))) _uses.Add(new FieldNeed(field, type));
            return (T)(object)(type switch { FieldType.String => Array.Empty<string?>(), FieldType.Number => Array.Empty<double?>(), _ => (Array)Array.Empty<long?>() });
        }
        if (!_columns.TryGetValue(field, out var column))
            throw new ArgumentException($"{File} has no field {field}", nameof(field));
        return column as T ?? throw new ArgumentException($"{File}: field {field} is not of type {type}", nameof(field));
    }
}
