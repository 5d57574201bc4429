using System.Text;

namespace AnalysisHelpers.Export.Tests.Tables;

public sealed class CsvTableWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Csv(params IReadOnlyList<CsvCell>[] rows) =>
        CsvTableWriter.ToCsv(new CsvTable(["a"], rows));

    [Fact]
    public void Header_and_rows_end_with_crlf_and_plain_cells_are_not_quoted()
    {
        var csv = CsvTableWriter.ToCsv(new CsvTable(["id", "value"], [["C001", CsvCell.Number(6000000)]]));

        Assert.Equal("id,value\r\nC001,6000000\r\n", csv);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rinside", "\"cr\rinside\"")]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled(string text, string field)
    {
        Assert.Equal(field, CsvTableWriter.Field(CsvCell.Text(text)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void Text_that_starts_like_a_formula_gets_a_leading_apostrophe(string text, string field)
    {
        Assert.Equal(field, CsvTableWriter.Field(CsvCell.Text(text)));
    }

    [Theory]
    [InlineData(" =1+1", "leading space")]
    [InlineData("   @SUM(A1)", "several spaces")]
    [InlineData(" \t=1", "tab after a space")]
    [InlineData("\u00A0=1", "no-break space")]
    [InlineData("\uFEFF=1", "byte order mark")]
    [InlineData("\u200B=1", "zero-width space")]
    [InlineData("\u3000+1", "ideographic space")]
    [InlineData("\u2060\u200D-1", "word joiner and zero-width joiner")]
    [InlineData("\u202E=1", "right-to-left override")]
    [InlineData("\n=1", "line feed")]
    [InlineData(" \u00A0\uFEFF\u200B\t@x", "a mix of blanks")]
    public void Text_whose_first_non_blank_character_starts_a_formula_gets_a_leading_apostrophe(string text, string blanks)
    {
        Assert.True(CsvTableWriter.StartsLikeFormula(text), blanks);
        Assert.Equal("'" + text, CsvTableWriter.Neutralise(text));
    }

    [Theory]
    [InlineData("\uFF1D1+1", "full-width equals")]
    [InlineData("\uFF0B1", "full-width plus")]
    [InlineData("\uFF0D1", "full-width minus")]
    [InlineData("\uFF20SUM(A1)", "full-width commercial at")]
    [InlineData(" \uFF1D1", "full-width equals after a space")]
    [InlineData("\uFE66 1", "small equals")]
    public void Text_starting_with_a_full_width_formula_character_gets_a_leading_apostrophe(string text, string character)
    {
        Assert.True(CsvTableWriter.StartsLikeFormula(text), character);
        Assert.Equal("'" + text, CsvTableWriter.Neutralise(text));
    }

    [Fact]
    public void A_quoted_cell_with_leading_blanks_before_a_formula_keeps_the_apostrophe_inside_the_quotes()
    {
        Assert.Equal("\"' =HYPERLINK(\"\"http://x\"\")\"", CsvTableWriter.Field(CsvCell.Text(" =HYPERLINK(\"http://x\")")));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("2024-2025")]
    [InlineData(" not a formula = 1")]
    [InlineData("\u00A0DeepSeek")]
    [InlineData("\uFEFFclaims")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    public void Text_whose_first_non_blank_character_is_not_a_formula_character_is_left_alone(string text)
    {
        Assert.False(CsvTableWriter.StartsLikeFormula(text));
        Assert.Equal(text, CsvTableWriter.Field(CsvCell.Text(text)));
    }

    [Fact]
    public void Negative_numbers_in_number_cells_stay_plain_numbers()
    {
        Assert.Equal("-0.3", CsvTableWriter.Field(CsvCell.Number(-0.3)));
        Assert.Equal("-42", CsvTableWriter.Field(CsvCell.Number(-42L)));
        Assert.Equal("'-0.3", CsvTableWriter.Field(CsvCell.Text("-0.3")));
    }

    [Fact]
    public void Numbers_are_invariant_and_round_trip()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        // The build runs in invariant-globalization mode, so a comma-decimal culture is made by hand.
        var commaDecimals = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NumberGroupSeparator = ".";
        Thread.CurrentThread.CurrentCulture = commaDecimals;
        try
        {
            Assert.Equal("0.1", CsvCell.Number(0.1).Content);
            Assert.Equal("1234567.5", CsvCell.Number(1234567.5).Content);
            Assert.Equal(0.1 + 0.2, double.Parse(CsvCell.Number(0.1 + 0.2).Content, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Missing_nan_and_infinite_numbers_are_empty_cells()
    {
        Assert.Equal("a\r\n\r\n\r\n\r\n", Csv([CsvCell.Number(null)], [CsvCell.Number(double.NaN)], [CsvCell.Number(double.PositiveInfinity)]));
    }

    [Fact]
    public void Booleans_and_null_text_are_written_plainly()
    {
        Assert.Equal("a\r\ntrue\r\nfalse\r\n\r\n", Csv([CsvCell.Boolean(true)], [CsvCell.Boolean(false)], [CsvCell.Text(null)]));
    }

    [Fact]
    public void Header_names_are_neutralised_like_any_text()
    {
        Assert.StartsWith("'=x\r\n", CsvTableWriter.ToCsv(new CsvTable(["=x"], [])));
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_rejected_with_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CsvTableWriter.ToCsv(new CsvTable(["a", "b"], [["1", "2"], ["3"]])));

        Assert.Contains("Row 1 has 1 cells; the table has 2 columns", error.Message);
    }

    [Fact]
    public void Written_file_is_utf8_without_bom_and_leaves_no_temp_file()
    {
        var path = _folder.Combine("tables", "t.csv");

        CsvTableWriter.Write(path, new CsvTable(["name"], [["Zhōngguó \u202Eevil"]]));

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("name\r\nZhōngguó \u202Eevil\r\n", new UTF8Encoding(false, true).GetString(bytes));
        Assert.Equal(["tables/t.csv"], _folder.Files());
    }

    [Fact]
    public void A_spreadsheet_style_parser_reads_back_every_cell()
    {
        string[] texts = ["plain", "a,b", "q\"uote", "multi\r\nline", "=1+1", ""];
        var csv = CsvTableWriter.ToCsv(new CsvTable(["t", "n"], texts.Select(t => (IReadOnlyList<CsvCell>)[t, CsvCell.Number(-1.5)]).ToList()));

        var rows = ParseRfc4180(csv);

        Assert.Equal(["t", "n"], rows[0]);
        Assert.Equal(["plain", "a,b", "q\"uote", "multi\r\nline", "'=1+1", ""], rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal("-1.5", r[1]));
    }

    /// <summary>A minimal RFC 4180 reader, independent of the writer, to check the two agree.</summary>
    private static List<string[]> ParseRfc4180(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (csv[i] == '"') { i++; break; }
                    else field.Append(csv[i++]);
                }
            }
            else if (csv[i] == ',') { row.Add(field.ToString()); field.Clear(); i++; }
            else if (csv[i] == '\r' && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i += 2; }
            else field.Append(csv[i++]);
        }
        return rows;
    }
}
