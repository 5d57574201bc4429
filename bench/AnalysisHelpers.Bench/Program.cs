using System.CommandLine;
using System.Globalization;
using AnalysisHelpers.Bench;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Subcommands: generate, bench, peak, errors, breakdown, export. See bench/README.md.
var generateRows = Count("--rows", "rows to write", 10_000);
var generateInvalid = Count("--invalid", "rows to break, one rule each", 0, minimum: 0);
var outDir = new Option<DirectoryInfo>("--out") { Description = "folder to write", HelpName = "DIR", Required = true };
var seed = Count("--seed", "generator seed (the same arguments always give the same bytes)", ClaimsGenerator.DefaultSeed, minimum: int.MinValue);
var generate = new Command("generate", "Write a synthetic data folder.") { generateRows, generateInvalid, outDir, seed };
generate.Validators.Add(r =>
{
    if (r.GetValue(generateInvalid) >= r.GetValue(generateRows)) r.AddError("--invalid must be less than --rows (the first row is never broken)");
});
generate.SetAction(parse =>
{
    var dir = parse.GetRequiredValue(outDir).FullName;
    int rows = parse.GetValue(generateRows), invalid = parse.GetValue(generateInvalid);
    ClaimsGenerator.Generate(dir, rows, invalid, parse.GetValue(seed));
    Console.WriteLine($"wrote {rows} rows ({invalid} invalid) to {dir}");
    Console.Write(File.ReadAllText(Path.Combine(dir, ClaimsGenerator.MarkerFile)));
    return 0;
});

var filter = new Argument<string[]>("filter") { Description = "BenchmarkDotNet filter (*LoadSmall*, *LoadLarge*); other options pass through", Arity = ArgumentArity.ZeroOrMore };
var bench = new Command("bench", "BenchmarkDotNet load benchmarks.") { filter };
bench.TreatUnmatchedTokensAsErrors = false;
bench.SetAction(parse =>
{
    var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(RepoPaths.ScratchRoot, "BenchmarkDotNet.Artifacts"));
    string[] patterns = parse.GetValue(filter) ?? [];
    string[] passed = [.. (patterns.Length == 0 ? ["--filter", "*"] : (string[])["--filter", .. patterns]), .. parse.UnmatchedTokens];
    BenchmarkSwitcher.FromTypes([typeof(LoadSmall), typeof(LoadLarge)]).Run(passed, config);
    return 0;
});

var peakRows = new Option<int?>("--rows") { Description = "one size only (default: 10k, 100k and 1M)", HelpName = "N", CustomParser = r => ParseCount(r, 1) };
var method = new Option<string>("--method") { Description = "with --rows: measure this one load in this process", HelpName = "METHOD" };
method.AcceptOnlyFromAmong(PeakCommand.Methods);
var repeat = Count("--repeat", "fresh processes per case", 3);
var peak = new Command("peak", "Peak working set of one load, each in a fresh process.") { peakRows, method, repeat };
peak.SetAction(parse => PeakCommand.Run(parse.GetValue(peakRows), parse.GetValue(method), parse.GetValue(repeat)));

var errorRows = Count("--rows", "rows in the folder", 10_000);
var errorInvalid = Count("--invalid", "planted invalid rows", 60, minimum: 0);
var errors = new Command("errors", "Check that K planted invalid rows give exactly K errors.") { errorRows, errorInvalid };
errors.SetAction(parse => ErrorsCommand.Run(parse.GetValue(errorRows), parse.GetValue(errorInvalid)));

var breakdownRows = Count("--rows", "rows in the folder", 1_000_000);
var breakdownRepeat = Count("--repeat", "warm repeats after the cold run", 3);
var withDataFrame = new Option<bool>("--dataframe") { Description = "also time DataFrame.LoadCsv (tens of seconds at 1M rows)" };
var breakdown = new Command("breakdown", "Stopwatch breakdown of one load: read, parse, validate, DataFrame.") { breakdownRows, breakdownRepeat, withDataFrame };
breakdown.SetAction(parse => BreakdownCommand.Run(parse.GetValue(breakdownRows), parse.GetValue(breakdownRepeat), parse.GetValue(withDataFrame)));

var charts = Count("--charts", "charts to export", 30);
var browser = new Option<string>("--browser") { Description = "Chromium to use (default: found on the machine)", HelpName = "PATH" };
var export = new Command("export", "Static SVG+PNG export per chart with a warm browser.") { charts, browser };
export.SetAction((parse, _) => ExportCommand.RunAsync(parse.GetValue(charts), parse.GetValue(browser)));

var root = new RootCommand("AnalysisHelpers benchmarks (see bench/README.md).") { generate, bench, peak, errors, breakdown, export };
return await root.Parse(args).InvokeAsync();

// A whole number of at least `minimum`, written with or without digit separators (1_000_000).
static Option<int> Count(string name, string description, int defaultValue, int minimum = 1) =>
    new(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue, CustomParser = r => ParseCount(r, minimum) ?? defaultValue };

static int? ParseCount(System.CommandLine.Parsing.ArgumentResult result, int minimum)
{
    var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
    if (int.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) && n >= minimum) return n;
    var name = result.Parent is System.CommandLine.Parsing.OptionResult o ? o.Option.Name : "value";
    result.AddError($"{name} takes a whole number of at least {minimum.ToString("N0", CultureInfo.InvariantCulture)}, not \"{text}\"");
    return null;
}
