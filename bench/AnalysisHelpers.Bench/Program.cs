using AnalysisHelpers.Bench;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Subcommands: generate, bench, peak, errors, breakdown, export. See bench/README.md.
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("""
        usage: AnalysisHelpers.Bench <command> [options]
          generate --rows N --invalid K --out DIR [--seed S]  write a synthetic data folder
          bench [filter...]                                  BenchmarkDotNet load benchmarks (filter: *LoadSmall*, *LoadLarge*)
          peak [--rows N --method claims|dataframe|baseline] peak working set, each case in a fresh process
          errors [--rows N] [--invalid K]                    check that K planted invalid rows give exactly K errors
          breakdown [--rows N] [--repeat R]                  Stopwatch breakdown of one load: read, parse, validate, DataFrame
          export [--charts N]                                static SVG+PNG export per chart with a warm browser
        """);
    return 0;
}

var rest = new CommandArgs(args.Skip(1));
switch (args[0])
{
    case "generate":
    {
        var outDir = rest.String("out") ?? throw new ArgumentException("generate needs --out DIR");
        int rows = rest.Int("rows") ?? 10_000, invalid = rest.Int("invalid") ?? 0;
        ClaimsGenerator.Generate(outDir, rows, invalid, rest.Int("seed") ?? ClaimsGenerator.DefaultSeed);
        Console.WriteLine($"wrote {rows} rows ({invalid} invalid) to {Path.GetFullPath(outDir)}");
        Console.Write(File.ReadAllText(Path.Combine(outDir, ClaimsGenerator.MarkerFile)));
        return 0;
    }
    case "bench":
    {
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepoPaths.ScratchRoot, "BenchmarkDotNet.Artifacts"));
        // A bare pattern ("bench '*LoadLarge*'") is a filter; options starting with "-" go to BenchmarkDotNet as they are.
        var extra = args.Skip(1).ToArray();
        string[] filter = extra.Length == 0 ? ["--filter", "*"] : extra[0].StartsWith('-') ? extra : ["--filter", .. extra];
        BenchmarkSwitcher.FromTypes([typeof(LoadSmall), typeof(LoadLarge)]).Run(filter, config);
        return 0;
    }
    case "peak": return PeakCommand.Run(rest);
    case "errors": return ErrorsCommand.Run(rest);
    case "breakdown": return BreakdownCommand.Run(rest);
    case "export": return await ExportCommand.RunAsync(rest);
    default:
        Console.Error.WriteLine($"unknown command {args[0]}; run without arguments for help");
        return 2;
}
