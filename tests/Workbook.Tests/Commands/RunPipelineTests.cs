using AnalysisHelpers.Export.Charts;
using Workbook.Progress;
using Workbook.Run;

namespace Workbook.Tests.Commands;

/// <summary>The decisions of <c>workbook run</c>'s pipeline, called directly with its options record: what it refuses
/// before anything is touched, when it skips a run, what the cache key sees, what the notebooks are given, and what
/// the progress is told.</summary>
public sealed class RunPipelineTests : IDisposable
{
    private const string Notebook = """
        #!markdown

        # Two cells: a heading and one line of code

        #!csharp

        var answer = 6 * 7;
        """;

    private readonly TempFolder _folder = new("workbook-pipeline");
    private string _dir => _folder.Path;
    private readonly string _data;
    private readonly string _out;
    private readonly string _notebook;

    public RunPipelineTests()
    {
        _data = Path.Combine(_dir, "data");
        _out = Path.Combine(_dir, "out");
        Directory.CreateDirectory(_data);
        File.WriteAllText(Path.Combine(_data, "claims.csv"), "claim_id\nC001\n");
        // In a folder of their own: --out may not lie inside the notebooks' folder.
        Directory.CreateDirectory(Path.Combine(_dir, "notebooks"));
        _notebook = Path.Combine(_dir, "notebooks", "01-answer.dib");
        File.WriteAllText(_notebook, Notebook);
    }

    public void Dispose() => _folder.Dispose();

    private RunOptions Options(params string[] notebooks) =>
        new(notebooks.Length == 0 ? [_notebook] : notebooks, OutputDirectory: _out, DataDirectory: _data, NoExport: true);

    [Fact]
    public async Task A_missing_notebook_is_named_and_nothing_is_written()
    {
        var missing = Path.Combine(_dir, "notebooks", "02-missing.dib");
        var stderr = new StringWriter();

        var code = await new RunPipeline(Options(_notebook, missing), new StringWriter(), stderr).RunAsync(CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal($"{missing}: notebook not found", stderr.ToString().Trim());
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void A_notebook_whose_pages_would_replace_the_report_is_refused_in_the_plan()
    {
        var report = Path.Combine(_dir, "notebooks", "report.dib");
        File.WriteAllText(report, Notebook);
        var stderr = new StringWriter();

        Assert.Null(new RunPipeline(Options(report), new StringWriter(), stderr).Plan());
        Assert.Contains("report.html would replace the export's report.html", stderr.ToString());
    }

    [Fact]
    public void An_output_folder_inside_the_data_is_refused_in_the_plan()
    {
        var stderr = new StringWriter();
        var options = Options() with { OutputDirectory = Path.Combine(_data, "out") };

        Assert.Null(new RunPipeline(options, new StringWriter(), stderr).Plan());
        Assert.StartsWith(Path.Combine(_data, "out"), stderr.ToString());
    }

    [Fact]
    public void No_export_plans_no_export_and_formats_given_are_explicit()
    {
        var withoutExport = new RunPipeline(Options(), new StringWriter(), new StringWriter()).Plan()!;
        var given = new RunPipeline(Options() with { NoExport = false, Formats = ChartFormats.Svg | ChartFormats.Json }, new StringWriter(), new StringWriter()).Plan()!;
        var defaults = new RunPipeline(Options() with { NoExport = false }, new StringWriter(), new StringWriter()).Plan()!;

        Assert.Null(withoutExport.Export);
        Assert.Equal((ChartFormats.Svg | ChartFormats.Json, true), (given.Export!.Formats, given.Export.FormatsExplicit));
        Assert.Equal((ChartFormats.All, false), (defaults.Export!.Formats, defaults.Export.FormatsExplicit));
        Assert.Equal(_out, given.Export.OutputDirectory);
    }

    [Fact]
    public void The_cache_key_ignores_the_order_of_params_and_force_but_not_their_values_or_the_formats()
    {
        var a = Options() with { Parameters = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } };
        var reordered = Options() with { Parameters = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" }, Force = true };
        var changed = Options() with { Parameters = new Dictionary<string, string> { ["a"] = "1", ["b"] = "3" } };

        Assert.Equal(RunPipeline.CacheOptions(a, null), RunPipeline.CacheOptions(reordered, null));
        Assert.NotEqual(RunPipeline.CacheOptions(a, null), RunPipeline.CacheOptions(changed, null));
        // Every format asked for by name is not the same run as no --formats: a missing browser fails only the first.
        Assert.NotEqual(RunPipeline.CacheOptions(a with { Formats = ChartFormats.All }, null), RunPipeline.CacheOptions(a, null));
        Assert.NotEqual(RunPipeline.CacheOptions(a with { CellTimeout = TimeSpan.FromSeconds(2) }, null), RunPipeline.CacheOptions(a, null));
        Assert.NotEqual(RunPipeline.CacheOptions(a with { HideCode = true }, null), RunPipeline.CacheOptions(a, null));
    }

    [Fact]
    public void Only_the_folders_the_user_chose_are_passed_to_the_notebooks()
    {
        Assert.Equal(new Dictionary<string, string> { ["dataDir"] = _data, ["outputDir"] = _out }, RunPipeline.NotebookDefaults(Options(), _out));
        Assert.Empty(RunPipeline.NotebookDefaults(new RunOptions([_notebook]), _out));
        Assert.Equal(["outputDir"], RunPipeline.NotebookDefaults(Options() with { DataDirectory = null }, _out).Keys);
    }

    [Fact]
    public async Task A_fresh_cache_skips_the_run_and_force_runs_it_counting_cells_as_failures_do()
    {
        var plan = new RunPipeline(Options(), new StringWriter(), new StringWriter()).Plan()!;
        Directory.CreateDirectory(_out);
        var previous = Path.Combine(_out, "01-answer.ipynb");
        File.WriteAllText(previous, "{}");
        RunCache.Record(_out, plan.CacheKey, [previous]);

        var skipped = new StringWriter();
        Assert.Equal(0, await new RunPipeline(Options(), skipped, new StringWriter()).RunAsync(CancellationToken.None));
        Assert.StartsWith("Nothing changed since the last run", skipped.ToString());
        Assert.Equal("{}", File.ReadAllText(previous));

        var progress = new RecordingProgress();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await new RunPipeline(Options() with { Force = true }, stdout, stderr, progress).RunAsync(CancellationToken.None);

        Assert.True(code == 0, stderr.ToString());
        Assert.NotEqual("{}", File.ReadAllText(previous));
        // One count of cells: the progress, the start and the summary line all count the heading too.
        Assert.Equal(["start 01-answer 1/1 cells 2", "cell 1/2", "cell 2/2", "end 01-answer 1/1"], progress.Events);
        Assert.Matches(@"^01-answer: 2 cells ran in \d+\.\d s$", stdout.ToString().Trim());
        Assert.Equal(["shown"], progress.Shown);
    }

    [Fact]
    public void Plain_progress_is_one_line_per_notebook_on_stdout()
    {
        var stdout = new StringWriter();
        var progress = new PlainProgress(stdout);

        progress.NotebookStarted("01-answer", 1, 2, 2);
        progress.CellDone("01-answer", 1, 2);
        progress.BrowserStarting();
        progress.NotebookStarted("02-one", 2, 2, 1);

        Assert.Equal(["running 01-answer (notebook 1 of 2, 2 cells)", "running 02-one (notebook 2 of 2, 1 cell)"],
            stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed class RecordingProgress : RunProgress
    {
        public List<string> Events { get; } = [];
        public List<string> Shown { get; } = [];

        public override async Task<T> ShowWhileAsync<T>(Func<Task<T>> work)
        {
            Shown.Add("shown");
            return await work();
        }

        public override void NotebookStarted(string name, int number, int count, int cells) => Events.Add($"start {name} {number}/{count} cells {cells}");
        public override void CellDone(string name, int cell, int cells) => Events.Add($"cell {cell}/{cells}");
        public override void NotebookFinished(string name, int number, int count) => Events.Add($"end {name} {number}/{count}");
    }
}
