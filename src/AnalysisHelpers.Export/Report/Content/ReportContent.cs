using AnalysisHelpers.Analysis;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>
/// The report's content, built from the library's analysis: findings first, then the charts by topic with the tables
/// behind them, the derived figures, the claims, a methods note and the sources. Every number comes from the analysis;
/// only words are written here.
/// </summary>
public static class ReportContent
{
    public const string Title = "What the press said about DeepSeek and China's AI industry, in figures";
    public const string RunningTitle = "DeepSeek and China's AI industry, in figures";

    /// <param name="charts">The workbook's charts (<see cref="WorkbookAnalysis.AllCharts"/>); those the sections do not
    /// place by id are shown in a section of their own, so a new chart is never left out.</param>
    public static ReportModel Build(WorkbookAnalysis analysis, IReadOnlyList<ChartSpec> charts, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(context);
        var ids = new ReportIds(analysis);
        var tables = new ReportTables(analysis, ids);
        var citations = new SourceCitations(analysis, ids);
        var labels = ids.DerivedLabels.ToList();
        var figures = charts.ToDictionary(c => c.Id, c => ReportCharts.ToFigure(c, source => ShortenDerivedIds(source, labels)), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        List<ReportBlock> Figures(params string[] chartIds)
        {
            var blocks = new List<ReportBlock>();
            foreach (var id in chartIds)
            {
                if (figures.TryGetValue(id, out var figure) && placed.Add(id)) blocks.Add(figure);
            }
            return blocks;
        }

        var data = analysis.Data;
        var sections = new List<ReportSection>
        {
            new("findings", "Findings", new Findings(analysis, ids, tables).Build()),
            new("articles", "The articles and their claims",
            [
                new ReportParagraph(new TextBuilder().NumberOf(ReportTables.ArticlesId)
                    .Add(" names the articles by the short labels used throughout, with how many claims each makes; ")
                    .NumberOf(ClaimsBySourceChart.Id).Add(" shows what the claims are about.").Build()),
                tables.Articles(),
                ..Figures(ClaimsBySourceChart.Id),
            ]),
            new("costs", "Training and operating costs",
            [
                new ReportParagraph(new TextBuilder().NumberOf(TrainingCostChart.Id)
                    .Add(" sets the training costs the articles give side by side, bounds included; ").NumberOf(OperatingCostChart.Id)
                    .Add(" does the same for operating costs, with the figure the workbook derives from them.").Build()),
                ..Figures(TrainingCostChart.Id, OperatingCostChart.Id),
            ]),
            new("funding", "Funding, pledges and the market",
            [
                new ReportParagraph(new TextBuilder().NumberOf(FundingDeclineChart.Id)
                    .Add(" shows the venture funding an article reports and what its stated fall implies for the year before; ")
                    .NumberOf(PledgesAndSelloffChart.Id).Add(" the pledges and the market sell-off, each in the currency the article uses.").Build()),
                ..Figures(FundingDeclineChart.Id, PledgesAndSelloffChart.Id),
            ]),
            new("adoption", "Adoption", [..Figures(AdoptionChart.Id)]),
            new("conflicts", "Conflicts between the articles and with reference figures",
            [
                new ReportParagraph(analysis.Conflicts.Count == 0
                    ? "The conflict finder finds no disagreement between the articles or with the reference figures."
                    : new TextBuilder().Add("The workbook's conflict finder sets the claims of different articles against each other and " +
                            "against the reference figures, and sorts what it finds into kinds (see Methods for the rules of each). ")
                        .NumberOf(ReportTables.ConflictKindsId).Add(" counts the conflicts by kind, ").NumberOf(ConflictsChart.Id)
                        .Add(" draws those whose claims carry a figure, and ").NumberOf(ReportTables.ConflictsId)
                        .Add(" gives each under its kind, with its explanation and the lines of evidence it rests on.").Build()),
                ..(analysis.Conflicts.Count == 0 ? (ReportBlock[])[] : [tables.ConflictKinds()]),
                ..Figures(ConflictsChart.Id),
                ..(analysis.Conflicts.Count == 0 ? (ReportBlock[])[] : [tables.Conflicts()]),
            ]),
        };
        sections.Add(new("derived", "Derived figures", DerivedBlocks(analysis, tables)));
        if (analysis.FactCheck.Count > 0)
        {
            int primary = data.References.Count(r => r.IsPrimary);
            sections.Add(new("fact-check", "Checked against reference figures",
            [
                new ReportParagraph(new TextBuilder()
                    .Add($"Each claim that claim_reference_links.csv links to a reference figure was set against it. Of the {data.References.Count} " +
                         $"reference figures, {primary} come from primary documents and {data.References.Count - primary} from secondary reports " +
                         "(listed apart under Sources). ")
                    .NumberOf(ReportTables.VerdictsId).Add(" counts the verdicts, ").NumberOf(ReportTables.FactCheckId)
                    .Add(" gives every pair and ").NumberOf(FactCheckChart.Id).Add(" draws the pairs with figures in the same unit.").Build()),
                tables.Verdicts(),
                tables.FactCheck(),
                ..Figures(FactCheckChart.Id),
            ], Landscape: true));
        }
        var others = charts.Where(c => !placed.Contains(c.Id)).Select(c => c.Id).ToArray();
        if (others.Length > 0) sections.Add(new("more-charts", "More charts", Figures(others)));

        sections.Add(new("claims", "The claims", [tables.Claims(CitedClaims(analysis))]));
        sections.Add(new("methods", "Methods", new MethodsNote(analysis, ids, context).Build()));
        sections.Add(new("sources", "Sources", [],
        [
            new("source-articles", "Articles", [citations.Articles()]),
            new("source-primary", "Reference figures from primary documents", [citations.References(primary: true)]),
            new("source-secondary", "Reference figures from secondary reports", [citations.References(primary: false)]),
        ]));

        sections = sections.Select(s => s with { Subsections = s.Children.Where(c => !IsEmpty(c)).ToList() }).Where(s => !IsEmpty(s)).ToList();
        var subtitle = $"{data.Claims.Count} claims from {data.Sources.Count} articles, checked against " +
                       $"{data.References.Count} reference figures";
        var front = new ReportFrontMatter(Title, subtitle, RunningTitle, context.Date,
            $"AnalysisHelpers {context.ToolVersion} · data {context.DataFingerprint}");
        return new ReportModel(front, sections);
    }

    private static bool IsEmpty(ReportSection section) =>
        section.Children.Count == 0 && section.Blocks.All(b => b is ReportCitations { Entries.Count: 0 });

    /// <summary>The derived figures, those within one article apart from those across articles and those against
    /// reference figures, each scope in a table of its own.</summary>
    private static List<ReportBlock> DerivedBlocks(WorkbookAnalysis analysis, ReportTables tables)
    {
        var scopes = analysis.Derived.Select(d => d.Scope).Distinct().Order().ToList();
        var blocks = new List<ReportBlock>();
        if (scopes.Count == 0)
        {
            blocks.Add(new ReportParagraph("No formula of the workbook finds its inputs in this data, so there are no derived figures."));
            return blocks;
        }
        blocks.Add(new ReportParagraph(new TextBuilder()
            .Add("The workbook derives figures from the claims and the reference figures by written formulas, each from named inputs. " +
                 "Interval is what a formula gives when each input may take any value its rounding allows, and As stated what it gives on " +
                 "the figures exactly as written (see Methods); ≥ marks a result with no upper end. Figures are kept apart by where their " +
                 "inputs come from: ")
            .Join(scopes, (b, scope) => b.NumberOf(Findings.DerivedTableId(scope)).Add(" holds those " + DerivedCatalogue.ScopeWords(scope)), "; ", "; and ")
            .Add(". D numbers follow the order of tables/derived-figures.csv, which also gives each figure's id.").Build()));
        blocks.AddRange(scopes.Select(tables.Derived));
        return blocks;
    }

    /// <summary>Claims the report links to beyond those with figures: those the fact check and the conflicts name.</summary>
    private static HashSet<string> CitedClaims(WorkbookAnalysis analysis) =>
        analysis.FactCheck.Select(r => r.ClaimId)
            .Concat(analysis.Conflicts.SelectMany(c => c.ClaimIds))
            .Concat(analysis.Derived.SelectMany(d => d.ClaimIds))
            .ToHashSet(StringComparer.Ordinal);

    private static string ShortenDerivedIds(string source, IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        // Longest ids first, so that an id that is the start of another is not replaced inside it.
        foreach (var (id, label) in labels.OrderByDescending(l => l.Key.Length))
            source = source.Replace(id, label, StringComparison.Ordinal);
        return source.Replace("; derived ", "; derived figures ", StringComparison.Ordinal);
    }
}
