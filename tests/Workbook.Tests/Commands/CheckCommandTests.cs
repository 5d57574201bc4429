using System.Text.RegularExpressions;
using Workbook.Commands;

namespace Workbook.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Shipped_data_passes_and_summary_counts_every_claim()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = CheckCommand.Run(RepoPaths.Data, articlesDir: null, stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());
        int rows = File.ReadAllLines(Path.Combine(RepoPaths.Data, "claims.csv")).Length - 1;
        Assert.Contains($"Data OK: {rows} claims", stdout.ToString());
        Assert.Contains("Claims per category", stdout.ToString());
        Assert.Contains("Claims per unit", stdout.ToString());
    }

    [Fact]
    public void Summary_names_each_source_by_its_label_not_its_first_line()
    {
        var stdout = new StringWriter();

        CheckCommand.Run(RepoPaths.Data, articlesDir: null, stdout, new StringWriter());

        // Article 001 has no headline; its title in sources.csv is its first line, its label says what it is.
        var labels = File.ReadAllLines(Path.Combine(RepoPaths.Data, "sources.csv")).Skip(1)
            .Select(l => l.Split(',')[^1].Trim('"')).Where(l => l.Length > 0).ToList();
        Assert.Equal(4, labels.Count);
        foreach (var label in labels) Assert.Contains(label, stdout.ToString());
        Assert.DoesNotContain("(Key Takeaways)", stdout.ToString());
    }

    [Fact]
    public void Broken_row_exits_one_naming_its_line_and_column()
    {
        var dir = RepoPaths.CopyData();
        try
        {
            var path = Path.Combine(dir, "claims.csv");
            var lines = File.ReadAllLines(path);
            // Break the value of the first row that has a plain number in "value" (column 8).
            int index = Array.FindIndex(lines, 1, l => Regex.IsMatch(l, @"^C\d{3},[^,]+,\d+,[^,]+,[^,]*,[^,]*,[^,]+,\d+,"));
            Assert.True(index > 0, "fixture: a row with a plain value");
            var fields = lines[index].Split(',');
            int column = string.Join(",", fields.Take(7)).Length + 2;
            fields[7] = "12O";
            lines[index] = string.Join(",", fields);
            File.WriteAllLines(path, lines);
            var stderr = new StringWriter();

            int code = CheckCommand.Run(dir, articlesDir: null, new StringWriter(), stderr);

            Assert.Equal(1, code);
            Assert.Contains($"claims.csv:{index + 1}:{column}: value: not a number (value: \"12O\")", stderr.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var dir = RepoPaths.CopyData();
        try
        {
            var path = Path.Combine(dir, "claims.csv");
            var text = File.ReadAllText(path);
            var broken = text.Replace(",USD,", ",dollars,");
            int expected = Regex.Matches(text, ",USD,").Count;
            Assert.True(expected >= 2, "fixture: several USD rows");
            File.WriteAllText(path, broken);
            var stderr = new StringWriter();

            int code = CheckCommand.Run(dir, articlesDir: null, new StringWriter(), stderr);

            Assert.Equal(1, code);
            Assert.Equal(expected, Regex.Matches(stderr.ToString(), @"claims\.csv:\d+:\d+: unit: value is not one of").Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Provenance_is_checked_when_the_articles_are_there()
    {
        var articles = RepoPaths.RequireArticles();
        var stdout = new StringWriter();

        int code = CheckCommand.Run(RepoPaths.Data, articles, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("Provenance OK", stdout.ToString());
    }
}
