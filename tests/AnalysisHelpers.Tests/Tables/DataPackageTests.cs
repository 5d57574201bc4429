using AnalysisHelpers.Tables;
using AnalysisHelpers.Tests.Fixtures;

namespace AnalysisHelpers.Tests.Tables;

public class DataPackageTests
{
    private const string ParentSchema = """{ "fields": [ { "name": "pid", "constraints": { "required": true } } ], "primaryKey": "pid" }""";
    private const string ChildSchema = """
        { "fields": [ { "name": "cid" }, { "name": "pid" } ],
          "foreignKeys": [ { "fields": "pid", "reference": { "resource": "parent", "fields": "pid" } } ] }
        """;

    private static TempFolder Folder(string parentCsv, string childCsv, string childSchema = ChildSchema)
    {
        var folder = new TempFolder();
        folder.Write("parent.csv", parentCsv);
        folder.Write("parent.schema.json", ParentSchema);
        folder.Write("child.csv", childCsv);
        folder.Write("child.schema.json", childSchema);
        return folder;
    }

    [Fact]
    public void Tables_with_matching_keys_load()
    {
        using var folder = Folder("pid\np1\np2\n", "cid,pid\nc1,p2\nc2,\n");
        var package = DataPackage.Load(folder.Path, ["parent", "child"]);
        Assert.Equal(2, package["child"].RowCount);
        Assert.Equal(["p1", "p2"], package["parent"].Strings("pid"));
    }

    [Fact]
    public void Dangling_foreign_key_is_located()
    {
        using var folder = Folder("pid\np1\n", "cid,pid\nc1,p1\nc2,p9\n");
        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load(folder.Path, ["parent", "child"]));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("child.csv", 3, 4, "pid", "p9"), (Path.GetFileName(error.File), error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("pid = p9", error.Message);
    }

    [Fact]
    public void Problems_in_several_tables_are_reported_together()
    {
        using var folder = Folder("pid\np1\n\n", "cid,pid\nc1,p1,extra\n");
        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load(folder.Path, ["parent", "child"]));
        Assert.Equal([("parent.csv", 3), ("child.csv", 2)], ex.Errors.Select(e => (Path.GetFileName(e.File), e.Line)));
    }

    [Fact]
    public void Missing_required_table_is_reported_and_optional_one_is_not()
    {
        using var folder = new TempFolder();
        folder.Write("parent.csv", "pid\np1\n");
        folder.Write("parent.schema.json", ParentSchema);
        var package = DataPackage.Load(folder.Path, ["parent"], ["child"]);
        Assert.False(package.Contains("child"));

        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load(folder.Path, ["parent", "child"]));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("child.csv", Path.GetFileName(error.File));
        Assert.Contains("file not found", error.Message);
    }

    [Fact]
    public void Table_without_schema_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("parent.csv", "pid\np1\n");
        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load(folder.Path, ["parent"]));
        Assert.Contains("schema not found", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Foreign_key_to_an_unknown_field_is_a_schema_problem_not_a_crash()
    {
        const string schema = """
            { "fields": [ { "name": "cid" }, { "name": "pid" } ],
              "foreignKeys": [ { "fields": "pid", "reference": { "resource": "parent", "fields": "nope" } } ] }
            """;
        using var folder = Folder("pid\np1\n", "cid,pid\nc1,p1\n", schema);
        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load(folder.Path, ["parent", "child"]));
        Assert.Contains("nope", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Missing_folder_is_reported()
    {
        var ex = Assert.Throws<DataValidationException>(() => DataPackage.Load("/no/such/folder/here", ["parent"]));
        Assert.Contains("does not exist", Assert.Single(ex.Errors).Message);
    }
}
