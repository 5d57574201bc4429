using System.CommandLine;
using AnalysisHelpers.Export.Charts;

namespace Workbook.Tests.Commands;

/// <summary>The command line as System.CommandLine parses it, in this process: help text, usage errors and the values
/// the options' own parsers produce. None of these runs a command.</summary>
public sealed class CommandLineTests
{
    private sealed record Invocation(int ExitCode, string Output, string Error)
    {
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static Invocation Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = WorkbookCommandLine.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new Invocation(code, output.ToString(), error.ToString());
    }

    private static ParseResult Parse(params string[] args) => WorkbookCommandLine.Parse(args);

    private static T Value<T>(ParseResult parsed, string option) =>
        parsed.GetValue<T>(option)!;

    [Fact]
    public void Run_help_names_the_value_of_every_option_and_shows_the_notebooks_as_optional()
    {
        var help = Invoke("run", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--out <DIR>", help.Output);
        Assert.Contains("--data <DIR>", help.Output);
        Assert.Contains("--formats <html,svg,png,pdf>", help.Output);
        Assert.Contains("--param <NAME=VALUE>", help.Output);
        Assert.Contains("--timeout <SECONDS>", help.Output);
        Assert.Contains("--browser <PATH>", help.Output);
        // The usage line starts with the executable's name, here the test host's.
        Assert.Contains(" run [<NOTEBOOK>...] [options]", help.Output);
        Assert.Contains("(default: 300)", help.Output);
    }

    [Fact]
    public void Export_and_convert_help_name_their_values()
    {
        var export = Invoke("export", "--help").Output;
        var convert = Invoke("convert", "--help").Output;

        Assert.Contains("--out <DIR>", export);
        Assert.Contains("--formats <html,svg,png,pdf>", export);
        Assert.Contains("--to <ipynb>", convert);
        Assert.Contains("--out <FILE>", convert);
        Assert.Contains(" convert <NOTEBOOK> [options]", convert);
    }

    [Fact]
    public void Run_with_an_unknown_option_says_it_is_unknown_and_runs_nothing()
    {
        var run = Invoke("run", "--bogus");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--bogus: unknown option of workbook run (see workbook run --help)"], run.ErrorLines);
        Assert.DoesNotContain("notebook not found", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_unknown_option_among_notebooks_is_still_an_unknown_option()
    {
        var parsed = Parse("pair", "notebooks/01-claims-overview.dib", "--chek");

        Assert.Equal(["--chek: unknown option of workbook pair (see workbook pair --help)"], parsed.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Convert_refuses_a_file_that_is_not_a_notebook_with_one_line_naming_it()
    {
        var convert = Invoke("convert", "README.md");

        Assert.Equal(1, convert.ExitCode);
        Assert.Equal([$"{Path.GetFullPath("README.md")}: not a notebook; convert takes a .dib (Polyglot Notebooks) file"], convert.ErrorLines);
        Assert.DoesNotContain("Usage:", convert.Output + convert.Error);
    }

    [Fact]
    public void Convert_refuses_a_jupyter_notebook_and_says_why()
    {
        var parsed = Parse("convert", "notebooks/01-claims-overview.ipynb");

        var error = Assert.Single(parsed.Errors).Message;
        Assert.StartsWith(Path.GetFullPath("notebooks/01-claims-overview.ipynb") + ": already a Jupyter notebook", error);
    }

    [Fact]
    public void Convert_takes_a_dib_whatever_the_letter_case_of_its_extension()
    {
        Assert.Empty(Parse("convert", "notebooks/X.DIB").Errors);
    }

    [Theory]
    [InlineData("gif", "--formats gif: unknown format \"gif\"; allowed: html, svg, png, pdf")]
    [InlineData("svg,jpeg", "--formats svg,jpeg: unknown format \"jpeg\"; allowed: html, svg, png, pdf")]
    [InlineData(",", "--formats \",\": no format given; allowed: html, svg, png, pdf")]
    public void A_bad_formats_value_names_the_option_and_the_allowed_values(string value, string expected)
    {
        foreach (var command in new[] { "run", "export" })
        {
            var outcome = Invoke(command, "--formats", value);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Equal([expected], outcome.ErrorLines);
        }
    }

    [Fact]
    public void Formats_become_the_chart_formats_with_figure_json_always_included()
    {
        Assert.Equal(ChartFormats.Svg | ChartFormats.Png | ChartFormats.Json, Value<ChartFormats?>(Parse("export", "--formats", "svg, PNG"), "--formats"));
        Assert.Equal(ChartFormats.Html | ChartFormats.Json, Value<ChartFormats?>(Parse("run", "--formats", "html,json"), "--formats"));
        // Not given: null, so that the command knows the formats were not asked for explicitly.
        Assert.Null(Parse("export").GetValue<ChartFormats?>("--formats"));
    }

    [Theory]
    [InlineData("minYear", "--param minYear: expected NAME=VALUE (e.g. --param minYear=2023)")]
    [InlineData("=2023", "--param =2023: expected NAME=VALUE (e.g. --param minYear=2023)")]
    [InlineData(" =2023", "--param  =2023: expected NAME=VALUE (e.g. --param minYear=2023)")]
    public void A_bad_param_names_the_option_and_the_expected_form(string value, string expected)
    {
        var run = Invoke("run", "--param", value);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([expected.Trim()], run.ErrorLines);
    }

    [Fact]
    public void A_param_given_twice_is_an_error()
    {
        var parsed = Parse("run", "--param", "minYear=2023", "--param", "minYear=2024");

        Assert.Equal(["--param minYear: given twice"], parsed.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Params_become_names_and_values_and_leave_the_notebooks_to_the_argument()
    {
        var parsed = Parse("run", "--param", "minYear=2023", "--param", "filter=a=b", "nb.dib");

        Assert.Empty(parsed.Errors);
        var values = Value<IReadOnlyDictionary<string, string>>(parsed, "--param");
        Assert.Equal(new Dictionary<string, string> { ["minYear"] = "2023", ["filter"] = "a=b" }, values);
        Assert.Equal(["nb.dib"], Value<FileInfo[]>(parsed, "NOTEBOOK").Select(f => f.Name));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("Infinity")]
    [InlineData("2,5")]
    public void A_timeout_that_is_not_a_positive_number_of_seconds_names_the_option(string value)
    {
        var parsed = Parse("run", "--timeout", value);

        Assert.Equal([$"--timeout {value}: expected a positive number of seconds (e.g. 300 or 2.5)"], parsed.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_timeout_is_read_with_a_dot_in_any_culture()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), Value<TimeSpan?>(Parse("run", "--timeout", "2.5"), "--timeout"));
        Assert.Null(Parse("run").GetValue<TimeSpan?>("--timeout"));
    }

    [Fact]
    public void An_unknown_convert_target_names_the_option_and_the_one_allowed()
    {
        var convert = Invoke("convert", "notebooks/01-claims-overview.dib", "--to", "docx");

        Assert.Equal(1, convert.ExitCode);
        Assert.Equal(["--to docx: unknown value; allowed: ipynb"], convert.ErrorLines);
        Assert.Equal("ipynb", Value<string>(Parse("convert", "x.dib", "--to", "IPYNB"), "--to"));
    }
}
