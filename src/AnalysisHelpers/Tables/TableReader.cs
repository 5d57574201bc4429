using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace AnalysisHelpers.Tables;

/// <summary>Reads a CSV file against its Table Schema: the header must name every schema field once, every cell is
/// parsed as its declared type (never guessed) and checked against its constraints. Every problem is collected and
/// reported together; a file with any problem yields no table at all.</summary>
public static class TableReader
{
    public static Table Read(string path, TableSchema schema, string? displayName = null)
    {
        var name = displayName ?? System.IO.Path.GetFileName(path);
        return Read(CsvDocument.Load(path, name), schema);
    }

    public static Table Read(CsvDocument doc, TableSchema schema)
    {
        var errors = new ErrorList();
        var table = TryRead(doc, schema, errors);
        errors.ThrowIfAny(doc.Path);
        return table!;
    }

    /// <summary>Reads what it can and adds every problem to <paramref name="errors"/>; returns null when the header
    /// is unusable.</summary>
    public static Table? TryRead(CsvDocument doc, TableSchema schema, ErrorList errors)
    {
        var span = doc.Bytes.AsSpan(doc.Start);
        return ReadCore(doc.Path, schema, errors, new DocumentFeed(doc), RowCapacity(span.Count((byte)'\n'), span.Length, span.IsEmpty ? (byte)0 : span[^1]), new DocumentRowLocator(doc));
    }

    /// <summary>Reads a file without holding all of its bytes: one pass checks the UTF-8 and counts the lines (so the
    /// columns are allocated once, at their final size), a second parses it through a buffer of whole lines. The table
    /// re-reads a row from the file only to locate an error. A file that is not UTF-8 or cannot be read is reported
    /// exactly as <see cref="CsvDocument.Load"/> reports it.</summary>
    internal static Table? TryReadFile(string path, string displayName, TableSchema schema, ErrorList errors)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        DateTime lastWrite;
        try
        {
            lastWrite = File.GetLastWriteTimeUtc(path);
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return TryRead(CsvDocument.Load(path, displayName), schema, errors);
        }
        using (handle)
        {
            try
            {
                long length = RandomAccess.GetLength(handle);
                if (length > Array.MaxLength)
                    return TryRead(CsvDocument.Load(path, displayName), schema, errors);
                var buffer = new byte[StreamFeed.BufferSize];
                long half = length >= ParallelFrom && Environment.ProcessorCount > 1 ? length / 2 : -1;
                if (!ScanFile(handle, ref buffer, half, out long newlines, out byte last, out var split))
                    return TryRead(CsvDocument.Load(path, displayName), schema, errors); // reports the invalid bytes
                int bom = length >= 3 && StartsWithBom(handle) ? 3 : 0;
                int capacity = RowCapacity(newlines, length - bom, last);
                var feed = new StreamFeed(handle, displayName, buffer, 0, 1);
                var secondHalf = split.Offset > 0 ? new StreamFeed(handle, displayName, new byte[StreamFeed.BufferSize], split.Offset, split.LinesBefore + 1) : null;
                return ReadCore(displayName, schema, errors, feed, capacity, new FileRowLocator(path, displayName, length, lastWrite), secondHalf, split.LinesBefore - 1);
            }
            catch (IOException ex)
            {
                throw new DataValidationException([new DataValidationError(displayName, 0, 0, $"cannot read file: {ex.Message}")]);
            }
        }
    }

    private static bool StartsWithBom(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        Span<byte> head = stackalloc byte[3];
        return RandomAccess.Read(handle, head, 0) == 3 && head.SequenceEqual("\uFEFF"u8);
    }

    /// <summary>Counts the newlines and checks the UTF-8, a buffer at a time. A buffer is checked up to its last ASCII
    /// byte, which never falls inside a multi-byte sequence; the rest is carried into the next read.</summary>
    private static bool ScanFile(Microsoft.Win32.SafeHandles.SafeFileHandle handle, ref byte[] buffer, long half, out long newlines, out byte last, out (long Offset, int LinesBefore) split)
    {
        newlines = 0;
        last = 0;
        split = (0, 0);
        long offset = 0;
        int carry = 0;
        while (true)
        {
            if (carry == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int n = RandomAccess.Read(handle, buffer.AsSpan(carry), offset);
            if (n == 0) return System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, carry));
            var read = buffer.AsSpan(carry, n);
            if (half >= 0 && split.Offset == 0 && offset + n > half)
            {
                // The second half starts after the first newline past the middle (maybe inside a quoted field: then
                // the first half will not end there, and the file is read on from where it does).
                int from = (int)Math.Max(0, half - offset);
                int nl = read[from..].IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    long lines = newlines + read[..(from + nl + 1)].Count((byte)'\n');
                    if (offset + from + nl + 1 < long.MaxValue && lines < int.MaxValue) split = (offset + from + nl + 1, (int)lines);
                }
            }
            offset += n;
            int have = carry + n;
            newlines += read.Count((byte)'\n');
            last = buffer[have - 1];
            int cut = buffer.AsSpan(0, have).LastIndexOfAnyInRange((byte)0, (byte)0x7F) + 1;
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, cut))) return false;
            buffer.AsSpan(cut, have - cut).CopyTo(buffer);
            carry = have - cut;
        }
    }

    /// <summary>Rows after the header can be at most the lines after the first (blank lines and quoted newlines make
    /// them fewer).</summary>
    private static int RowCapacity(long newlines, long length, byte last)
    {
        long lines = newlines + (length > 0 && last != (byte)'\n' ? 1 : 0);
        return (int)Math.Clamp(lines - 1, 0, Array.MaxLength);
    }

    /// <summary>Files from this size are read in two halves at once on a machine with more than one core.</summary>
    internal static long ParallelFrom = 8 << 20;

    private static Table? ReadCore(string file, TableSchema schema, ErrorList errors, RowFeed feed, int capacity, RowLocator locator,
        StreamFeed? secondHalf = null, int secondHalfFirstRow = 0)
    {
        if (!feed.Next() || (feed.Reader.FieldCount == 1 && feed.Reader.IsEmpty(0) && feed.AtEnd))
        {
            var fieldNames = string.Join(",", schema.Fields.Select(f => f.Name));
            errors.Add(new DataValidationError(file, 1, 1, $"file is empty; expected a header row: {fieldNames}"));
            return null;
        }

        var order = ReadHeader(feed.Reader, schema, file, errors);
        if (order is null) return null;

        var builder = new TableBuilder(file, schema, order, capacity, errors);
        if (secondHalf is not null && feed is StreamFeed first && builder.CanSplit
            && secondHalfFirstRow >= 0 && secondHalfFirstRow <= capacity && first.NextRowOffset < secondHalf.StartOffset)
            ReadInTwoHalves(builder, first, secondHalf, secondHalfFirstRow);
        while (feed.Next()) builder.Add(feed.Reader, feed.Offset);
        return builder.Build(locator);
    }

    /// <summary>Reads the second half of the file on another thread into the same columns, from the row index the
    /// first half cannot reach (its line count). The result is kept only when it is exactly what reading on would
    /// give: the first half ended on the row boundary where the second began, and the second half found no problem
    /// and no value of a unique field out of order. Otherwise the second half's rows are cleared and the caller reads
    /// on from where the first half stopped, so problems are always found, located and ordered by one reader.</summary>
    private static void ReadInTwoHalves(TableBuilder builder, StreamFeed first, StreamFeed second, int secondFirstRow)
    {
        var other = builder.SecondHalf(secondFirstRow);
        var task = Task.Factory.StartNew(() =>
        {
            while (second.Next())
                if (!other.Add(second.Reader, second.Offset)) break;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        first.Limit = second.StartOffset;
        try
        {
            while (first.Next()) builder.Add(first.Reader, first.Offset);
        }
        finally
        {
            first.Limit = long.MaxValue;
            builder.EndHalves();
            try { task.Wait(); }
            catch (AggregateException) { other.Fail(); }
        }
        if (first.NextRowOffset == second.StartOffset && builder.TryAppend(other)) first.SkipToEnd(second);
        else other.ClearRows();
    }

    /// <summary>Typed columns filled row by row, checked as they are filled. Only the unique and primary-key fields
    /// keep the text of the current cell, and only pooled values that have passed their checks skip them.</summary>
    private sealed class TableBuilder
    {
        private readonly string _file;
        private readonly TableSchema _schema;
        private readonly ErrorList _errors;
        private readonly int[] _order;
        private readonly FieldSchema[] _fields;
        private readonly byte[][] _missing;
        private readonly bool _onlyEmptyIsMissing;
        private readonly bool _emptyIsMissing;
        private readonly string?[]?[] _strings;
        private readonly double?[]?[] _numbers;
        private readonly long?[]?[] _integers;
        private readonly StringPool?[] _pools;
        private readonly RecentValues?[] _recent;
        private readonly bool[] _hasStringChecks;
        private readonly Dictionary<string, int>?[] _uniques;
        // While a unique field's values come in increasing order (ids usually do), each is new without a lookup.
        private readonly string?[] _lastInOrder;
        private readonly bool[] _inOrder;
        private readonly bool[] _inPrimaryKey;
        private readonly bool[] _needText;
        private readonly int[] _pkIndexes;
        private readonly bool _checkKeys;
        private readonly int[] _physicalOf;
        private readonly Dictionary<string, int> _primaryKeys = new(StringComparer.Ordinal);
        private readonly string?[] _cellText;
        private int[] _rowLines;
        private int[] _rowOffsets;
        private int _rows;
        private char[] _chars = new char[256];
        // A builder for the second half of a file writes its rows from _firstRow on, into the first half's arrays.
        private readonly int _firstRow;
        private readonly string?[] _firstInOrder;
        private readonly bool _isSecond;
        // While a second half is read, the first stops before the row index where the second begins.
        private int _rowLimit = int.MaxValue;
        private bool _failed;

        /// <summary>Two halves can be read apart when nothing checked across rows needs more than the order of unique
        /// values: a key of several fields needs the whole table.</summary>
        public bool CanSplit => !_checkKeys;

        private TableBuilder(TableBuilder first, int firstRow)
        {
            _file = first._file;
            _schema = first._schema;
            _errors = new ErrorList(max: 1);
            _order = first._order;
            _fields = first._fields;
            _missing = first._missing;
            _onlyEmptyIsMissing = first._onlyEmptyIsMissing;
            _emptyIsMissing = first._emptyIsMissing;
            _strings = first._strings;
            _numbers = first._numbers;
            _integers = first._integers;
            _pools = first._pools.Select(p => p is null ? null : new StringPool()).ToArray();
            _recent = first._pools.Select(p => p is null ? null : new RecentValues()).ToArray();
            _hasStringChecks = first._hasStringChecks;
            _uniques = first._uniques.Select(u => u is null ? null : new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
            _lastInOrder = new string?[_fields.Length];
            _inOrder = first._uniques.Select(u => u is not null).ToArray();
            _firstInOrder = new string?[_fields.Length];
            _inPrimaryKey = first._inPrimaryKey;
            _needText = first._needText;
            _pkIndexes = first._pkIndexes;
            _checkKeys = first._checkKeys;
            _physicalOf = first._physicalOf;
            _cellText = new string?[_fields.Length];
            _rowLines = first._rowLines;
            _rowOffsets = first._rowOffsets;
            _firstRow = firstRow;
            _isSecond = true;
        }

        public TableBuilder SecondHalf(int firstRow)
        {
            _rowLimit = firstRow;
            return new(this, firstRow);
        }

        public void EndHalves() => _rowLimit = int.MaxValue;

        public void Fail() => _failed = true;

        /// <summary>Takes the second half's rows after this builder's own, if they are exactly what reading on would
        /// have given.</summary>
        public bool TryAppend(TableBuilder second)
        {
            if (second._failed || second._errors.HasErrors || _rows > second._firstRow) return false;
            for (int f = 0; f < _fields.Length; f++)
            {
                if (_uniques[f] is null) continue;
                if (!second._inOrder[f] || !_inOrder[f]) return false;
                if (second._firstInOrder[f] is { } next && _lastInOrder[f] is { } last && string.CompareOrdinal(last, next) >= 0) return false;
            }
            for (int f = 0; f < _fields.Length; f++)
                if (_uniques[f] is not null && second._lastInOrder[f] is { } last) _lastInOrder[f] = last;
            int gap = second._firstRow - _rows;
            if (gap > 0)
            {
                MoveRows(_rowLines, second._firstRow, _rows, second._rows);
                MoveRows(_rowOffsets, second._firstRow, _rows, second._rows);
                for (int f = 0; f < _fields.Length; f++)
                {
                    if (_strings[f] is { } s) MoveRows(s, second._firstRow, _rows, second._rows);
                    if (_numbers[f] is { } d) MoveRows(d, second._firstRow, _rows, second._rows);
                    if (_integers[f] is { } l) MoveRows(l, second._firstRow, _rows, second._rows);
                }
            }
            _rows += second._rows;
            return true;
        }

        private static void MoveRows<T>(T[] array, int from, int to, int count)
        {
            Array.Copy(array, from, array, to, count);
            Array.Clear(array, Math.Max(to + count, from), from - to < count ? from - to : count);
        }

        /// <summary>Empties the rows this (second-half) builder wrote, so that reading on writes into clean columns.</summary>
        public void ClearRows()
        {
            int count = Math.Min(_rows, _rowLines.Length - _firstRow);
            Array.Clear(_rowLines, _firstRow, count);
            Array.Clear(_rowOffsets, _firstRow, count);
            for (int f = 0; f < _fields.Length; f++)
            {
                if (_strings[f] is { } s) Array.Clear(s, _firstRow, count);
                if (_numbers[f] is { } d) Array.Clear(d, _firstRow, count);
                if (_integers[f] is { } l) Array.Clear(l, _firstRow, count);
            }
        }

        public TableBuilder(string file, TableSchema schema, int[] order, int capacity, ErrorList errors)
        {
            _file = file;
            _schema = schema;
            _errors = errors;
            _order = order;
            int n = schema.Fields.Count;
            _fields = schema.Fields.ToArray();
            _missing = schema.MissingValues.Select(m => Encoding.UTF8.GetBytes(m)).ToArray();
            _onlyEmptyIsMissing = _missing.All(m => m.Length == 0);
            _emptyIsMissing = _missing.Any(m => m.Length == 0);
            _strings = new string?[]?[n];
            _numbers = new double?[]?[n];
            _integers = new long?[]?[n];
            _pools = new StringPool?[n];
            _recent = new RecentValues?[n];
            _hasStringChecks = new bool[n];
            _uniques = new Dictionary<string, int>?[n];
            _lastInOrder = new string?[n];
            _inOrder = new bool[n];
            for (int f = 0; f < n; f++)
            {
                var c = _fields[f].Constraints;
                switch (_fields[f].Type)
                {
                    case FieldType.String:
                        _strings[f] = new string?[capacity];
                        // A unique field's values never repeat in a valid file: pooling them would only cost.
                        if (!c.Unique) { _pools[f] = new StringPool(); _recent[f] = new RecentValues(); }
                        _hasStringChecks[f] = c.Enum is not null || c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null;
                        break;
                    case FieldType.Number: _numbers[f] = new double?[capacity]; break;
                    case FieldType.Integer: _integers[f] = new long?[capacity]; break;
                }
                if (c.Unique) { _uniques[f] = new Dictionary<string, int>(StringComparer.Ordinal); _inOrder[f] = true; }
            }
            _pkIndexes = schema.PrimaryKey.Select(k => Array.FindIndex(_fields, f => f.Name == k)).ToArray();
            _inPrimaryKey = new bool[n];
            foreach (var i in _pkIndexes) _inPrimaryKey[i] = true;
            // A one-field key whose field is also unique is already checked cell by cell; saying it twice adds nothing.
            _checkKeys = _pkIndexes.Length > 1 || _pkIndexes.Length == 1 && !_fields[_pkIndexes[0]].Constraints.Unique;
            _needText = new bool[n];
            for (int f = 0; f < n; f++) _needText[f] = _uniques[f] is not null || _checkKeys && _inPrimaryKey[f];
            _physicalOf = new int[n];
            for (int p = 0; p < order.Length; p++) _physicalOf[order[p]] = p;
            _cellText = new string?[n];
            _firstInOrder = [];
            // Compiled once here, not by two threads at once.
            foreach (var field in _fields) _ = field.Constraints.PatternRegex;
            _rowLines = new int[capacity];
            _rowOffsets = new int[capacity];
        }

        /// <summary>Adds the row just read. A second-half builder returns false as soon as its result cannot be kept.</summary>
        public bool Add(CsvReader reader, int offset)
        {
            if (_isSecond) return AddChecked(reader, offset);
            AddRow(reader, offset);
            return true;
        }

        private bool AddChecked(CsvReader reader, int offset)
        {
            if (_failed || _firstRow + _rows >= _rowLines.Length) { _failed = true; return false; }
            AddRow(reader, offset);
            if (_errors.HasErrors) _failed = true;
            for (int f = 0; f < _fields.Length; f++)
                if (_uniques[f] is not null && !_inOrder[f]) _failed = true;
            return !_failed;
        }

        private void AddRow(CsvReader reader, int offset)
        {
            var file = _file;
            int line = reader.RowLine;
            if (reader.RowProblem is not null)
                _errors.Add(new DataValidationError(file, reader.RowProblemLine, reader.RowProblemColumn, reader.RowProblem));
            if (reader.FieldCount == 1 && reader.IsEmpty(0))
            {
                _errors.Add(new DataValidationError(file, line, 1, "blank line; every line after the header must be a row"));
                return;
            }
            if (reader.FieldCount != _order.Length)
            {
                _errors.Add(new DataValidationError(file, line, 1,
                    $"row has {reader.FieldCount} field{(reader.FieldCount == 1 ? "" : "s")} but the header has {_order.Length}"));
                return;
            }

            if (_rows >= _rowLimit) throw new IOException("the file changed while it was read");
            if (_rows == _rowLines.Length) Grow();
            int row = _firstRow + _rows++;
            _rowLines[row] = line;
            _rowOffsets[row] = offset;
            for (int p = 0; p < _order.Length; p++)
            {
                int f = _order[p];
                var field = _fields[f];
                var raw = reader.RawBytes(p);
                if (_needText[f]) _cellText[f] = null;
                if (IsMissing(raw, reader, p))
                {
                    if (field.Constraints.Required || _inPrimaryKey[f])
                        _errors.Add(At(reader, p, file, field, field.Constraints.Required ? "value is required" : "value is required (the field is part of the primary key)", null));
                    continue;
                }
                switch (field.Type)
                {
                    case FieldType.String:
                    {
                        var s = ReadString(reader, p, raw, f, field);
                        _strings[f]![row] = s;
                        if (_needText[f]) _cellText[f] = s;
                        break;
                    }
                    case FieldType.Number:
                    {
                        var (value, problem) = ParseNumber(raw);
                        if (problem is not null)
                            _errors.Add(At(reader, p, file, field, problem, reader.GetString(p)));
                        else
                        {
                            CheckRange(value, field, reader, p, file, _errors);
                            _numbers[f]![row] = value;
                            if (_needText[f]) _cellText[f] = value.ToString("R", CultureInfo.InvariantCulture);
                        }
                        break;
                    }
                    case FieldType.Integer:
                    {
                        var (value, problem) = ParseInteger(raw);
                        if (problem is not null)
                            _errors.Add(At(reader, p, file, field, problem, reader.GetString(p)));
                        else
                        {
                            CheckRange(value, field, reader, p, file, _errors);
                            _integers[f]![row] = value;
                            if (_needText[f]) _cellText[f] = value.ToString(CultureInfo.InvariantCulture);
                        }
                        break;
                    }
                }
                if (_uniques[f] is { } seen && _cellText[f] is { } key)
                {
                    if (_inOrder[f])
                    {
                        if (_lastInOrder[f] is not { } last || string.CompareOrdinal(last, key) < 0)
                        {
                            if (_lastInOrder[f] is null && _isSecond) _firstInOrder[f] = key;
                            _lastInOrder[f] = key;
                            continue;
                        }
                        if (_isSecond) { _inOrder[f] = false; _failed = true; continue; }
                        _inOrder[f] = false;
                        _lastInOrder[f] = null;
                        FillSeen(f, seen, row);
                    }
                    if (!seen.TryAdd(key, line))
                        _errors.Add(At(reader, p, file, field, $"value must be unique but already appears on line {seen[key]}", key));
                }
            }

            if (_checkKeys && AllKeyCellsPresent())
            {
                var parts = new string[_pkIndexes.Length];
                for (int k = 0; k < parts.Length; k++) parts[k] = _cellText[_pkIndexes[k]]!;
                var key = string.Join("\u001f", parts);
                int first = _physicalOf[_pkIndexes[0]];
                if (!_primaryKeys.TryAdd(key, line))
                    _errors.Add(new DataValidationError(file, reader.FieldLine(first), reader.FieldColumn(first),
                        $"primary key ({string.Join(", ", _schema.PrimaryKey)}) = ({string.Join(", ", parts)}) repeats the row on line {_primaryKeys[key]}", _schema.PrimaryKey[0]));
            }
        }

        /// <summary>The values of the rows before <paramref name="row"/>, all distinct, with their lines: what the
        /// dictionary would hold had it been filled from the start.</summary>
        private void FillSeen(int f, Dictionary<string, int> seen, int row)
        {
            seen.EnsureCapacity(Math.Max(row * 2, 16));
            for (int r = 0; r < row; r++)
            {
                string? text = _strings[f] is { } s ? s[r]
                    : _numbers[f] is { } d ? d[r]?.ToString("R", CultureInfo.InvariantCulture)
                    : _integers[f]![r]?.ToString(CultureInfo.InvariantCulture);
                if (text is not null) seen.TryAdd(text, _rowLines[r]);
            }
        }

        private bool AllKeyCellsPresent()
        {
            foreach (var i in _pkIndexes)
                if (_cellText[i] is null) return false;
            return true;
        }

        private bool IsMissing(ReadOnlySpan<byte> raw, CsvReader reader, int p)
        {
            if (raw.IsEmpty) return _emptyIsMissing;
            if (_onlyEmptyIsMissing) return false;
            foreach (var m in _missing)
            {
                // The raw bytes of a field with doubled quotes differ from its value, so it never equals a marker.
                if (m.Length > 0 && raw.SequenceEqual(m) && !reader.IsQuotedWithEscapes(p)) return true;
            }
            return false;
        }

        /// <summary>The cell's value (quotes undoubled, CRLF inside quotes as LF), shared with earlier equal cells when
        /// the column repeats its values, and checked against the field's constraints unless an equal value passed.</summary>
        private string ReadString(CsvReader reader, int p, ReadOnlySpan<byte> raw, int f, FieldSchema field)
        {
            var recent = _recent[f];
            bool escaped = reader.IsQuotedWithEscapes(p);
            if (recent is not null && !escaped)
            {
                if (recent.TryGet(raw, out var hit, out bool hitPassed))
                {
                    if (!hitPassed && _hasStringChecks[f]) CheckString(hit, field, reader, p, _file, _errors);
                    return hit;
                }
                var value = ReadPooled(reader, p, raw, escaped, f, field, out bool passed);
                if (!recent.Add(raw, value, passed)) _recent[f] = null; // too many distinct values to keep at hand
                return value;
            }
            return ReadPooled(reader, p, raw, escaped, f, field, out _);
        }

        private string ReadPooled(CsvReader reader, int p, ReadOnlySpan<byte> raw, bool escaped, int f, FieldSchema field, out bool passed)
        {
            if (_chars.Length < raw.Length) _chars = new char[Math.Max(raw.Length, _chars.Length * 2)];
            int n = Encoding.UTF8.GetChars(raw, _chars);
            if (escaped) n = Unescape(_chars.AsSpan(0, n));
            var chars = _chars.AsSpan(0, n);
            var pool = _pools[f];
            bool known = false;
            passed = false;
            string? s = null;
            if (pool is not null) known = pool.TryGet(chars, out s, out passed);
            s ??= new string(chars);
            if (passed || !_hasStringChecks[f])
            {
                if (!known) pool?.Add(s, true);
                passed = true;
                return s;
            }
            int before = _errors.Count;
            CheckString(s, field, reader, p, _file, _errors);
            passed = _errors.Count == before;
            if (!known) pool?.Add(s, passed);
            return s;
        }

        /// <summary>In place, as <see cref="CsvReader.GetString"/> does it: doubled quotes become one, and CRLF becomes LF.</summary>
        private static int Unescape(Span<char> chars)
        {
            int w = 0;
            for (int r = 0; r < chars.Length; r++)
            {
                char c = chars[r];
                if (c == '"' && r + 1 < chars.Length && chars[r + 1] == '"') r++;
                else if (c == '\r' && r + 1 < chars.Length && chars[r + 1] == '\n') { c = '\n'; r++; }
                chars[w++] = c;
            }
            return w;
        }

        private void Grow()
        {
            int size = Math.Max(16, _rowLines.Length * 2);
            Resize(size);
        }

        private void Resize(int size)
        {
            Array.Resize(ref _rowLines, size);
            Array.Resize(ref _rowOffsets, size);
            for (int f = 0; f < _fields.Length; f++)
            {
                if (_strings[f] is not null) Array.Resize(ref _strings[f], size);
                if (_numbers[f] is not null) Array.Resize(ref _numbers[f], size);
                if (_integers[f] is not null) Array.Resize(ref _integers[f], size);
            }
        }

        public Table Build(RowLocator locator)
        {
            if (_rows != _rowLines.Length) Resize(_rows);
            var columns = new Dictionary<string, Array>();
            for (int f = 0; f < _fields.Length; f++)
                columns[_fields[f].Name] = (Array?)_strings[f] ?? (Array?)_numbers[f] ?? _integers[f]!;
            var table = new Table(System.IO.Path.GetFileNameWithoutExtension(_file), _file, _schema, columns, _rowLines, _rowOffsets, locator);
            bool inOrder = true;
            for (int p = 0; p < _order.Length; p++) inOrder &= _order[p] == p;
            if (!inOrder) table.SetHeaderOrder(_order);
            return table;
        }
    }

    private static int[]? ReadHeader(CsvReader reader, TableSchema schema, string file, ErrorList errors)
    {
        int before = errors.Count;
        if (reader.RowProblem is not null)
            errors.Add(new DataValidationError(file, reader.RowProblemLine, reader.RowProblemColumn, reader.RowProblem));
        var order = new int[reader.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < reader.FieldCount; p++)
        {
            var name = reader.GetString(p);
            int index = schema.Fields.ToList().FindIndex(f => f.Name == name);
            order[p] = index;
            if (index < 0)
            {
                var hint = schema.Fields.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
                errors.Add(new DataValidationError(file, reader.FieldLine(p), reader.FieldColumn(p),
                    hint is null ? $"unknown column \"{name}\" (the schema declares: {string.Join(", ", schema.Fields.Select(f => f.Name))})"
                                 : $"unknown column \"{name}\" (did you mean \"{hint.Name}\"?)"));
            }
            else if (seen.TryGetValue(name, out int first))
                errors.Add(new DataValidationError(file, reader.FieldLine(p), reader.FieldColumn(p), $"column \"{name}\" appears twice (first at column {first})"));
            else
                seen[name] = reader.FieldColumn(p);
        }
        foreach (var f in schema.Fields.Where(f => !seen.ContainsKey(f.Name)))
            errors.Add(new DataValidationError(file, reader.RowLine, 1, $"header is missing column \"{f.Name}\""));
        return errors.Count > before ? null : order;
    }

    private static void CheckString(string s, FieldSchema field, CsvReader reader, int p, string file, ErrorList errors)
    {
        var c = field.Constraints;
        if (c.Enum is { } allowed && !allowed.Contains(s))
            errors.Add(At(reader, p, file, field, $"value is not one of: {string.Join(", ", allowed)}", s));
        if (c.MinLength is int min && s.Length < min)
            errors.Add(At(reader, p, file, field, $"value is shorter than {min} characters", s));
        if (c.MaxLength is int max && s.Length > max)
            errors.Add(At(reader, p, file, field, $"value is longer than {max} characters ({s.Length})", s));
        if (c.PatternRegex is { } regex && !regex.IsMatch(s))
            errors.Add(At(reader, p, file, field, $"value does not match the pattern {c.Pattern}", s));
    }

    private static void CheckRange(double value, FieldSchema field, CsvReader reader, int p, string file, ErrorList errors)
    {
        var c = field.Constraints;
        if (c.Minimum is double min && value < min)
            errors.Add(At(reader, p, file, field, $"value is below the minimum {min.ToString(CultureInfo.InvariantCulture)}", reader.GetString(p)));
        if (c.Maximum is double max && value > max)
            errors.Add(At(reader, p, file, field, $"value is above the maximum {max.ToString(CultureInfo.InvariantCulture)}", reader.GetString(p)));
        if (c.Enum is { } allowed && !allowed.Contains(reader.GetString(p)))
            errors.Add(At(reader, p, file, field, $"value is not one of: {string.Join(", ", allowed)}", reader.GetString(p)));
    }

    /// <summary>Numbers must be written the invariant way: digits, an optional leading minus, an optional decimal
    /// point and exponent. Anything else (thousands separators, decimal commas, NaN, currency signs) is an error, not
    /// a guess.</summary>
    internal static (double Value, string? Problem) ParseNumber(ReadOnlySpan<byte> raw)
    {
        if (!IsPlainNumber(raw))
            return (0, DescribeBadNumber(raw));
        if (!Utf8Parser.TryParse(raw, out double value, out int consumed, 'G') || consumed != raw.Length)
            return (0, "not a number");
        if (!double.IsFinite(value))
            return (0, "number is out of range");
        return (value, null);
    }

    internal static (long Value, string? Problem) ParseInteger(ReadOnlySpan<byte> raw)
    {
        int i = raw.Length > 0 && raw[0] == (byte)'-' ? 1 : 0;
        if (i == raw.Length || raw[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            return (0, raw.IndexOf((byte)'.') >= 0 ? "not a whole number" : DescribeBadNumber(raw) is var d && d == "not a number" ? "not a whole number" : d);
        if (!Utf8Parser.TryParse(raw, out long value, out int consumed) || consumed != raw.Length)
            return (0, "whole number is out of range");
        return (value, null);
    }

    private static bool IsPlainNumber(ReadOnlySpan<byte> s)
    {
        int i = 0;
        if (i < s.Length && s[i] == (byte)'-') i++;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            int frac = 0;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; frac++; }
            if (frac == 0) return false;
        }
        if (digits == 0) return false;
        if (i < s.Length && (s[i] == (byte)'e' || s[i] == (byte)'E'))
        {
            i++;
            if (i < s.Length && (s[i] == (byte)'+' || s[i] == (byte)'-')) i++;
            int exp = 0;
            while (i < s.Length && char.IsAsciiDigit((char)s[i])) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == s.Length;
    }

    private static string DescribeBadNumber(ReadOnlySpan<byte> raw)
    {
        var s = Encoding.UTF8.GetString(raw);
        var t = s.Trim();
        if (t.Length != s.Length) return "number has leading or trailing spaces";
        if (t.Equals("nan", StringComparison.OrdinalIgnoreCase) || t.Contains("inf", StringComparison.OrdinalIgnoreCase) || t.Contains('∞'))
            return "NaN and infinity are not allowed; leave the cell empty if the value is unknown";
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^-?\d{1,3}(,\d{3})+(\.\d+)?$"))
            return "thousands separators are not allowed; write the plain number";
        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"^-?\d+,\d+$"))
            return "use a decimal point, not a comma";
        if (t.StartsWith('+')) return "a leading plus sign is not allowed";
        if (t.IndexOfAny(['$', '€', '¥', '%']) >= 0) return "units and currency signs belong in the unit column; write the plain number";
        return "not a number";
    }

    private static DataValidationError At(CsvReader reader, int p, string file, FieldSchema field, string message, string? raw) =>
        new(file, reader.FieldLine(p), reader.FieldColumn(p), message, field.Name, raw);
}
