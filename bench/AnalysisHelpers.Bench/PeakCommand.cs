using System.Diagnostics;
using System.Globalization;
using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Bench;

/// <summary>Peak working set of one load, each in a fresh process so no earlier load's heap or JIT state counts.
/// With --rows and --method it is that fresh process; without, it starts one child per size and method.</summary>
internal static class PeakCommand
{
    public static readonly string[] Methods = ["baseline", "claims", "dataframe"];

    public static int Run(int? rows, string? method, int repeat)
    {
        if (rows is int n1 && method is not null)
            return Measure(n1, method);

        int[] sizes = rows is int only ? [only] : BenchData.Sizes;
        Console.WriteLine($"{"rows",10} {"method",-10} {"peak WS MB (median)",20} {"min..max",14} {"load s (median)",16} {"CPU s (median)",15}");
        foreach (var n in sizes)
        {
            BenchData.Valid(n);
            foreach (var m in Methods)
            {
                var runs = Enumerable.Range(0, repeat).Select(_ => Child(n, m)).ToArray();
                var peaks = runs.Select(r => r.PeakBytes / 1048576.0).Order().ToArray();
                var secs = runs.Select(r => r.Seconds).Order().ToArray();
                var cpu = runs.Select(r => r.Cpu).Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{n,10} {m,-10} {peaks[peaks.Length / 2],20:F0} {peaks[0],6:F0}..{peaks[^1],-6:F0} {secs[secs.Length / 2],16:F3} {cpu[cpu.Length / 2],15:F3}"));
            }
        }
        return 0;
    }

    private static (long PeakBytes, double Seconds, double Cpu) Child(int rows, string method)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Run as `dotnet AnalysisHelpers.Bench.dll`, the host needs the assembly named again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") psi.ArgumentList.Add(typeof(PeakCommand).Assembly.Location);
        foreach (var a in new[] { "peak", "--rows", rows.ToString(CultureInfo.InvariantCulture), "--method", method }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"peak child for {rows} {method} failed: {output}");
        // The child prints "peak_working_set_bytes=… load_seconds=…".
        var fields = output.Trim().Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        return (long.Parse(fields["peak_working_set_bytes"], CultureInfo.InvariantCulture),
            double.Parse(fields["load_seconds"], CultureInfo.InvariantCulture), double.Parse(fields["cpu_seconds"], CultureInfo.InvariantCulture));
    }

    private static int Measure(int rows, string method)
    {
        var dir = BenchData.Valid(rows);
        using var self = Process.GetCurrentProcess();
        // CPU time next to wall time: on a shared machine the wall time waits for other processes, the CPU time less so.
        var cpuBefore = self.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        // The result is kept alive until the peak is read, as a caller holding the dataset would.
        object result = method switch
        {
            "claims" => ClaimsDataset.Load(dir),
            "dataframe" => DataFrameLoad.Claims(dir),
            "baseline" => new object(),
            _ => throw new ArgumentException($"method must be one of {string.Join(", ", Methods)}"),
        };
        sw.Stop();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak_working_set_bytes={self.PeakWorkingSet64} load_seconds={sw.Elapsed.TotalSeconds:F3} cpu_seconds={(self.TotalProcessorTime - cpuBefore).TotalSeconds:F3}"));
        GC.KeepAlive(result);
        return 0;
    }
}
