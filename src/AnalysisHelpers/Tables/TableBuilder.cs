using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace AnalysisHelpers.Tables;

/// <summary>Typed columns filled from the rows Sep splits, each cell parsed as its declared type and checked against
/// its constraints. Rows may be added by several threads at once (<see cref="RowBatches"/>): each writes only its own
/// row of the pre-sized columns and keeps its own string pools and errors, merged in row order at the end. Lines are
/// counted here: each row records the line breaks inside it (only quoted cells hold them), and once all rows are in,
/// a running sum gives every row its first line; errors found meanwhile hold a line relative to their row until then.
/// Checks across rows (unique values, keys) run once all rows are in.</summary>
internal sealed class TableBuilder
{
    private const int PooledUpTo = 1024;          // longer values rarely repeat
    private const int PoolCapacity = 1 << 19;     // distinct values a column pools per thread
    private const int PatternMemo = 4096;         // pooled values whose pattern result a thread remembers

    private readonly CsvSource _source;
    private readonly TableSchema _schema;
    private readonly FieldSchema[] _fields;
    private readonly int[] _order;                // physical column -> schema field
    private readonly int _capacity;
    private readonly string[] _missing;
    private readonly bool _emptyIsMissing;
    private readonly bool[] _inPrimaryKey;
    private readonly FrozenSet<string>?[] _enums;
    private readonly bool[] _hasStringChecks;
    private readonly string?[]?[] _strings;
    private readonly double?[]?[] _numbers;
    private readonly long?[]?[] _integers;
    private readonly int[] _rowLines;
    private readonly bool[] _skipped;             // rows left out: blank, or the wrong number of fields
    private readonly bool[] _patternOff;          // a pattern that timed out is not tried again
    private readonly ThreadLocal<Worker> _workers;
    private readonly int _maxErrors;
    private readonly int _firstRowLine;
    private readonly object _gate = new();
    private (int Row, int Field, int Line, int Column)? _slowPattern;

    /// <param name="firstRowLine">The line the first row after the header starts on.</param>
    public TableBuilder(CsvSource source, TableSchema schema, int[] order, int capacity, int firstRowLine, int maxErrors)
    {
        _source = source;
        _schema = schema;
        _fields = [.. schema.Fields];
        _order = order;
        _capacity = capacity;
        _firstRowLine = firstRowLine;
        _maxErrors = maxErrors;
        _missing = [.. schema.MissingValues];
        _emptyIsMissing = _missing.Contains("");
        int n = _fields.Length;
        _inPrimaryKey = _fields.Select(f => schema.PrimaryKey.Contains(f.Name)).ToArray();
        _enums = new FrozenSet<string>?[n];
        _hasStringChecks = new bool[n];
        _strings = new string?[]?[n];
        _numbers = new double?[]?[n];
        _integers = new long?[]?[n];
        _patternOff = new bool[n];
        for (int f = 0; f < n; f++)
        {
            var c = _fields[f].Constraints;
            _enums[f] = c.Enum?.ToFrozenSet(StringComparer.Ordinal);
            _hasStringChecks[f] = c.Enum is not null || c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null;
            switch (_fields[f].Type)
            {
                case FieldType.String: _strings[f] = new string?[capacity]; break;
                case FieldType.Number: _numbers[f] = new double?[capacity]; break;
                case FieldType.Integer: _integers[f] = new long?[capacity]; break;
            }
            // Compiled here, once, rather than by the first threads to need it.
            _ = c.PatternRegex;
        }
        _rowLines = new int[capacity];
        _skipped = new bool[capacity];
        _workers = new ThreadLocal<Worker>(() => new Worker(n, maxErrors), trackAllValues: true);
    }

    private string File => _source.Name;

    /// <summary>Adds row <paramref name="r"/> (0 is the first after the header). Runs on any thread; writes only
    /// row <paramref name="r"/> of the columns, and the pattern switches.</summary>
    public void Add(CsvRow row, int r)
    {
        var w = _workers.Value!;
        if (r >= _capacity) { w.Overran = true; return; }
        if (r >= w.Rows) w.Rows = r + 1;
        var v = new Cells(r, w);
        var span = row.Text;
        int count = row.Count;

        bool quotes = span.Contains('"');
        if (quotes)
        {
            _rowLines[r] = CsvCells.LineBreaks(span);
            for (int p = 0; p < count; p++)
            {
                if (CsvCells.Problem(row.Cell(p)) is not { } problem) continue;
                var (l, c) = CsvCells.Position(span, row.Offset(p) + problem.Offset, 0);
                v.Error(-1, new DataValidationError(File, l, c, problem.Message));
                break;
            }
        }
        if (count == 1 && span.IsEmpty)
        {
            v.Error(-1, new DataValidationError(File, 0, 1, "blank line; every line after the header must be a row"));
            _skipped[r] = true;
            return;
        }
        if (count != _order.Length)
        {
            v.Error(-1, new DataValidationError(File, 0, 1, $"row has {count} field{(count == 1 ? "" : "s")} but the header has {_order.Length}"));
            _skipped[r] = true;
            return;
        }

        bool nul = span.Contains('\0');
        for (int p = 0; p < count; p++)
        {
            int f = _order[p];
            var field = _fields[f];
            var raw = row.Cell(p);
            var value = quotes ? CsvCells.Value(raw, ref w.Buffer) : raw;
            if (IsMissing(value, raw, quotes))
            {
                if (field.Constraints.Required || _inPrimaryKey[f])
                    v.Error(p * 4, At(row, p, field, field.Constraints.Required ? "value is required" : "value is required (the field is part of the primary key)", null));
                continue;
            }
            switch (field.Type)
            {
                case FieldType.String:
                {
                    var s = field.Constraints.Unique || value.Length > PooledUpTo ? new string(value) : w.Pool.ToString(value, f);
                    _strings[f]![r] = s;
                    if (nul && raw.IndexOf('\0') is int at and >= 0)
                    {
                        var (l, c) = CsvCells.Position(span, row.Offset(p) + at, 0);
                        v.Error(p * 4, new DataValidationError(File, l, c, "text holds a NUL character (U+0000), which is not allowed", field.Name, s));
                    }
                    if (_hasStringChecks[f]) CheckString(s, f, row, p, v, w, pooled: !field.Constraints.Unique);
                    break;
                }
                case FieldType.Number:
                {
                    var (number, problem) = NumberText.ParseNumber(value);
                    if (problem is not null) { v.Error(p * 4 + 1, At(row, p, field, problem, value.ToString())); break; }
                    _numbers[f]![r] = number;
                    CheckRange(number, value, row, p, field, v);
                    break;
                }
                case FieldType.Integer:
                {
                    var (number, problem) = NumberText.ParseInteger(value);
                    if (problem is not null) { v.Error(p * 4 + 1, At(row, p, field, problem, value.ToString())); break; }
                    _integers[f]![r] = number;
                    CheckRange(number, value, row, p, field, v);
                    break;
                }
            }
        }
    }

    /// <summary>A value equal to a missing-value marker is missing, unless its quotes hold escapes (then its text in
    /// the file differs from the marker).</summary>
    private bool IsMissing(ReadOnlySpan<char> value, ReadOnlySpan<char> raw, bool quotes)
    {
        if (value.IsEmpty) return _emptyIsMissing;
        foreach (var m in _missing)
            if (m.Length > 0 && value.SequenceEqual(m)) return !quotes || !CsvCells.HasEscapes(raw);
        return false;
    }

    private void CheckString(string s, int f, CsvRow row, int p, Cells v, Worker w, bool pooled)
    {
        var field = _fields[f];
        var c = field.Constraints;
        if (_enums[f] is { } allowed && !allowed.Contains(s))
            v.Error(p * 4 + 1, At(row, p, field, $"value is not one of: {string.Join(", ", c.Enum!)}", s));
        if (c.MinLength is int min && s.Length < min)
            v.Error(p * 4 + 1, At(row, p, field, $"value is shorter than {min} characters", s));
        if (c.MaxLength is int max && s.Length > max)
            v.Error(p * 4 + 1, At(row, p, field, $"value is longer than {max} characters ({s.Length})", s));
        if (c.PatternRegex is not { } regex || Volatile.Read(ref _patternOff[f])) return;
        // A pooled value repeats as the same instance, so its result is remembered by reference.
        var memo = pooled ? w.PatternResults[f] ??= new Dictionary<string, bool>(ReferenceEqualityComparer.Instance) : null;
        if (memo is null || !memo.TryGetValue(s, out bool matches))
        {
            try
            {
                matches = regex.IsMatch(s);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern this slow would take hours over a large table: it is reported once, in the schema.
                var (line, column) = CsvCells.Position(row.Text, row.Offset(p), 0);
                lock (_gate)
                {
                    if (_slowPattern is not { } earlier || earlier.Row > v.Row) _slowPattern = (v.Row, f, line, column);
                    Volatile.Write(ref _patternOff[f], true);
                }
                return;
            }
            if (memo is not null && memo.Count < PatternMemo) memo[s] = matches;
        }
        if (!matches) v.Error(p * 4 + 1, At(row, p, field, $"value does not match the pattern {c.Pattern}", s));
    }

    private void CheckRange(double value, ReadOnlySpan<char> text, CsvRow row, int p, FieldSchema field, Cells v)
    {
        var c = field.Constraints;
        if (c.Minimum is double min && value < min)
            v.Error(p * 4 + 1, At(row, p, field, $"value is below the minimum {min.ToString(CultureInfo.InvariantCulture)}", text.ToString()));
        if (c.Maximum is double max && value > max)
            v.Error(p * 4 + 1, At(row, p, field, $"value is above the maximum {max.ToString(CultureInfo.InvariantCulture)}", text.ToString()));
        if (c.Enum is { } allowed && !allowed.Contains(text.ToString()))
            v.Error(p * 4 + 1, At(row, p, field, $"value is not one of: {string.Join(", ", allowed)}", text.ToString()));
    }

    /// <summary>An error at a cell, its line counted from the row's first line.</summary>
    private DataValidationError At(CsvRow row, int p, FieldSchema field, string message, string? raw)
    {
        var (line, column) = CsvCells.Position(row.Text, row.Offset(p), 0);
        return new DataValidationError(File, line, column, message, field.Name, raw);
    }

    /// <summary>The table, with every error added to <paramref name="errors"/> in row order; null when the file
    /// changed while it was read.</summary>
    public Table? Build(ErrorList errors)
    {
        var workers = _workers.Values;
        _workers.Dispose();
        foreach (var w in workers) w.Pool.Dispose();
        if (workers.Any(w => w.Overran))
        {
            errors.Add(new DataValidationError(File, 0, 0, "the file changed while it was read; read it again"));
            return null;
        }
        int rows = workers.Count == 0 ? 0 : workers.Max(w => w.Rows);
        for (int r = 0, line = _firstRowLine; r < rows; r++)
        {
            int inside = _rowLines[r];
            _rowLines[r] = line;
            line += inside + 1;
        }
        var locator = new RowLocator(_source);
        var found = new List<Keyed>();
        int omitted = 0;
        foreach (var w in workers)
        {
            foreach (var e in w.Errors) found.Add(e with { Error = e.Error with { Line = _rowLines[e.Row] + e.Error.Line } });
            omitted += w.Omitted;
        }
        found.AddRange(KeyChecks.Find(File, _schema, _order, rows, Text, (r, p) => locator.Locate(_rowLines[r], p), r => _rowLines[r]));
        // Each thread's errors come in row order and a row's in check order; a stable sort merges them.
        foreach (var e in found.Select((e, i) => (e, i)).OrderBy(x => x.e.Row).ThenBy(x => x.e.Order).ThenBy(x => x.i)) errors.Add(e.e.Error);
        errors.AddOmitted(omitted);
        if (_slowPattern is { } slow) errors.Add(SlowPatternError(slow with { Line = _rowLines[slow.Row] + slow.Line }));
        return Columns(rows, locator);
    }

    /// <summary>The text of every row of field <paramref name="f"/>, as keys compare it (numbers in round-trip form).</summary>
    private Func<int, string?> Text(int f) =>
        _strings[f] is { } s ? r => s[r]
        : _numbers[f] is { } d ? r => d[r]?.ToString("R", CultureInfo.InvariantCulture)
        : _integers[f] is { } l ? r => l[r]?.ToString(CultureInfo.InvariantCulture)
        : _ => null;

    private DataValidationError SlowPatternError((int Row, int Field, int Line, int Column) slow)
    {
        var field = _fields[slow.Field];
        var message = $"the pattern took longer than {FieldConstraints.PatternTimeout.TotalSeconds:0.#} s on the value at {Path.GetFileName(File)}:{slow.Line}:{slow.Column}; "
            + $"simplify it (other values of {field.Name} may not have been checked against it)";
        return _schema.Locations is { } at
            ? at.Error($"fields/{slow.Field}/constraints/pattern", message, field.Name)
            : new DataValidationError(File, slow.Line, slow.Column, message, field.Name);
    }

    /// <summary>The columns cut to the rows read, without the rows left out.</summary>
    private Table Columns(int rows, RowLocator locator)
    {
        int kept = rows;
        for (int r = 0; r < rows; r++) if (_skipped[r]) kept--;
        var columns = new Dictionary<string, Array>(_fields.Length);
        for (int f = 0; f < _fields.Length; f++)
            columns[_fields[f].Name] = Cut((Array?)_strings[f] ?? (Array?)_numbers[f] ?? _integers[f]!, rows, kept);
        var lines = (int[])Cut(_rowLines, rows, kept);
        var table = new Table(Path.GetFileNameWithoutExtension(File), File, _schema, columns, lines, locator);
        bool inOrder = true;
        for (int p = 0; p < _order.Length; p++) inOrder &= _order[p] == p;
        if (!inOrder) table.SetHeaderOrder(_order);
        return table;
    }

    private Array Cut(Array column, int rows, int kept)
    {
        if (kept == column.Length) return column;
        var cut = Array.CreateInstance(column.GetType().GetElementType()!, kept);
        if (kept == rows) { Array.Copy(column, cut, kept); return cut; }
        int w = 0;
        for (int r = 0; r < rows; r++)
            if (!_skipped[r]) Array.Copy(column, r, cut, w++, 1);
        return cut;
    }

    /// <summary>What one thread keeps while it adds rows.</summary>
    private sealed class Worker(int fields, int maxErrors)
    {
        public char[] Buffer = new char[256];
        public readonly SepToString Pool = SepToString.PoolPerCol(PooledUpTo, 64, PoolCapacity)(null, fields);
        public readonly Dictionary<string, bool>?[] PatternResults = new Dictionary<string, bool>?[fields];
        public readonly List<Keyed> Errors = [];
        public int Omitted;
        public int Rows;
        public bool Overran;

        /// <summary>Rows come to one thread in increasing order, so its first errors are the ones to list.</summary>
        public void Add(int row, int order, DataValidationError error)
        {
            if (Errors.Count < maxErrors) Errors.Add(new Keyed(row, order, error));
            else Omitted++;
        }
    }

    /// <summary>The row being added and the thread adding it, for the checks to report to.</summary>
    private readonly record struct Cells(int Row, Worker Worker)
    {
        public void Error(int order, DataValidationError error) => Worker.Add(Row, order, error);
    }
}

/// <summary>A row as Sep split it: its text, and where each cell starts and ends in it.</summary>
internal readonly ref struct CsvRow(ReadOnlySpan<char> text, ReadOnlySpan<int> bounds)
{
    public ReadOnlySpan<char> Text { get; } = text;
    private readonly ReadOnlySpan<int> _bounds = bounds;
    public int Count => _bounds.Length / 2;
    public int Offset(int p) => _bounds[2 * p];
    public ReadOnlySpan<char> Cell(int p) => Text[_bounds[2 * p].._bounds[2 * p + 1]];
}

/// <summary>An error with its place in the report: the row, then the order of checks within the row.</summary>
internal readonly record struct Keyed(int Row, int Order, DataValidationError Error);
