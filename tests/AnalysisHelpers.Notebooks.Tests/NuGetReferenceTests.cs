namespace AnalysisHelpers.Notebooks.Tests;

public sealed class NuGetReferenceTests
{
    private static readonly string ShippedVersion =
        PackageCatalog.Default.Packages.Single(p => p.Name == "NJsonSchema").Version;

    [Fact]
    public async Task A_shipped_package_at_its_version_is_referenced_with_its_dependencies()
    {
        var result = await NotebookRun.CSharpAsync(
            $"#r \"nuget: NJsonSchema, {ShippedVersion}\"",
            "var schema = NJsonSchema.JsonSchema.FromType<Dictionary<string, int>>();\n" +
            "// Namotion.Reflection is a dependency of NJsonSchema, referenced without asking.\n" +
            "typeof(Namotion.Reflection.ContextualType).Name");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("ContextualType", NotebookRun.PlainText(Assert.Single(result.Cells[1].Outputs)));
    }

    [Fact]
    public async Task A_referenced_package_type_is_the_same_type_the_host_uses()
    {
        var result = await NotebookRun.CSharpAsync($"#r \"nuget: NJsonSchema, {ShippedVersion}\"\ntypeof(NJsonSchema.JsonSchema).Assembly.Location");

        Assert.Equal(typeof(NJsonSchema.JsonSchema).Assembly.Location, NotebookRun.PlainText(Assert.Single(result.Cells[0].Outputs)));
    }

    [Fact]
    public async Task An_unknown_package_fails_listing_what_is_available()
    {
        var text = NotebookText.CSharp("var a = 1;\n#r \"nuget: No.Such.Package, 1.0.0\"");

        var result = await NotebookRun.TextAsync(text);

        var failure = Assert.IsType<CellFailure>(result.Failure);
        Assert.Equal(CellFailureKind.Directive, failure.Kind);
        Assert.Equal(NotebookText.LineOf(text, "#r \"nuget"), failure.Line);
        Assert.StartsWith("package No.Such.Package is not available to the runner (available: ", failure.Message);
        Assert.Contains($"NJsonSchema {ShippedVersion}", failure.Message);
    }

    [Fact]
    public async Task Another_version_of_a_shipped_package_fails_naming_both_versions()
    {
        var result = await NotebookRun.CSharpAsync("#r \"nuget: NJsonSchema, 9.0.1\"");

        Assert.Equal(
            $"package NJsonSchema version 9.0.1 is not available to the runner; it ships version {ShippedVersion}",
            result.Failure?.Message);
    }

    [Fact]
    public async Task A_package_without_version_fails_because_versions_must_be_pinned()
    {
        var result = await NotebookRun.CSharpAsync("#r \"nuget: NJsonSchema\"");

        Assert.Equal(CellFailureKind.Directive, result.Failure?.Kind);
        Assert.Contains("package NJsonSchema has no version; versions must be pinned", result.Failure?.Message);
    }

    [Theory]
    [InlineData("1.2", "1.2.0", true)]
    [InlineData("1.2.0.0", "1.2.0", true)]
    [InlineData("1.0.0-beta.1", "1.0.0-BETA.1", true)]
    [InlineData("1.2.1", "1.2.0", false)]
    [InlineData("1.0.0-beta.1", "1.0.0", false)]
    public void Versions_compare_as_nuget_normalizes_them(string shipped, string requested, bool match)
    {
        Assert.Equal(match, PackageCatalog.VersionsMatch(shipped, requested));
    }
}
