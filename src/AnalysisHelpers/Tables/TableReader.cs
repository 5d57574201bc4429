using System.Text;
using nietras.SeparatedValues;

namespace AnalysisHelpers.Tables;

/// <summary>Reads a CSV file against its Table Schema: the header must name every schema field once, every cell is
/// parsed as its declared type (never guessed) and checked against its constraints. Every problem is collected and
/// reported together; a file with any problem yields no table at all. Sep does the splitting (in parallel on a
/// large file); the typing, checks and error places are the project's own (<see cref="TableBuilder"/>).</summary>
public static class TableReader
{
    /// <summary>Files from this size are read by several threads at once on a machine with more than one core.</summary>
    internal static long ParallelFrom = 4 << 20;

    public static Table Read(string path, TableSchema schema, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        var errors = new ErrorList();
        var table = TryRead(path, schema, errors, name);
        errors.ThrowIfAny(name);
        return table!;
    }

    /// <summary>Reads CSV bytes held in memory, named <paramref name="displayName"/> in error messages.</summary>
    public static Table Read(byte[] utf8, string displayName, TableSchema schema)
    {
        var errors = new ErrorList();
        var table = TryRead(utf8, displayName, schema, errors);
        errors.ThrowIfAny(displayName);
        return table!;
    }

    /// <summary>Reads what it can and adds every problem to <paramref name="errors"/>; returns null when the file
    /// cannot be read as a table (unreadable, not UTF-8, unusable header).</summary>
    public static Table? TryRead(string path, TableSchema schema, ErrorList errors, string? displayName = null)
    {
        var name = displayName ?? Path.GetFileName(path);
        CsvSource source;
        try
        {
            source = CsvSource.File(path, name);
            using (File.OpenHandle(path)) { }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new DataValidationError(name, 0, 0, $"cannot read file: {ex.Message}"));
            return null;
        }
        return TryRead(source, schema, errors, new FileInfo(path).Length);
    }

    public static Table? TryRead(byte[] utf8, string displayName, TableSchema schema, ErrorList errors) =>
        TryRead(CsvSource.Bytes(utf8, displayName), schema, errors, utf8.Length);

    private static Table? TryRead(CsvSource source, TableSchema schema, ErrorList errors, long length)
    {
        try
        {
            int capacity = source.RowCapacity();
            int[]? order;
            int headerLines;
            using (var reader = CsvCells.Open(source.TextAt(0)))
                order = ReadHeader(reader, schema, source.Name, errors, out headerLines);
            if (order is null) return null;

            var builder = new TableBuilder(source, schema, order, capacity, firstRowLine: 1 + headerLines, errors.Max);
            // The header was checked above (names distinct), so Sep may take it as its header and hand over data rows.
            using (var reader = CsvCells.Open(source.TextAt(0), hasHeader: true))
            {
                if (length >= ParallelFrom && Environment.ProcessorCount > 1)
                    RowBatches.ReadInParallel(reader, builder, Environment.ProcessorCount);
                else
                    RowBatches.ReadHere(reader, builder);
            }
            return builder.Build(errors);
        }
        catch (Exception ex) when (Unwrap(ex) is DecoderFallbackException)
        {
            foreach (var e in source.InvalidUtf8()) errors.Add(e);
            return null;
        }
        catch (Exception ex) when (Unwrap(ex) is NotSupportedException)
        {
            // Sep holds a row in one buffer of at most 16M characters (SepDefaults.RowLengthMax, not configurable).
            errors.Add(new DataValidationError(source.Name, LongRowLine(source), 1,
                $"row is longer than {RowLengthMax:N0} characters, the most the CSV reader takes (a quote left open makes the rest of the file one row)"));
            return null;
        }
        catch (Exception ex) when (Unwrap(ex) is IOException or UnauthorizedAccessException)
        {
            errors.Add(new DataValidationError(source.Name, 0, 0, $"cannot read file: {Unwrap(ex).Message}"));
            return null;
        }
    }

    private const int RowLengthMax = 1 << 24;

    /// <summary>The line where the row Sep cannot hold starts: where the last row it could read ends.</summary>
    private static int LongRowLine(CsvSource source)
    {
        int line = 1;
        try
        {
            using var reader = CsvCells.Open(source.TextAt(0));
            foreach (var row in reader) line = row.LineNumberToExcl;
        }
        catch (NotSupportedException) { }
        return line;
    }

    /// <summary>An exception from a row handled on another thread arrives wrapped.</summary>
    private static Exception Unwrap(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : ex;

    /// <summary>The schema field of each column of the header, or null after reporting what is wrong with it.</summary>
    private static int[]? ReadHeader(SepReader reader, TableSchema schema, string file, ErrorList errors, out int lines)
    {
        lines = 1;
        var declared = string.Join(", ", schema.Fields.Select(f => f.Name));
        if (!reader.MoveNext())
        {
            errors.Add(new DataValidationError(file, 1, 1, $"file is empty; expected a header row: {string.Join(",", schema.Fields.Select(f => f.Name))}"));
            return null;
        }
        var row = reader.Current;
        var span = row.Span;
        lines = 1 + CsvCells.LineBreaks(span);
        int before = errors.Count;
        bool blank = row.ColCount == 1 && span.IsEmpty;
        var names = new string[row.ColCount];
        var columns = new (int Line, int Column)[row.ColCount];
        var buffer = new char[64];
        bool problem = false;
        for (int p = 0; p < row.ColCount; p++)
        {
            var raw = row[p].Span;
            columns[p] = CsvCells.Position(span, CsvCells.Offset(row, p), 1);
            if (!problem && CsvCells.Problem(raw) is { } structure)
            {
                var (l, c) = CsvCells.Position(span, CsvCells.Offset(row, p) + structure.Offset, 1);
                errors.Add(new DataValidationError(file, l, c, structure.Message));
                problem = true;
            }
            names[p] = new string(CsvCells.Value(raw, ref buffer));
        }
        if (blank && !reader.MoveNext())
        {
            errors.Add(new DataValidationError(file, 1, 1, $"file is empty; expected a header row: {string.Join(",", schema.Fields.Select(f => f.Name))}"));
            return null;
        }

        var order = new int[names.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < names.Length; p++)
        {
            var name = names[p];
            var (line, column) = columns[p];
            int index = schema.IndexOf(name);
            order[p] = index;
            if (index < 0)
            {
                var hint = schema.Fields.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
                var shown = DataValidationError.Printable(name);
                errors.Add(new DataValidationError(file, line, column,
                    hint is null ? $"unknown column \"{shown}\" (the schema declares: {declared})" : $"unknown column \"{shown}\" (did you mean \"{hint.Name}\"?)"));
            }
            else if (seen.TryGetValue(name, out int first))
                errors.Add(new DataValidationError(file, line, column, $"column \"{name}\" appears twice (first at column {first})"));
            else
                seen[name] = column;
        }
        foreach (var f in schema.Fields.Where(f => !seen.ContainsKey(f.Name)))
            errors.Add(new DataValidationError(file, 1, 1, $"header is missing column \"{f.Name}\""));
        return errors.Count > before ? null : order;
    }
}
