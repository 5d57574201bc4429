using AnalysisHelpers.Analysis;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Quantities;
using static Workbook.Tests.Notebooks.NotebookRuns;

namespace Workbook.Tests.Notebooks;

/// <summary>Runs each notebook through the headless runner on the repository's data and checks that it runs clean and
/// shows its key results. Expected values are computed from the data with the library, never typed in.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookRunTests
{
    private static readonly Lazy<WorkbookAnalysis> Analysis = new(() => WorkbookAnalysis.Load(RepoPaths.Data));
    private static ClaimsDataset Data => Analysis.Value.Data;

    [Fact]
    public async Task Claims_overview_counts_the_claims_and_shows_every_source()
    {
        var result = await RunAsync("01-claims-overview");
        AssertRanClean(result);

        var text = AllText(result);
        Assert.Contains($"{Data.Claims.Count} claims from {Data.Sources.Count} articles", text);
        Assert.Contains($"Quantitative claims: {Data.Claims.Count(c => c.IsQuantitative)}", text);
        Assert.Contains($"Training-cost claims: {Data.Claims.Count(c => c.Category == "training_cost")}", text);
        Assert.Contains($"Claims about DeepSeek: {Data.Claims.Count(c => c.Subject == "DeepSeek")}", text);
        Assert.All(Data.Sources, s => Assert.Contains(s.SourceId, text));
        FigureTitled(result, ClaimsBySourceChart.Title);
    }

    [Fact]
    public async Task Cost_comparison_draws_the_V3_and_GPT4_training_costs_and_the_ratios()
    {
        var result = await RunAsync("02-cost-comparison");
        AssertRanClean(result);

        var training = Data.Claims.Where(c => c.Category == "training_cost" && c.Unit == Unit.USD).ToList();
        var v3 = training.Single(c => c.Item == "DeepSeek-V3").Value!.Value;
        var gpt4Floor = training.Single(c => c.Item == "GPT-4" && c.Qualifier == Qualifier.LowerBound).ValueLow!.Value;
        var figure = Numbers(FigureTitled(result, TrainingCostChart.Title)).ToList();
        Assert.Contains(v3, figure);
        Assert.Contains(gpt4Floor, figure);

        FigureTitled(result, OperatingCostChart.Title);
        var text = AllText(result);
        var implied = Analysis.Value.FirstDerived(DerivedCatalogue.ImpliedOperatingCost);
        Assert.NotNull(implied);
        Assert.Contains(NumberFormat.FormatInterval(implied.Value, implied.Unit), text);
        var ratios = Analysis.Value.Derived.Where(d => d.Id.StartsWith(DerivedCatalogue.TrainingCostRatio + "-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ratios);
        Assert.All(ratios, r => Assert.Contains(NumberFormat.FormatInterval(r.Value, r.Unit), text));
        Assert.All(Data.Claims.Where(c => c.Category == "cost_efficiency"), c => Assert.Contains(c.ClaimId, text));
    }

    [Fact]
    public async Task Funding_shows_the_deal_count_and_the_implied_prior_year()
    {
        var result = await RunAsync("03-funding");
        AssertRanClean(result);

        var text = AllText(result);
        var deals = Data.Claims.Single(c => c.Category == "funding" && c.Metric == "deal_count");
        Assert.Contains($"across {NumberFormat.FormatQuantity(deals.Quantity)} deals", text);
        var prior = Analysis.Value.FirstDerived(DerivedCatalogue.ImpliedPriorYearFunding);
        var average = Analysis.Value.FirstDerived(DerivedCatalogue.AverageDealSize);
        Assert.NotNull(prior);
        Assert.NotNull(average);
        Assert.Contains($"{prior.Name}: {NumberFormat.FormatInterval(prior.Value, prior.Unit)}", text);
        Assert.Contains($"{average.Name}: {NumberFormat.FormatInterval(average.Value, average.Unit)}", text);

        var decline = Numbers(FigureTitled(result, FundingDeclineChart.Title)).ToList();
        Assert.Contains(decline, n => Math.Abs(n - prior.Value.Low) <= 1e-6 * prior.Value.Low);
        FigureTitled(result, PledgesAndSelloffChart.Title);
        Assert.All(Data.Claims.Where(c => c.Category == "pledge" && c.IsQuantitative), c => Assert.Contains(c.AsStated, text));
    }

    [Fact]
    public async Task Adoption_shows_downloads_the_default_chatbot_and_the_survival_forecasts()
    {
        var result = await RunAsync("04-adoption");
        AssertRanClean(result);

        var downloads = Data.Claims.Single(c => c.Metric == "download_count");
        Assert.Contains(downloads.Quantity.ToInterval().Low, Numbers(FigureTitled(result, AdoptionChart.Title)));
        var text = AllText(result);
        Assert.Contains(Data.Claims.Single(c => c.Metric == "default_chatbot").AsStated, text);
        var forecasts = Data.Claims.Where(c => c.Metric == "players_surviving").ToList();
        Assert.NotEmpty(forecasts);
        Assert.All(forecasts, f => Assert.Contains($"{f.Subject}: {f.Attribution} forecasts {NumberFormat.Format(f.Value!.Value, f.Unit)} (“{f.AsStated}”", text));
        Assert.All(Data.Claims.Where(c => c.Category == "competition"), c => Assert.Contains(c.ClaimId, text));
    }

    [Fact]
    public async Task Provenance_and_conflicts_lists_every_conflict_the_finder_reports()
    {
        var result = await RunAsync("05-provenance-and-conflicts");
        AssertRanClean(result);

        var text = AllText(result);
        var conflicts = Analysis.Value.Conflicts;
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, c =>
        {
            Assert.Contains(string.Join(" ", c.ClaimIds), text);
            Assert.Contains(string.Join(" vs ", c.ClaimIds), text);
            Assert.Contains(AnalysisHelpers.Conflicts.ConflictKindNames.Describe(c.Kind), text);
        });
        FigureTitled(result, ConflictsChart.Build(conflicts, Data.Claims, Data.Sources).Title);

        var articles = Path.GetFullPath(Path.Combine(RepoPaths.Notebooks, "../../shared/seeds"));
        if (Directory.Exists(articles))
        {
            var problems = ProvenanceCheck.Check(Data, articles);
            Assert.Contains(problems.Count == 0 ? "every figure stands on its recorded line" : $"{problems.Count} problems", text);
        }
        else
        {
            Assert.Contains("does not exist", text);
        }
    }

    [Fact]
    public async Task Provenance_says_so_when_the_articles_folder_is_missing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-articles-" + Guid.NewGuid().ToString("N"));
        var result = await RunAsync("05-provenance-and-conflicts", new Dictionary<string, string> { ["articlesDir"] = missing });
        AssertRanClean(result);
        Assert.Contains($"The articles folder {missing} does not exist", AllText(result));
    }

    [Fact]
    public async Task Fact_check_shows_every_verdict_and_the_chart()
    {
        var result = await RunAsync("06-fact-check");
        AssertRanClean(result);

        var checks = FactChecker.Check(Data);
        var text = AllText(result);
        Assert.Contains($"{checks.Count} claim–reference links checked", text);
        Assert.All(checks.Select(c => c.Verdict).Distinct(), v => Assert.Contains(v.Describe(), text));
        Assert.All(checks.Where(c => c.Claim.IsQuantitative), c => Assert.Contains(c.ClaimId, text));
        FigureTitled(result, FactCheckChart.Title);
    }
}
