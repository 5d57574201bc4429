using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Parameters;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

public sealed class ParameterTests
{
    private const string ParametersCell =
        "var dataDir = \"../data\";\ndouble threshold = 0.5;\nvar limit = 3;\nbool verbose = false;\nvar computed = DateTime.Now.Year;";

    private static readonly string Text = NotebookText.CSharp(ParametersCell, "$\"{dataDir}|{threshold}|{limit}|{verbose}\"");

    private static Task<NotebookRunResult> RunWith(params (string Name, string Value)[] parameters) =>
        NotebookRun.TextAsync(Text, NotebookRun.Options with { Parameters = parameters.ToDictionary(p => p.Name, p => p.Value) });

    [Fact]
    public async Task Overrides_go_into_a_visible_cell_tagged_injected_parameters_after_the_parameters_cell()
    {
        var result = await RunWith(("limit", "9"), ("dataDir", "/tmp/x"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var injected = result.Notebook.Cells[1];
        Assert.Equal([NotebookParameters.InjectedTag], injected.Tags);
        Assert.Contains("var dataDir = \"/tmp/x\";", injected.Source);
        Assert.Contains("var limit = 9;", injected.Source);
        Assert.Equal(ParametersCell, result.Notebook.Cells[0].Source);
        Assert.Equal([("dataDir", (object)"/tmp/x"), ("limit", 9)], result.Parameters.Select(p => (p.Key, p.Value)));
        Assert.Equal([1, 1, 2], result.Cells.Select(c => c.Number));
        Assert.Equal([1, 2, 3], result.Cells.Select(c => c.ExecutionCount));
    }

    [Fact]
    public async Task Without_overrides_the_notebook_uses_its_own_values()
    {
        var result = await RunWith();

        Assert.Equal("../data|0.5|3|False", NotebookRun.PlainText(Assert.Single(result.Cells[1].Outputs)));
        Assert.Equal(2, result.Notebook.Cells.Count);
    }

    [Fact]
    public async Task Overrides_replace_the_initial_values_with_correctly_typed_literals()
    {
        var result = await RunWith(("dataDir", "C:\\data \"new\"\n"), ("threshold", "-1e3"), ("limit", "-7"), ("verbose", "true"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("C:\\data \"new\"\n|-1000|-7|True", NotebookRun.PlainText(Assert.Single(result.Cells[2].Outputs)));
    }

    [Fact]
    public async Task A_whole_number_for_a_var_double_stays_a_double()
    {
        var text = NotebookText.CSharp("var ratio = 0.25;", "ratio / 2");

        var result = await NotebookRun.TextAsync(text, NotebookRun.Options with { Parameters = new Dictionary<string, string> { ["ratio"] = "1" } });

        Assert.Equal("0.5", NotebookRun.PlainText(Assert.Single(result.Cells[2].Outputs)));
    }

    [Fact]
    public async Task An_unknown_parameter_name_is_an_error_before_any_cell_runs()
    {
        var error = await Assert.ThrowsAsync<NotebookParameterException>(() => RunWith(("dataDirectory", "x")));

        Assert.Contains("parameter 'dataDirectory' is not declared in the parameters cell", error.Message);
        Assert.Contains("(parameters: dataDir, limit, threshold, verbose)", error.Message);
    }

    [Theory]
    [InlineData("threshold", "0,5", "declared as double")]
    [InlineData("limit", "3.5", "declared as int")]
    [InlineData("verbose", "yes", "declared as bool")]
    public async Task A_value_that_does_not_parse_as_the_declared_type_is_an_error_located_at_the_declaration(string name, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<NotebookParameterException>(() => RunWith((name, value)));

        Assert.Contains($"parameter '{name}' is {expected}; \"{value}\" is not a valid", error.Message);
        Assert.Contains($"test.dib:{NotebookText.LineOf(Text, name + " = ")}:", error.Message);
    }

    [Fact]
    public async Task A_declaration_not_initialized_with_a_literal_cannot_be_overridden()
    {
        var error = await Assert.ThrowsAsync<NotebookParameterException>(() => RunWith(("computed", "2020")));

        Assert.Contains("parameter 'computed' cannot be set", error.Message);
    }

    [Fact]
    public async Task All_parameter_errors_are_reported_together()
    {
        var error = await Assert.ThrowsAsync<NotebookParameterException>(() => RunWith(("nope", "1"), ("limit", "x")));

        Assert.Contains("'nope'", error.Message);
        Assert.Contains("'limit'", error.Message);
    }

    [Fact]
    public async Task Only_the_first_code_cell_holds_parameters()
    {
        var text = NotebookText.CSharp("var a = 1;", "var b = 2;");

        var error = await Assert.ThrowsAsync<NotebookParameterException>(() =>
            NotebookRun.TextAsync(text, NotebookRun.Options with { Parameters = new Dictionary<string, string> { ["b"] = "5" } }));

        Assert.Contains("(parameters: a)", error.Message);
    }
}
