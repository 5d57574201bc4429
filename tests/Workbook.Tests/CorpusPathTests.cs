namespace Workbook.Tests;

/// <summary>Data and output folders whose names hold spaces and non-ASCII letters work for check, run and export.</summary>
public sealed class CorpusPathTests
{
    private const string OutName = "out dir/报告 é";
    private const string DataName = "data dir/数据 ü";

    [Fact]
    public async Task Check_reads_a_data_folder_with_spaces_and_non_ASCII_letters()
    {
        using var project = new CorpusProject(OutName);
        var data = project.AddFullData(DataName);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", data);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"in {data}", outcome.Stdout);
    }

    [Fact]
    public async Task Run_writes_the_notebook_and_the_report_into_such_a_folder()
    {
        using var project = new CorpusProject(OutName);
        var data = project.AddFullData(DataName);
        var notebook = project.AddNotebook("fine");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(120),
            "run", notebook, "--data", data, "--out", project.Out, "--formats", "html");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("<pre>42</pre>", File.ReadAllText(Path.Combine(project.Out, "fine.ipynb")));
        Assert.True(File.Exists(Path.Combine(project.Out, "fine.html")));
        Assert.Contains("fine.ipynb", File.ReadAllText(Path.Combine(project.Out, "manifest.json")));
        Assert.NotEqual("<html><body>the report of an earlier run</body></html>\n", File.ReadAllText(Path.Combine(project.Out, "report.html")));
    }

    [Fact]
    public async Task Export_writes_charts_and_the_report_into_such_a_folder()
    {
        using var project = new CorpusProject(OutName);
        var data = project.AddFullData(DataName);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(120),
            "export", "--formats", "html", "--data", data, "--out", project.Out);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("charts", project.OutputFiles().Select(f => Path.GetDirectoryName(f)));
        Assert.Contains("report.html", project.OutputFiles());
        Assert.Contains("manifest.json", project.OutputFiles());
        Assert.NotEqual("<html><body>the report of an earlier run</body></html>\n", File.ReadAllText(Path.Combine(project.Out, "report.html")));
    }
}
