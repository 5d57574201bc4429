using Workbook.Commands;

namespace Workbook.Tests.Commands;

/// <summary><c>workbook check</c> with the articles: the shipped data covers every figure-like span, and a new
/// article added to the sources shows at once which of its figures still need claims, at file:line:column.</summary>
public sealed class CheckCoverageTests
{
    [Fact]
    public void The_shipped_data_reports_every_figure_accounted_for()
    {
        var articles = RepoPaths.RequireArticles();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = CheckCommand.Run(RepoPaths.Data, articles, stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        Assert.Matches(@"Coverage OK: \d+ figure-like spans in 4 articles: .*, 0 uncovered", stdout.ToString());
    }

    [Fact]
    public void A_new_article_shows_its_uncovered_figures_at_file_line_and_column()
    {
        var articles = RepoPaths.RequireArticles();
        var data = RepoPaths.CopyData();
        var copiedArticles = Path.Combine(Path.GetTempPath(), "workbook-articles-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(copiedArticles);
            foreach (var file in Directory.EnumerateFiles(articles)) File.Copy(file, Path.Combine(copiedArticles, Path.GetFileName(file)));
            const string planted = "Moonshot raised $1 billion and now counts 3,000 staff.";
            File.WriteAllText(Path.Combine(copiedArticles, "004_0123456789abcdef.txt"), "A new article\n" + planted + "\n");
            File.AppendAllText(Path.Combine(data, "sources.csv"), "new-article,004_0123456789abcdef.txt,A new article,unknown,news,2025-05,Added to test coverage.,New article\n");
            var stderr = new StringWriter();

            int code = CheckCommand.Run(data, copiedArticles, new StringWriter(), stderr);

            Assert.Equal(1, code);
            var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(lines, l => l.EndsWith($"004_0123456789abcdef.txt:2:{planted.IndexOf("$1 billion", StringComparison.Ordinal) + 1}: figure “$1 billion” (money) is in no claim's as_stated and no row of coverage_exclusions.csv explains it", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"004_0123456789abcdef.txt:2:{planted.IndexOf("3,000", StringComparison.Ordinal) + 1}: figure “3,000” (count)", StringComparison.Ordinal));
            Assert.Equal("2 problems found; nothing was written.", lines[^1]);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
            Directory.Delete(copiedArticles, recursive: true);
        }
    }
}
