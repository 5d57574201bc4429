namespace Workbook.Tests;

/// <summary><c>workbook check</c> on a small copy of the data with one defect (Corpus/data/CASE/claims.csv): exit 1,
/// every problem as <c>file:line:column: message</c>, and nothing written. Lines and columns are counted by hand in
/// the case's claims.csv (columns count characters from 1; line 1 is the header).</summary>
public sealed class CorpusDataRejectionTests
{
    private const string Header = "claim_id,source_id,source_line,category,subject,item,metric,value,value_low,value_high,unit,qualifier,period,as_stated,attribution,statement,note";
    private const string Units = "USD, CNY, count, fraction, year, years, rank, multiple, none";
    private const string Qualifiers = "exact, approximate, lower_bound, upper_bound, range, projected, claimed, rumored, estimate";
    private const string NaNMessage = "NaN and infinity are not allowed; leave the cell empty if the value is unknown";

    /// <summary>Runs check on the case and asserts exactly <paramref name="expected"/> as the reported problems.</summary>
    internal static async Task AssertRejectedAsync(string corpusCase, Func<byte[], byte[]>? edit, params string[] expected)
    {
        using var project = new CorpusProject();
        project.AddData(corpusCase, edit);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        foreach (var line in expected) Assert.Contains(line, outcome.ErrorLines);
        Assert.Equal($"{expected.Length} problem{(expected.Length == 1 ? "" : "s")} found; nothing was written.", outcome.ErrorLines[^1]);
        Assert.Equal(expected.Length + 1, outcome.ErrorLines.Count);
        Assert.Equal("", outcome.Stdout);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    [Fact]
    public Task An_empty_claims_file_is_rejected_at_its_first_line_naming_the_header_it_needs() =>
        AssertRejectedAsync("empty-file", null, $"data/claims.csv:1:1: file is empty; expected a header row: {Header}");

    [Fact]
    public Task A_header_without_rows_is_rejected_at_the_first_row_line() =>
        AssertRejectedAsync("header-only", null, "data/claims.csv:2:1: the file has a header but no claims");

    [Fact]
    public Task A_missing_column_is_named() =>
        AssertRejectedAsync("missing-column", null, "data/claims.csv:1:1: header is missing column \"period\"");

    [Fact]
    public Task An_extra_column_is_located_after_the_last_declared_one() =>
        // The header is 145 characters; the comma is column 146, "reviewer" starts at 147.
        AssertRejectedAsync("extra-column", null,
            $"data/claims.csv:1:147: unknown column \"reviewer\" (the schema declares: {Header.Replace(",", ", ")})");

    [Fact]
    public Task A_duplicated_column_names_both_places() =>
        AssertRejectedAsync("duplicated-column", null, "data/claims.csv:1:147: column \"note\" appears twice (first at column 142)");

    [Fact]
    public Task A_byte_that_is_not_UTF8_is_located_by_character_column() =>
        // Line 3 is C019; its item "Qwen" starts at column 59, so its "e" is column 61.
        AssertRejectedAsync("base", bytes => ReplaceOnce(bytes, "Alibaba,Qwen,"u8, [.. "Alibaba,Qw"u8, 0xFF, .. "n,"u8]),
            "data/claims.csv:3:61: invalid UTF-8 byte 0xFF; save the file as UTF-8");

    [Fact]
    public Task A_word_where_a_number_belongs_is_rejected_at_its_cell() =>
        // Line 4 is C037; its value starts at column 91.
        AssertRejectedAsync("non-numeric", null, "data/claims.csv:4:91: value: not a number (value: \"six million\")");

    [Fact]
    public Task NaN_is_rejected() =>
        AssertRejectedAsync("nan", null, $"data/claims.csv:4:91: value: {NaNMessage} (value: \"NaN\")");

    [Fact]
    public Task Infinity_is_rejected() =>
        // Line 6 is C055; value_low starts at 74 and holds 10 digits, so value_high starts at 85.
        AssertRejectedAsync("infinity", null, $"data/claims.csv:6:85: value_high: {NaNMessage} (value: \"Infinity\")");

    [Fact]
    public Task A_number_with_thousands_separators_is_rejected_at_its_opening_quote() =>
        AssertRejectedAsync("thousands-separators", null,
            "data/claims.csv:4:91: value: thousands separators are not allowed; write the plain number (value: \"6,000,000\")");

    [Fact]
    public Task Bounds_in_the_wrong_order_are_rejected_at_the_lower_bound() =>
        AssertRejectedAsync("inverted-bounds", null,
            "data/claims.csv:6:74: value_low: value_low 1000000000000 is greater than value_high 1000000000 (value: \"1000000000000\")");

    [Fact]
    public Task An_unknown_unit_is_rejected_listing_the_known_ones() =>
        // Line 7 is C062; its unit starts at column 75.
        AssertRejectedAsync("unknown-unit", null, $"data/claims.csv:7:75: unit: value is not one of: {Units} (value: \"deals\")");

    [Fact]
    public Task An_unknown_qualifier_is_rejected_listing_the_known_ones() =>
        // Line 5 is C039; its qualifier starts at column 99.
        AssertRejectedAsync("unknown-qualifier", null,
            $"data/claims.csv:5:99: qualifier: value is not one of: {Qualifiers} (value: \"at_least\")");

    [Fact]
    public Task A_repeated_claim_id_names_the_line_it_repeats() =>
        AssertRejectedAsync("duplicate-ids", null,
            "data/claims.csv:7:1: claim_id: value must be unique but already appears on line 6 (value: \"C055\")");

    [Fact]
    public async Task A_source_id_with_no_source_is_rejected_at_its_cell()
    {
        using var project = new CorpusProject();
        project.AddData("dangling-source");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        // The message names the sources file by the path the loader was given.
        var error = Assert.Single(outcome.ErrorLines, l => l.StartsWith("data/claims.csv:3:6: source_id: no row in ", StringComparison.Ordinal));
        Assert.EndsWith("sources.csv has source_id = china-ai-strategy (value: \"china-ai-strategy\")", error);
        Assert.Equal("1 problem found; nothing was written.", outcome.ErrorLines[^1]);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    [Fact]
    public Task A_defect_after_a_row_spanning_two_lines_is_located_on_its_physical_line() =>
        // C001's statement holds a line break, so C062 starts on line 8.
        AssertRejectedAsync("defect-after-multiline", null, $"data/claims.csv:8:75: unit: value is not one of: {Units} (value: \"deals\")");

    [Fact]
    public async Task Several_defects_are_all_reported_in_one_run()
    {
        using var project = new CorpusProject();
        project.AddData("several-defects");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("data/claims.csv:4:91: value: not a number (value: \"six million\")", outcome.ErrorLines);
        Assert.Contains($"data/claims.csv:7:75: unit: value is not one of: {Units} (value: \"deals\")", outcome.ErrorLines);
        Assert.Contains("data/claims.csv:7:1: claim_id: value must be unique but already appears on line 6 (value: \"C055\")", outcome.ErrorLines);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("data/claims.csv:3:6: source_id: no row in ", StringComparison.Ordinal));
        Assert.Equal("4 problems found; nothing was written.", outcome.ErrorLines[^1]);
        Assert.Equal(5, outcome.ErrorLines.Count);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    internal static byte[] ReplaceOnce(byte[] bytes, ReadOnlySpan<byte> find, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(find);
        Assert.True(at >= 0, "fixture: the text to replace is in the corpus file");
        return [.. bytes.AsSpan(0, at), .. replacement, .. bytes.AsSpan(at + find.Length)];
    }
}
