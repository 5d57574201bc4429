using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class IpynbWriterTests
{
    private static readonly string ReportPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "report.dib");

    [Fact]
    public async Task Running_the_same_notebook_twice_gives_identical_bytes()
    {
        var first = await NotebookRun.Runner.RunFileAsync(ReportPath, NotebookRun.Options, TestContext.Current.CancellationToken);
        var second = await NotebookRun.Runner.RunFileAsync(ReportPath, NotebookRun.Options, TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.GetBytes(IpynbWriter.Write(first)), Encoding.UTF8.GetBytes(IpynbWriter.Write(second)));
    }

    [Fact]
    public void Cell_ids_are_derived_from_the_notebook_name_and_index_and_match_the_nbformat_pattern()
    {
        var ids = Enumerable.Range(0, 3).Select(i => IpynbWriter.CellId("01 claims (draft)", i)).ToList();
        var longId = IpynbWriter.CellId(new string('x', 100), 12);

        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids.Append(longId), id => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", id));
        Assert.Equal(IpynbWriter.CellId("01 claims (draft)", 1), ids[1]);
        Assert.EndsWith("-13", longId);
    }

    [Fact]
    public async Task Sources_and_streams_are_lists_of_lines_that_join_back_to_the_text()
    {
        var result = await NotebookRun.Runner.RunFileAsync(ReportPath, NotebookRun.Options, TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(IpynbWriter.Write(result));
        var code = document.RootElement.GetProperty("cells")[1];
        var source = code.GetProperty("source").EnumerateArray().Select(line => line.GetString()!).ToList();
        Assert.Equal(result.Notebook.Cells[1].Source, string.Concat(source));
        Assert.All(source.SkipLast(1), line => Assert.EndsWith("\n", line));
        var stream = code.GetProperty("outputs")[0];
        Assert.Equal("stream", stream.GetProperty("output_type").GetString());
        Assert.Equal(["a < b & c\n"], stream.GetProperty("text").EnumerateArray().Select(line => line.GetString()));
    }

    [Fact]
    public async Task Notebook_metadata_names_the_dotnet_csharp_kernel_and_cells_carry_their_kernel()
    {
        var result = await NotebookRun.Runner.RunFileAsync(ReportPath, NotebookRun.Options, TestContext.Current.CancellationToken);

        using var document = JsonDocument.Parse(IpynbWriter.Write(result));
        var metadata = document.RootElement.GetProperty("metadata");
        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        var code = document.RootElement.GetProperty("cells")[1];
        Assert.Equal("csharp", code.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        Assert.Equal(1, code.GetProperty("execution_count").GetInt32());
        Assert.Equal(["stream", "display_data", "execute_result"],
            code.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("output_type").GetString()));
    }

    [Fact]
    public void A_cell_written_with_a_kernel_alias_is_recorded_under_the_kernel_name()
    {
        var notebook = DibParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "vscode-layout.dib"));

        using var document = JsonDocument.Parse(IpynbWriter.Write(notebook));
        var fsharp = document.RootElement.GetProperty("cells")[3];
        Assert.Equal("fsharp", fsharp.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
    }

    [Fact]
    public void An_unexecuted_conversion_has_no_outputs_and_null_execution_counts()
    {
        var ipynb = IpynbWriter.Write(DibParser.ParseFile(ReportPath));

        using var document = JsonDocument.Parse(ipynb);
        var code = document.RootElement.GetProperty("cells")[1];
        Assert.Equal(JsonValueKind.Null, code.GetProperty("execution_count").ValueKind);
        Assert.Equal(0, code.GetProperty("outputs").GetArrayLength());
        Assert.DoesNotMatch(new Regex("\r"), ipynb);
    }
}
