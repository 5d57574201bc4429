using System.Diagnostics;
using System.Globalization;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Bench;

/// <summary>Where one load spends its time and memory, stage by stage, with a Stopwatch and the GC's allocation
/// counter. Each stage is timed on its own through the public API; stages the API does not expose (foreign keys,
/// claim rules, building the records) are the difference between two nested calls.</summary>
internal static class BreakdownCommand
{
    public static int Run(int rows, int repeat, bool withDataFrame)
    {
        var dir = BenchData.Valid(rows);
        var csv = BenchData.ClaimsCsv(dir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} file={new FileInfo(csv).Length / 1048576.0:F1} MB repeats={repeat} (the first, cold run is shown apart)"));

        var runs = new List<Dictionary<string, (double Ms, double CpuMs, long Alloc, double GcMs)>>();
        for (int i = 0; i <= repeat; i++) runs.Add(OneRun(dir, csv, withDataFrame));

        Console.WriteLine($"{"stage",-52} {"cold ms",8} {"warm ms",8} {"warm CPU ms",12} {"GC pause ms",12} {"allocated MB",13}");
        foreach (var stage in runs[0].Keys)
        {
            var warm = runs.Skip(1).Select(r => r[stage].Ms).Order().ToArray();
            var warmCpu = runs.Skip(1).Select(r => r[stage].CpuMs).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-52} {runs[0][stage].Ms,8:F0} {warm[warm.Length / 2],8:F0} {warmCpu[warmCpu.Length / 2],12:F0} {runs[^1][stage].GcMs,12:F0} {runs[^1][stage].Alloc / 1048576.0,13:F0}"));
        }
        Console.WriteLine("(warm: median of the repeats; CPU counts every core, so CPU above wall means the stage ran on several)");
        Retained(dir, withDataFrame);
        return 0;
    }

    private static Dictionary<string, (double Ms, double CpuMs, long Alloc, double GcMs)> OneRun(string dir, string csv, bool withDataFrame)
    {
        var stages = new Dictionary<string, (double Ms, double CpuMs, long Alloc, double GcMs)>();
        T Time<T>(string name, Func<T> work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var result = work();
            sw.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            stages[name] = (sw.Elapsed.TotalMilliseconds, cpu, GC.GetTotalAllocatedBytes(precise: true) - before,
                (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
            return result;
        }

        var bytes = Time("1 read file (File.ReadAllBytes)", () => File.ReadAllBytes(csv));
        Time("3 split rows only (Sep, one core)", () =>
        {
            using var reader = nietras.SeparatedValues.SepReaderExtensions.From(nietras.SeparatedValues.Sep.Reader(o => o with { Sep = new(','), DisableColCountCheck = true }), bytes);
            int n = 0;
            foreach (var row in reader) n += row.ColCount;
            return n;
        });
        var schema = Time("4a TableSchema.Load (claims)", () => TableSchema.Load(Path.Combine(dir, "claims.schema.json")));
        var table = Time("4 typed columns + schema checks (TryRead, in memory)", () => TableReader.TryRead(bytes, "claims.csv", schema, new ErrorList())!);
        Time("5 DataPackage.Load (1+2+4, sources, FKs)", () => DataPackage.Load(dir, [ClaimsDataset.SourcesTable, ClaimsDataset.ClaimsTable]));
        var dataset = Time("6 ClaimsDataset.Load (5 + rules + records)", () => ClaimsDataset.Load(dir));
        Time("7 of 6: QuantityParser.Parse of as_stated", () =>
        {
            var unit = table.Strings("unit");
            var stated = table.Strings("as_stated");
            int parsed = 0;
            for (int r = 0; r < table.RowCount; r++)
                if (unit[r] != "none") { QuantityParser.Parse(stated[r]!); parsed++; }
            return parsed;
        });
        Time("8 ClaimsFrame (Table.ToDataFrame)", () => dataset.ClaimsFrame());
        if (withDataFrame) Time("9 DataFrame.LoadCsv, no validation", () => DataFrameLoad.Claims(dir));
        return stages;
    }

    /// <summary>Managed heap kept alive by each result, measured after a full collection.</summary>
    private static void Retained(string dir, bool withDataFrame)
    {
        static long Heap() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); return GC.GetTotalMemory(true); }
        long baseline = Heap();
        var dataset = ClaimsDataset.Load(dir);
        long withDataset = Heap();
        var frame = dataset.ClaimsFrame();
        long withFrame = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retained: ClaimsDataset {(withDataset - baseline) / 1048576.0:F0} MB (columns and records); its ClaimsFrame adds {(withFrame - withDataset) / 1048576.0:F0} MB"));
        GC.KeepAlive(dataset);
        GC.KeepAlive(frame);
        if (!withDataFrame) return;
        var df = DataFrameLoad.Claims(dir);
        long withDf = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained: DataFrame.LoadCsv result {(withDf - withFrame) / 1048576.0:F0} MB"));
        GC.KeepAlive(df);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
