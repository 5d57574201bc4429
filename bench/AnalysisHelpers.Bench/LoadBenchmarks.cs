using AnalysisHelpers.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AnalysisHelpers.Bench;

/// <summary>Load + validate valid claims with <see cref="ClaimsDataset.Load"/>, against DataFrame.LoadCsv reading the
/// same file without validation. Sizes are split so the million-row case can run a short job.</summary>
public abstract class LoadBenchmarks
{
    private string _dir = "";

    public abstract IEnumerable<int> RowCounts { get; }

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _dir = BenchData.Valid(Rows);

    [Benchmark(Baseline = true)]
    public int ClaimsDatasetLoad() => ClaimsDataset.Load(_dir).Claims.Count;

    [Benchmark]
    public long DataFrameLoadCsv() => DataFrameLoad.Claims(_dir).Rows.Count;
}

[Config(typeof(SmallConfig))]
public class LoadSmall : LoadBenchmarks
{
    public override IEnumerable<int> RowCounts => [10_000, 100_000];
}

[Config(typeof(LargeConfig))]
public class LoadLarge : LoadBenchmarks
{
    public override IEnumerable<int> RowCounts => [1_000_000];
}

/// <summary>One invocation per iteration: a load takes tens of milliseconds or more, far above timer resolution.
/// In-process, so the run neither rebuilds the solution (others may be editing it) nor pays for a child build.</summary>
internal abstract class LoadConfig : ManualConfig
{
    protected LoadConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(warmups).WithIterationCount(iterations)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddColumn(new RowsPerSecondColumn(), StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

internal sealed class SmallConfig() : LoadConfig(warmups: 2, iterations: 10);

/// <summary>A million rows take seconds per load; a short job keeps the whole bench within minutes.</summary>
internal sealed class LargeConfig() : LoadConfig(warmups: 1, iterations: 5);
