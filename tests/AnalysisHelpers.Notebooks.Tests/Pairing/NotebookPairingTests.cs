using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Pairing;
using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Tests.Pairing;

public sealed class NotebookPairingTests : IDisposable
{
    private static readonly IpynbKernelSpec Spec = new("workbook-csharp", "C# (workbook)", "csharp");
    private readonly TempFolder _folder = new();

    private string Dib => Path.Combine(_folder.Path, "01-x.dib");

    private string Ipynb => Path.Combine(_folder.Path, "01-x.ipynb");

    [Fact]
    public void A_dib_alone_gets_an_ipynb_twin_without_outputs_naming_the_kernel_and_the_pairing_digest()
    {
        _folder.Write("01-x.dib", NotebookText.Meta + "#!markdown\n\n# T\n\n#!csharp\n\nvar a = 1;\n");

        var plan = Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));

        Assert.Equal(PairingAction.CreatedIpynb, plan.Action);
        var notebook = JsonNode.Parse(File.ReadAllText(Ipynb))!;
        Assert.Equal("workbook-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal(NotebookPairing.CellsDigest(DibParser.ParseFile(Dib)), (string?)notebook["metadata"]![NotebookPairing.MetadataKey]!["cells_sha256"]);
        Assert.Empty(notebook["cells"]![1]!["outputs"]!.AsArray());
        Assert.Equal(PairingAction.InSync, NotebookPairing.Plan(Dib, Ipynb, Spec).Action);
    }

    [Fact]
    public void A_cell_edited_in_the_ipynb_is_written_to_the_dib_keeping_its_meta_line()
    {
        var original = NotebookText.Meta + "#!csharp\n\nvar a = 1;\n";
        _folder.Write("01-x.dib", original);
        Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));
        EditIpynbSource(0, "var a = 2;");

        var plan = Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));

        Assert.Equal(PairingAction.UpdatedDib, plan.Action);
        Assert.Equal(original.Replace("var a = 1;", "var a = 2;", StringComparison.Ordinal), File.ReadAllText(Dib));
        Assert.Equal(PairingAction.InSync, NotebookPairing.Plan(Dib, Ipynb, Spec).Action);
    }

    [Fact]
    public void A_cell_edited_in_the_dib_is_written_to_the_ipynb()
    {
        _folder.Write("01-x.dib", NotebookText.Meta + "#!csharp\n\nvar a = 1;\n");
        Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));
        File.WriteAllText(Dib, NotebookText.Meta + "#!csharp\n\nvar a = 3;\n");

        var plan = Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));

        Assert.Equal(PairingAction.UpdatedIpynb, plan.Action);
        Assert.Contains("var a = 3;", File.ReadAllText(Ipynb), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_sides_changed_since_the_last_pairing_is_refused_naming_both_files_and_writing_nothing()
    {
        _folder.Write("01-x.dib", NotebookText.Meta + "#!csharp\n\nvar a = 1;\n");
        Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));
        File.WriteAllText(Dib, NotebookText.Meta + "#!csharp\n\nvar a = 3;\n");
        EditIpynbSource(0, "var a = 4;");

        var plan = NotebookPairing.Plan(Dib, Ipynb, Spec);

        Assert.Equal(PairingAction.Conflict, plan.Action);
        Assert.Empty(plan.Writes);
        Assert.Contains(Dib, plan.Conflict, StringComparison.Ordinal);
        Assert.Contains(Ipynb, plan.Conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_saved_into_the_ipynb_are_cleared_without_touching_the_dib()
    {
        _folder.Write("01-x.dib", NotebookText.Meta + "#!csharp\n\n1 + 1\n");
        Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));
        var dibBefore = File.ReadAllText(Dib);
        var notebook = JsonNode.Parse(File.ReadAllText(Ipynb))!;
        notebook["cells"]![0]!["outputs"]!.AsArray().Add(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "2" });
        File.WriteAllText(Ipynb, notebook.ToJsonString());

        var plan = Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));

        Assert.Equal(PairingAction.RefreshedIpynb, plan.Action);
        Assert.Equal(dibBefore, File.ReadAllText(Dib));
        Assert.DoesNotContain("\"stream\"", File.ReadAllText(Ipynb), StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_cell_is_reported_at_its_line_in_the_ipynb()
    {
        _folder.Write("01-x.dib", NotebookText.Meta + "#!csharp\n\nvar a = 1;\n");
        Apply(NotebookPairing.Plan(Dib, Ipynb, Spec));
        var text = File.ReadAllText(Ipynb).Replace("\"cell_type\": \"code\"", "\"cell_type\": \"raw\"", StringComparison.Ordinal);
        File.WriteAllText(Ipynb, text);
        var line = text[..text.IndexOf("\"raw\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<IpynbFormatException>(() => NotebookPairing.Plan(Dib, Ipynb, Spec));

        Assert.StartsWith($"{Ipynb}:{line}:", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.Contains("raw", error.Message, StringComparison.Ordinal);
    }

    private void EditIpynbSource(int cell, string source)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Ipynb))!;
        notebook["cells"]![cell]!["source"] = new JsonArray(source);
        File.WriteAllText(Ipynb, notebook.ToJsonString());
    }

    private static PairingPlan Apply(PairingPlan plan)
    {
        foreach (var write in plan.Writes) File.WriteAllText(write.Path, write.Text);
        return plan;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The committed twins are what <c>workbook pair</c> would write: in step with their .dib files.</summary>
public sealed class CommittedPairsTests
{
    public static TheoryData<string> Dibs() => new(Directory.EnumerateFiles(Root(), "*.dib").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Dibs))]
    public void The_committed_ipynb_twin_is_in_step_with_its_dib(string name)
    {
        var plan = NotebookPairing.Plan(Path.Combine(Root(), name + ".dib"), Path.Combine(Root(), name + ".ipynb"),
            new IpynbKernelSpec("workbook-csharp", "C# (workbook)", "csharp"));

        Assert.True(plan.Action == PairingAction.InSync, $"{name}: {plan.Action}; run `dotnet run --project src/Workbook -- pair` and commit");
    }

    [Theory]
    [MemberData(nameof(Dibs))]
    public async Task The_committed_ipynb_twin_is_valid_nbformat(string name)
    {
        var errors = (await NbformatSchema.GetAsync()).Validate(File.ReadAllText(Path.Combine(Root(), name + ".ipynb")));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisHelpers.sln"))) return Path.Combine(dir.FullName, "notebooks");
        }

        throw new InvalidOperationException("AnalysisHelpers.sln not found");
    }
}
