using System.Text;

namespace Workbook.Tests;

/// <summary>Files that look unusual but are valid CSV are accepted by <c>workbook check</c>: a byte order mark, CRLF
/// line ends, separators, doubled quotes and line breaks inside quoted fields. The base case has six claims.</summary>
public sealed class CorpusDataAcceptanceTests
{
    private static async Task AssertAcceptedAsync(string corpusCase, Func<byte[], byte[]>? edit = null)
    {
        using var project = new CorpusProject();
        project.AddData(corpusCase, edit);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith("Data OK: 6 claims from 4 articles", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
        project.AssertSentinelsIntact();
    }

    [Fact]
    public Task The_small_base_copy_passes_so_each_defect_case_differs_from_valid_data_by_its_defect_alone() =>
        AssertAcceptedAsync("base");

    [Fact]
    public Task A_UTF8_byte_order_mark_is_accepted() =>
        AssertAcceptedAsync("base", bytes => [0xEF, 0xBB, 0xBF, .. bytes]);

    [Fact]
    public Task CRLF_line_ends_are_accepted() =>
        AssertAcceptedAsync("base", bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n")));

    [Fact]
    public Task Commas_doubled_quotes_and_a_line_break_inside_quotes_stay_one_field() =>
        AssertAcceptedAsync("quoted-fields");

    [Fact]
    public Task A_quoted_line_break_with_CRLF_line_ends_is_accepted() =>
        AssertAcceptedAsync("quoted-fields", bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n")));
}
