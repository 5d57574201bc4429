using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Tables;

/// <summary>A reader built on a package (the claims loader) names the fields it reads and their types; a schema that
/// does not declare one, or declares it with another type, is a schema error located in the schema file, reported
/// before the table is read, instead of an exception when the reader asks for the column.</summary>
public class DataPackageFieldNeedTests
{
    private const string Schema = "{\n  \"fields\": [\n    { \"name\": \"pid\", \"type\": \"integer\" },\n    { \"name\": \"label\" }\n  ]\n}";

    private static IReadOnlyList<DataValidationError> Load(params FieldNeed[] needs)
    {
        using var folder = new TempFolder();
        folder.Write("parent.csv", "pid,label\n1,a\n");
        folder.Write("parent.schema.json", Schema);
        var errors = new ErrorList();
        var package = DataPackage.TryLoad(folder.Path, ["parent"], [], errors, new Dictionary<string, IReadOnlyList<FieldNeed>> { ["parent"] = needs });
        if (!errors.HasErrors) Assert.Equal(1, package["parent"].RowCount);
        return errors.ToList(folder.Path);
    }

    [Fact]
    public void Fields_of_the_declared_types_load()
    {
        Assert.Empty(Load(new FieldNeed("pid", FieldType.Integer), new FieldNeed("label", FieldType.String)));
    }

    [Fact]
    public void Field_of_another_type_is_located_at_its_type_in_the_schema()
    {
        var error = Assert.Single(Load(new FieldNeed("pid", FieldType.Number)));
        Assert.Equal(("parent.schema.json", 3, 30, "pid"), (Path.GetFileName(error.File), error.Line, error.Column, error.Field));
        Assert.Equal("this field is read as a number, but the schema declares it as integer", error.Message);
    }

    [Fact]
    public void Field_the_schema_does_not_declare_is_located_at_the_field_list()
    {
        var errors = Load(new FieldNeed("pid", FieldType.Integer), new FieldNeed("kind", FieldType.String), new FieldNeed("date", FieldType.String));
        Assert.Equal([(2, 13, "kind"), (2, 13, "date")], errors.Select(e => (e.Line, e.Column, e.Field)));
        Assert.Equal("the loader needs this field (a string), but the schema does not declare it", errors[0].Message);
    }
}
