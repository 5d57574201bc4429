namespace AnalysisHelpers.Export.Tests.Files;

public sealed class ManifestBuilderTests : IDisposable
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly DateTimeOffset Noon = new(2025, 3, 1, 13, 0, 0, TimeSpan.FromHours(1));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string relative, string content)
    {
        var path = _folder.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private ManifestBuilder NewBuilder() =>
        new(_folder.Combine("out"), _folder.Path, "1.2.3", new FixedClock(Noon));

    [Fact]
    public void Entries_carry_size_and_the_sha256_of_the_content()
    {
        Write("out/charts/a.svg", "abc");

        var manifest = NewBuilder().AddOutput("charts/a.svg", OutputKind.ChartSvg).Build();

        var entry = Assert.Single(manifest.Outputs);
        Assert.Equal(3, entry.Size);
        // SHA-256 of "abc" from FIPS 180-2, appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", entry.Sha256);
        Assert.Equal(OutputKind.ChartSvg, entry.Kind);
    }

    [Fact]
    public void Paths_are_relative_with_forward_slashes_and_sorted()
    {
        var input = Write("data/claims.csv", "x");
        var report = Write("out/report.html", "r");
        Write("out/charts/b.png", "b");
        Write("out/charts/a.png", "a");

        var manifest = NewBuilder()
            .AddInput(input)
            .AddOutput(report, OutputKind.ReportHtml)
            .AddOutput("charts/b.png", OutputKind.ChartPng)
            .AddOutput(Path.Combine("charts", "a.png"), OutputKind.ChartPng)
            .Build();

        Assert.Equal(["charts/a.png", "charts/b.png", "report.html"], manifest.Outputs.Select(o => o.Path));
        Assert.Equal("data/claims.csv", Assert.Single(manifest.Inputs).Path);
    }

    [Fact]
    public void Generated_at_comes_from_the_clock_in_utc_and_survives_a_round_trip()
    {
        Write("out/a.json", "{}");
        var folder = _folder.Combine("out");

        var manifest = NewBuilder().AddOutput("a.json", OutputKind.FigureJson).Build();
        var path = manifest.WriteTo(folder);
        var json = File.ReadAllText(path);
        var read = Manifest.FromJson(json);

        Assert.Contains("\"generatedAt\": \"2025-03-01T12:00:00.000Z\"", json);
        Assert.Contains("\"toolVersion\": \"1.2.3\"", json);
        Assert.Equal(Noon, read.GeneratedAt);
        Assert.Equal(manifest.Outputs, read.Outputs);
    }

    [Fact]
    public void An_output_outside_the_output_folder_is_rejected()
    {
        var outside = Write("elsewhere.txt", "x");
        Directory.CreateDirectory(_folder.Combine("out"));

        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddOutput(outside, OutputKind.ReportHtml));
        Assert.Contains("not inside the output folder", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var error = Assert.Throws<FileNotFoundException>(() => NewBuilder().AddOutput("charts/none.svg", OutputKind.ChartSvg));
        Assert.Contains("none.svg", error.Message);
    }

    [Fact]
    public void The_same_output_cannot_be_recorded_twice()
    {
        Write("out/a.svg", "x");
        var builder = NewBuilder().AddOutput("a.svg", OutputKind.ChartSvg);

        Assert.Throws<ArgumentException>(() => builder.AddOutput("a.svg", OutputKind.ChartSvg));
    }
}
