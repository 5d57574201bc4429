using AnalysisHelpers.Claims;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Provenance;

/// <summary>The data folder shipped with the repository loads and every figure stands where its row says.</summary>
public class ShippedDataTests
{
    private static string DataFolder()
    {
        var data = RepoPaths.Data;
        if (!File.Exists(Path.Combine(data, "claims.csv")))
            Assert.Skip("the repository's data/claims.csv was not found above " + AppContext.BaseDirectory);
        return data;
    }

    private static ClaimsDataset Load()
    {
        try
        {
            return ClaimsDataset.Load(DataFolder());
        }
        catch (DataValidationException ex)
        {
            Assert.Fail(ex.Message);
            throw;
        }
    }

    [Fact]
    public void Shipped_data_loads()
    {
        var data = Load();
        Assert.NotEmpty(data.Claims);
        Assert.NotEmpty(data.Sources);
        Assert.All(data.Claims, c => Assert.Contains(data.Sources, s => s.SourceId == c.SourceId));
    }

    [Fact]
    public void Shipped_figures_stand_on_their_article_lines()
    {
        var data = Load();
        var articles = RepoPaths.RequireArticles();
        var errors = ProvenanceCheck.Check(data, articles);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
