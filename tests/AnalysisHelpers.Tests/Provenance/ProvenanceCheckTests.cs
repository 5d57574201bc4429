using AnalysisHelpers.Claims;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Provenance;

public class ProvenanceCheckTests
{
    private const string FundingChange = "C003,demo,{0},funding,China,,funding_change,{1},,,fraction,exact,2025-Q1,{2},PitchBook,Funding fell.,";

    [Fact]
    public void Figures_on_their_stated_lines_pass()
    {
        using var folder = new ClaimsFolder();
        Assert.Empty(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
    }

    [Fact]
    public void Figure_on_another_line_names_the_line_it_is_on()
    {
        using var folder = ClaimsFolder.WithRow(2, string.Format(FundingChange, 2, "0.3", "30%"));
        var error = Assert.Single(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
        Assert.Equal(("claims.csv", 4, 72, "as_stated", "30%"), (Path.GetFileName(error.File), error.Line, error.Column, error.Field, error.RawValue));
        Assert.Equal("not found on line 2 of article.txt; it appears on line 4", error.Message);
    }

    [Fact]
    public void Figure_missing_from_the_article_is_reported()
    {
        using var folder = ClaimsFolder.WithRow(2, string.Format(FundingChange, 4, "0.31", "31%"));
        var error = Assert.Single(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
        Assert.Equal((4, 73), (error.Line, error.Column));
        Assert.EndsWith("it does not appear anywhere in the article", error.Message);
    }

    [Fact]
    public void Line_beyond_the_article_is_reported_at_source_line()
    {
        using var folder = ClaimsFolder.WithRow(2, string.Format(FundingChange, 99, "0.3", "30%"));
        var error = Assert.Single(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
        Assert.Equal((4, 11, "source_line", "99"), (error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("no such line", error.Message);
    }

    [Fact]
    public void Missing_article_file_is_reported_at_its_source_row()
    {
        using var folder = new ClaimsFolder();
        File.Delete(Path.Combine(folder.ArticlesPath, "article.txt"));
        var error = Assert.Single(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
        Assert.Equal(("sources.csv", 2, 6, "file_name", "article.txt"), (Path.GetFileName(error.File), error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("article not found", error.Message);
    }

    [Fact]
    public void CRLF_article_is_read_by_line()
    {
        using var folder = new ClaimsFolder();
        File.WriteAllText(Path.Combine(folder.ArticlesPath, "article.txt"), ClaimsFolder.Article.Replace("\n", "\r\n"));
        Assert.Empty(ProvenanceCheck.Check(ClaimsDataset.Load(folder.DataPath), folder.ArticlesPath));
    }
}
