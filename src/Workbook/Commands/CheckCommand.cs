using System.CommandLine;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Tables;

namespace Workbook.Commands;

/// <summary><c>workbook check</c>: validates the data folder, and against the articles checks provenance and
/// coverage (every figure-like span in a claim or explained by an exclusion), then prints a one-screen summary;
/// problems go to stderr as file:line:column: message, exit code 1. The checks are the library's; this only prints.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder with claims.csv, sources.csv and their schemas (default: data)", HelpName = "DIR" };
        var sources = new Option<DirectoryInfo>("--sources") { Description = "Folder with the articles, to check each claim's provenance (default: ../shared/seeds when it exists)", HelpName = "DIR" };
        var command = new Command("check", "Validate the claims data, check every figure against its article and list figures no claim covers.") { data, sources };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)?.FullName ?? WorkbookPaths.DefaultDataDirectory();
            var sourcesDir = parse.GetValue(sources)?.FullName ?? WorkbookPaths.DefaultArticlesDirectory();
            return Run(dataDir, sourcesDir, Console.Out, Console.Error);
        });
        return command;
    }

    internal static int Run(string dataDir, string? articlesDir, TextWriter stdout, TextWriter stderr)
    {
        ClaimsDataset dataset;
        try
        {
            dataset = ClaimsDataset.Load(dataDir);
        }
        catch (DataValidationException ex)
        {
            ErrorReport.Write(ex.Errors, stderr);
            return 1;
        }

        CoverageReport? coverage = null;
        if (articlesDir is not null)
        {
            if (!Directory.Exists(articlesDir))
            {
                stderr.WriteLine($"{articlesDir}: articles folder does not exist");
                return 1;
            }
            var problems = ProvenanceCheck.Check(dataset, articlesDir);
            coverage = CoverageCheck.Check(dataset, articlesDir);
            var all = problems.Concat(coverage.Problems).ToList();
            if (all.Count > 0)
            {
                ErrorReport.Write(all, stderr);
                return 1;
            }
        }

        DataSummary.Write(dataset, articlesDir, coverage, stdout);
        return 0;
    }
}
