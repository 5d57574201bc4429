using AnalysisHelpers.Claims;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Provenance;

/// <summary>The coverage lint on the fixture folder: every figure-like span of the article must be in a claim's
/// as_stated or explained by a row of coverage_exclusions.csv, whose schema is the shipped one.</summary>
public class CoverageCheckTests
{
    private const string ExclusionsHeader = "source_id,source_line,span,reason,claim_id,note";

    private static ClaimsFolder WithArticle(string article, params string[] exclusions)
    {
        var folder = new ClaimsFolder();
        File.WriteAllText(Path.Combine(folder.ArticlesPath, "article.txt"), article);
        var shipped = RepoPaths.Data;
        File.Copy(Path.Combine(shipped, "coverage_exclusions.schema.json"), Path.Combine(folder.DataPath, "coverage_exclusions.schema.json"));
        if (exclusions.Length > 0)
            folder.WriteData("coverage_exclusions.csv", string.Join("\n", [ExclusionsHeader, .. exclusions]) + "\n");
        return folder;
    }

    private static CoverageReport Check(ClaimsFolder folder) => CoverageCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath);

    [Fact]
    public void An_article_whose_every_figure_has_a_claim_has_nothing_uncovered()
    {
        using var folder = WithArticle(ClaimsFolder.Article);
        var report = Check(folder);
        Assert.Empty(report.Problems);
        // approximately $6 million, $100 million+, 30%, $1.2 billion and 144.
        Assert.Equal(5, report.Count(Coverage.Claimed));
    }

    [Fact]
    public void A_planted_figure_no_claim_covers_is_reported_at_its_file_line_and_column()
    {
        const string planted = "It will hire 250 engineers in 2026.";
        using var folder = WithArticle(ClaimsFolder.Article + planted + "\n");
        var report = Check(folder);
        var problems = report.Problems;
        Assert.Equal(2, problems.Count);
        var path = Path.Combine(folder.ArticlesPath, "article.txt");
        Assert.Equal((path, 5, planted.IndexOf("250", StringComparison.Ordinal) + 1), (problems[0].File, problems[0].Line, problems[0].Column));
        Assert.Contains("figure “250” (count)", problems[0].Message);
        Assert.Equal((5, planted.IndexOf("2026", StringComparison.Ordinal) + 1), (problems[1].Line, problems[1].Column));
        Assert.Contains("(year)", problems[1].Message);
        Assert.StartsWith($"{path}:5:14: figure “250”", problems[0].ToString());
    }

    [Fact]
    public void An_exclusion_row_explains_a_figure_with_its_reason()
    {
        using var folder = WithArticle(ClaimsFolder.Article + "Posted 5 days ago.\n",
            "demo,5,5 days,page-furniture,,\"The page's posting stamp, not part of the article.\"");
        var report = Check(folder);
        Assert.Empty(report.Problems);
        var excluded = Assert.Single(report.Spans, s => s.Coverage == Coverage.Excluded);
        Assert.Equal("page-furniture", excluded.Reason);
    }

    [Fact]
    public void An_exclusion_that_explains_no_figure_is_reported_at_its_row()
    {
        using var folder = WithArticle(ClaimsFolder.Article, "demo,4,$9 billion,repeats-claim,C004,No such figure on the line.");
        var problem = Assert.Single(Check(folder).Problems);
        Assert.Equal(("coverage_exclusions.csv", 2), (Path.GetFileName(problem.File), problem.Line));
        Assert.Contains("explains no figure", problem.Message);
    }

    [Fact]
    public void An_exclusion_with_a_reason_outside_the_schema_is_a_data_error_with_its_cell()
    {
        using var folder = WithArticle(ClaimsFolder.Article, "demo,4,30%,because,C003,Not a reason the schema knows.");
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        var error = Assert.Single(ex.Errors);
        // "demo,4,30%," is 11 characters, so the reason starts at column 12.
        Assert.Equal(("coverage_exclusions.csv", 2, 12), (Path.GetFileName(error.File), error.Line, error.Column));
        Assert.Equal("reason", error.Field);
    }

    [Fact]
    public void An_exclusion_that_repeats_a_claim_must_name_it()
    {
        using var folder = WithArticle(ClaimsFolder.Article, "demo,4,30%,repeats-claim,,Which claim?");
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        Assert.Contains(ex.Errors, e => e.Field == "claim_id" && e.Message.Contains("names the claim it belongs to"));
    }

    [Fact]
    public void Money_repeated_word_for_word_on_another_line_is_the_same_claim_but_a_repeated_count_is_not()
    {
        using var folder = WithArticle(ClaimsFolder.Article + "Again: $100 million+ and 144 deals.\n");
        var report = Check(folder);
        Assert.Contains(report.Spans, s => s.Coverage == Coverage.Repeated && s.Span.Text == "$100 million+" && s.ClaimId == "C002");
        var uncovered = Assert.Single(report.Uncovered);
        Assert.Equal("144", uncovered.Span.Text);
    }

    [Fact]
    public void A_claim_covers_the_number_even_when_the_scanner_reads_a_hedge_around_it()
    {
        // "over" is a preposition here; the claim records "144 deals" and the scanner proposes "over 144".
        using var folder = WithArticle("Cheap model shakes the industry\nThe lab says it trained the model for approximately $6 million.\n" +
            "Rivals spent $100 million+ on theirs.\nVenture funding fell 30% to $1.2 billion over 144 deals.\n");
        var report = Check(folder);
        Assert.Empty(report.Problems);
        Assert.Contains(report.Spans, s => s.Span.Text == "over 144" && s.ClaimId == "C005");
    }

    [Fact]
    public void The_shipped_articles_have_no_uncovered_figure()
    {
        var data = RepoPaths.Data;
        var articles = RepoPaths.RequireArticles();
        var report = CoverageCheck.Check(ClaimsDataset.Load(data), articles);
        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.True(report.Spans.Count >= 30, $"{report.Spans.Count} spans");
        Assert.Contains("0 uncovered", report.Summary(4));
    }
}
