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
    public static int Run(CommandArgs args)
    {
        int rows = args.Int("rows") ?? 1_000_000;
        int repeat = args.Int("repeat") ?? 3;
        var dir = BenchData.Valid(rows);
        var csv = BenchData.ClaimsCsv(dir);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} file={new FileInfo(csv).Length / 1048576.0:F1} MB repeats={repeat} (the first, cold run is shown apart)"));

        var runs = new List<Dictionary<string, (double Ms, long Alloc, double GcMs)>>();
        for (int i = 0; i <= repeat; i++) runs.Add(OneRun(dir, csv));

        Console.WriteLine($"{"stage",-46} {"cold ms",9} {"warm ms (median)",17} {"GC pause ms",12} {"allocated MB",13}");
        foreach (var stage in runs[0].Keys)
        {
            var warm = runs.Skip(1).Select(r => r[stage].Ms).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-46} {runs[0][stage].Ms,9:F0} {warm[warm.Length / 2],17:F0} {runs[^1][stage].GcMs,12:F0} {runs[^1][stage].Alloc / 1048576.0,13:F0}"));
        }
        Retained(dir);
        return 0;
    }

    private static Dictionary<string, (double Ms, long Alloc, double GcMs)> OneRun(string dir, string csv)
    {
        var stages = new Dictionary<string, (double Ms, long Alloc, double GcMs)>();
        T Time<T>(string name, Func<T> work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var sw = Stopwatch.StartNew();
            var result = work();
            sw.Stop();
            stages[name] = (sw.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before,
                (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
            return result;
        }

        var bytes = Time("1 read file (File.ReadAllBytes)", () => File.ReadAllBytes(csv));
        var doc = Time("2 check UTF-8 (CsvDocument.FromBytes)", () => CsvDocument.FromBytes("claims.csv", bytes));
        Time("3 split rows only (CsvReader.ReadRow)", () =>
        {
            var reader = new CsvReader(doc);
            int n = 0;
            while (reader.ReadRow()) n++;
            return n;
        });
        var schema = Time("4a TableSchema.Load (claims)", () => TableSchema.Load(Path.Combine(dir, "claims.schema.json")));
        // Patterns compile on first use (RegexOptions.Compiled), once per loaded schema; done here so stage 4 excludes it.
        Time("4b compile schema patterns (Regex)", () => schema.Fields.Count(f => f.Constraints.PatternRegex is not null));
        var table = Time("4 typed columns + schema checks (TryRead)", () => TableReader.TryRead(doc, schema, new ErrorList())!);
        foreach (var (name, work) in TryReadParts.All(doc, schema)) Time(name, work);
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
        Time("9 DataFrame.LoadCsv, no validation", () => DataFrameLoad.Claims(dir));
        return stages;
    }

    /// <summary>Managed heap kept alive by each result, measured after a full collection.</summary>
    private static void Retained(string dir)
    {
        static long Heap() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); return GC.GetTotalMemory(true); }
        long baseline = Heap();
        var dataset = ClaimsDataset.Load(dir);
        long withDataset = Heap();
        var frame = dataset.ClaimsFrame();
        long withFrame = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retained: ClaimsDataset {(withDataset - baseline) / 1048576.0:F0} MB (file bytes kept for error locations, columns, records); its ClaimsFrame adds {(withFrame - withDataset) / 1048576.0:F0} MB"));
        GC.KeepAlive(dataset);
        GC.KeepAlive(frame);
        var df = DataFrameLoad.Claims(dir);
        long withDf = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained: DataFrame.LoadCsv result {(withDf - withFrame) / 1048576.0:F0} MB"));
        GC.KeepAlive(df);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
