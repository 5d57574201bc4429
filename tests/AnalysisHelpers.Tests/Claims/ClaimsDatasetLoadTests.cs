using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Tests.Claims;

public class ClaimsDatasetLoadTests
{
    [Fact]
    public void Valid_folder_loads_typed_claims()
    {
        using var folder = new ClaimsFolder();
        var data = ClaimsDataset.Load(folder.DataPath);

        Assert.Equal(6, data.Claims.Count);
        var c1 = data.Claim("C001");
        Assert.Equal(("demo", 2, "training_cost", "DeepSeek", "DeepSeek-V3"), (c1.SourceId, c1.SourceLine, c1.Category, c1.Subject, c1.Item));
        Assert.Equal(Quantity.Point(6_000_000, Unit.USD, Qualifier.Claimed), c1.Quantity);
        Assert.Equal("approximately $6 million", c1.AsStated);
        Assert.Equal(new Quantity(null, 100_000_000, null, Unit.USD, Qualifier.LowerBound), data.Claim("C002").Quantity);
        Assert.Equal("Funding was $1.2 billion, it says.", data.Claim("C004").Statement);
        Assert.Equal("", data.Claim("C004").Note);
        Assert.False(data.Claim("C006").IsQuantitative);
        Assert.Equal(new Source("demo", "article.txt", "Cheap model shakes the industry", "Example Times", "news", "2025-04", ""), Assert.Single(data.Sources));
        Assert.Same(data.Sources[0], data.SourceOf(c1));
    }

    [Fact]
    public void Claims_frame_has_typed_columns_with_the_same_values()
    {
        using var folder = new ClaimsFolder();
        var data = ClaimsDataset.Load(folder.DataPath);
        var frame = data.ClaimsFrame();

        Assert.Equal(6, frame.Rows.Count);
        Assert.IsType<StringDataFrameColumn>(frame["claim_id"]);
        Assert.IsType<Int64DataFrameColumn>(frame["source_line"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["value"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["value_low"]);
        Assert.Equal(["C001", "C002", "C003", "C004", "C005", "C006"], frame["claim_id"].Cast<string>());
        Assert.Equal([2L, 3L, 4L, 4L, 4L, 1L], frame["source_line"].Cast<long?>());
        Assert.Equal([6e6, null, 0.3, 1.2e9, 144.0, null], frame["value"].Cast<double?>());
        Assert.Equal([null, 1e8, null, null, null, null], frame["value_low"].Cast<double?>());
        Assert.Equal("none", frame["unit"][5]);
    }

    [Fact]
    public void Sources_frame_matches_the_source_records()
    {
        using var folder = new ClaimsFolder();
        var frame = ClaimsDataset.Load(folder.DataPath).SourcesFrame();
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal("article.txt", frame["file_name"][0]);
    }

    [Fact]
    public void Optional_tables_may_be_absent()
    {
        using var folder = new ClaimsFolder();
        var data = ClaimsDataset.Load(folder.DataPath);
        Assert.Empty(data.References);
        Assert.Empty(data.Links);
        Assert.Equal(0, data.ReferencesFrame().Rows.Count);
    }

    [Fact]
    public void Unknown_claim_id_throws()
    {
        using var folder = new ClaimsFolder();
        var data = ClaimsDataset.Load(folder.DataPath);
        Assert.Throws<KeyNotFoundException>(() => data.Claim("C999"));
    }

    [Fact]
    public void Dangling_source_id_is_located()
    {
        using var folder = ClaimsFolder.WithRow(4, "C005,ghost,4,funding,China,,deal_count,144,,,count,exact,2025-Q1,144 deals,PitchBook,x,");
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("claims.csv", 6, 6, "source_id", "ghost"), (Path.GetFileName(error.File), error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("no row in", error.Message);
    }

    [Fact]
    public void Header_without_claims_is_an_error()
    {
        using var folder = new ClaimsFolder([]);
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("no claims", error.Message);
    }

    [Fact]
    public void Schema_and_rule_problems_are_reported_together()
    {
        var rows = ClaimsFolder.ValidClaims.ToArray();
        rows[1] = rows[1].Replace("lower_bound", "floor");
        rows[2] = rows[2].Replace(",0.3,", ",30,");
        using var folder = new ClaimsFolder(rows);
        var ex = Assert.Throws<DataValidationException>(() => ClaimsDataset.Load(folder.DataPath));
        Assert.Equal([(3, "qualifier"), (4, "value")], ex.Errors.Select(e => (e.Line, e.Field)));
    }
}
