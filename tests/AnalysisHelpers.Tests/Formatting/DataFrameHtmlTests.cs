using AnalysisHelpers.Formatting;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Tests.Formatting;

public class DataFrameHtmlTests
{
    private static DataFrame Frame() => new(
        new StringDataFrameColumn("as_stated", ["<script>alert(1)</script>", "less than $6 million", "R&D"]),
        new DoubleDataFrameColumn("value", [6e6, 0.905, null]),
        new Int32DataFrameColumn("line", [3, 54, 26]));

    [Fact]
    public void Cells_and_headers_are_escaped()
    {
        string html = DataFrameHtml.Render(Frame());
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("R&amp;D", html);
        Assert.Contains("<th>as_stated</th>", html);
    }

    [Fact]
    public void Numbers_are_written_in_the_invariant_round_trip_form_and_missing_values_are_empty()
    {
        string html = DataFrameHtml.Render(Frame());
        Assert.Contains(">6000000</td>", html);
        Assert.Contains(">0.905</td>", html);
        Assert.Contains("<td style=\"text-align:right\"></td>", html);
    }

    [Fact]
    public void Only_the_first_rows_are_shown_with_a_note_of_how_many()
    {
        string html = DataFrameHtml.Render(Frame(), maxRows: 2);
        Assert.Contains("showing 2 of 3 rows", html);
        Assert.Contains("less than $6 million", html);
        Assert.DoesNotContain("R&amp;D", html);
        Assert.Equal(2, html.Split("<tr><td>").Length - 1);
    }

    [Fact]
    public void Plain_text_aligns_columns_and_notes_the_row_count()
    {
        string text = DataFrameText.Render(Frame(), maxRows: 3);
        var lines = text.Split('\n');
        Assert.StartsWith("as_stated", lines[0]);
        Assert.Equal(lines[0].IndexOf("value", StringComparison.Ordinal), lines[1].IndexOf("6000000", StringComparison.Ordinal));
        Assert.Equal("showing 3 of 3 rows", lines[^1]);
    }
}
