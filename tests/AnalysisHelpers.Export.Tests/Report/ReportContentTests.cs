using System.Text.Json;
using System.Text.RegularExpressions;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Export.Report.Content;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Tests.Report;

/// <summary>The workbook's own report, checked as a model: what it says, in which order, and that it traces.</summary>
public sealed class ReportContentTests
{
    private static ReportModel Model => ShippedReport.Model;

    private static string Findings => string.Join("\n", Model.Sections[0].Blocks.OfType<ReportParagraph>().Select(p => p.Text.PlainText));

    private static string SectionText(string id) =>
        string.Join("\n", ShippedReport.AllSections([Model.Sections.Single(s => s.Id == id)]).SelectMany(s => s.Blocks)
            .OfType<ReportParagraph>().Select(p => p.Text.PlainText));

    private static ReportTable Table(string id) => ShippedReport.Tables.Single(t => t.Id == id);

    /// <summary>Every word the report shows: paragraphs, cells, notes, captions, citations and section titles.</summary>
    private static string AllText()
    {
        var parts = new List<string>();
        foreach (var section in ShippedReport.AllSections(Model.Sections))
        {
            parts.Add(section.Title);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph p: parts.Add(p.Text.PlainText); break;
                    case ReportTable t:
                        parts.Add(t.Title);
                        parts.Add(t.Note.PlainText);
                        parts.AddRange(t.Rows.SelectMany(r => r.Cells).Select(c => c.PlainText));
                        break;
                    case ReportFigure f: parts.AddRange([f.Title, f.Caption, f.Source]); break;
                    case ReportCitations c: parts.AddRange(c.Entries.Select(e => e.Text.PlainText + " " + e.Note)); break;
                }
            }
        }
        return string.Join("\n", parts);
    }

    [Fact]
    public void The_findings_come_first_and_build_into_a_valid_page()
    {
        Assert.Equal("findings", Model.Sections[0].Id);
        Assert.True(Model.Sections[0].Blocks.Count >= 4, "The findings should cover the overview, training costs, operating costs, funding and the conflicts.");
        var html = ReportHtml.Build(Model);
        Assert.True(html.IndexOf("id=\"sec-findings\"", StringComparison.Ordinal) < html.IndexOf("class=\"report-figure\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_number_in_the_findings_appears_in_a_table()
    {
        var cells = ShippedReport.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.PlainText).ToList();

        var tokens = FigureTokens.In(Findings);
        var prior = ShippedReport.Analysis.FirstDerived(DerivedCatalogue.ImpliedPriorYearFunding)!;
        Assert.Contains("C037", tokens);
        Assert.Contains(NumberFormat.Format(prior.Value.Low, prior.Unit), tokens);
        Assert.Contains(NumberFormat.Format(prior.Value.High, prior.Unit), tokens);
        foreach (var token in tokens)
            Assert.True(cells.Any(c => c.Contains(token, StringComparison.Ordinal)), $"The findings say {token}, which no table shows.");
    }

    [Fact]
    public void The_findings_give_derived_figures_as_the_intervals_the_analysis_gives_never_as_the_point_of_the_stated_figures()
    {
        var analysis = ShippedReport.Analysis;
        var prior = analysis.FirstDerived(DerivedCatalogue.ImpliedPriorYearFunding)!;
        var basePeriod = analysis.Conflicts.Single(c => c.Kind == ConflictKind.BasePeriod);
        var fall = analysis.Derived.Single(d => d.Kind == DerivedCatalogue.ChangeAgainstReferenceBase && d.ReferenceIds.SequenceEqual(basePeriod.RefIds));

        Assert.Equal("2024-Q1", prior.Period);
        Assert.Contains($"for {prior.Period}, the base period, for which it implies {NumberFormat.FormatInterval(prior.Value, prior.Unit)}", Findings);
        Assert.Contains($"{NumberFormat.FormatInterval(fall.Value, fall.Unit)} ({ShippedReport.DerivedLabel(fall)})", Findings);
        Assert.False(prior.Value.IsPoint);
        Assert.DoesNotContain(NumberFormat.FormatInterval(prior.Stated, prior.Unit), Findings);
        // Every derived figure the findings name is named with its interval.
        foreach (var d in analysis.Derived)
        {
            var label = ShippedReport.DerivedLabel(d);
            if (Regex.IsMatch(Findings, $@"\b{label}\b"))
                Assert.Contains(NumberFormat.FormatInterval(d.Value, d.Unit), Findings);
        }
    }

    [Fact]
    public void The_findings_name_the_training_cost_checks_the_funding_fall_and_every_kind_of_conflict()
    {
        var analysis = ShippedReport.Analysis;

        var rounded = analysis.FactCheck.Single(r => r.Claim.Category == "training_cost" && r.Verdict == Verdict.Rounded);
        Assert.Contains($"“{rounded.Claim.AsStated}” ({rounded.ClaimId})", Findings);
        Assert.Contains(FigureWords.Owned(rounded.Reference), Findings);
        Assert.Contains($"{analysis.Conflicts.Count} conflicts of {analysis.ConflictsByKind.Count} kinds", Findings);
        foreach (var group in analysis.ConflictsByKind)
            Assert.Contains($"{group.Title} ({group.Conflicts.Count})", Findings);
        // Every conflict is named in the findings by its number.
        for (int n = 1; n <= analysis.Conflicts.Count; n++)
            Assert.Matches($@"conflicts? (\d+(, | and ))*{n}\b", Findings);
    }

    [Fact]
    public void Conflicts_are_listed_under_their_kinds_with_explanation_and_evidence_lines_with_locations()
    {
        var list = Table("conflict-list");
        var groups = ShippedReport.Analysis.ConflictsByKind;

        var headings = list.Rows.Where(r => r.Group).Select(r => r.Cells.Single().PlainText).ToList();
        Assert.Equal(groups.Select(g => $"{Wording.Capitalised(g.Title)}. {g.Meaning}"), headings);
        var conflicts = groups.SelectMany(g => g.Conflicts).ToList();
        var rows = list.Rows.Where(r => !r.Group).ToList();
        Assert.Equal(conflicts.Count, rows.Count);
        for (int i = 0; i < conflicts.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i].Cells[0].PlainText);
            Assert.Equal($"conflict-{i + 1}", rows[i].Anchor);
            Assert.Equal(conflicts[i].Explanation, rows[i].Cells[1].PlainText);
            var evidence = rows[i].Cells[2].PlainText.Split('\n');
            Assert.Equal(conflicts[i].Evidence.Count, evidence.Length);
            for (int e = 0; e < evidence.Length; e++)
            {
                var line = conflicts[i].Evidence[e];
                Assert.StartsWith(line.Id + " ", evidence[e]);
                Assert.Contains(line.Location, evidence[e]);
                Assert.Contains(line.Text, evidence[e]);
            }
        }
        // Each heading row comes before the conflicts of its kind.
        Assert.True(list.Rows[0].Group);

        var kinds = Table("conflict-kinds");
        Assert.Equal(groups.Count + 1, kinds.Rows.Count);
        Assert.Equal(groups.Select(g => g.Meaning), kinds.Rows.Where(r => !r.Total).Select(r => r.Cells[1].PlainText));
        var total = kinds.Rows.Single(r => r.Total);
        Assert.Equal(conflicts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), total.Cells[2].PlainText);
        Assert.Equal(conflicts.Count(c => c.IsBetweenArticles).ToString(System.Globalization.CultureInfo.InvariantCulture), total.Cells[3].PlainText);
    }

    [Fact]
    public void Derived_figures_are_listed_by_scope_with_interval_as_stated_formula_and_every_input()
    {
        var derived = ShippedReport.Analysis.Derived;
        var tables = new[] { ("derived-within", DerivedScope.WithinArticle), ("derived-across", DerivedScope.AcrossArticles), ("derived-references", DerivedScope.WithReferences) };

        var rows = new List<ReportRow>();
        foreach (var (id, scope) in tables)
        {
            var table = Table(id);
            Assert.Equal(derived.Count(d => d.Scope == scope), table.Rows.Count);
            Assert.Contains(DerivedCatalogue.ScopeWords(scope), table.Title, StringComparison.OrdinalIgnoreCase);
            rows.AddRange(table.Rows);
        }
        Assert.Equal(derived.Count, rows.Count);
        for (int i = 0; i < derived.Count; i++)
        {
            var d = derived[i];
            var cells = rows[i].Cells.Select(c => c.PlainText).ToList();
            Assert.Equal($"D{i + 1}", cells[0]);
            Assert.Equal(NumberFormat.FormatInterval(d.Value, d.Unit), cells[2]);
            Assert.Equal(NumberFormat.FormatInterval(d.Stated, d.Unit), cells[3]);
            Assert.Equal(d.Formula, cells[4]);
            var inputs = cells[5].Split('\n');
            Assert.Equal(d.Inputs.Count, inputs.Length);
            for (int k = 0; k < inputs.Length; k++)
                Assert.Equal($"{d.Inputs[k].Role}: {d.Inputs[k].Id} {d.Inputs[k].Text}", inputs[k]);
        }
        Assert.Contains(rows, r => r.Cells[2].PlainText.StartsWith('≥'));
        // A figure made of reference figures alone still names what it is made of.
        Assert.Contains(derived, d => d.ClaimIds.Count == 0);
        foreach (var (d, row) in derived.Zip(rows).Where(x => x.First.ClaimIds.Count == 0))
            Assert.All(d.ReferenceIds, id => Assert.Contains(id, row.Cells[5].PlainText));
    }

    [Fact]
    public void References_are_described_as_primary_or_secondary_as_the_data_says()
    {
        var references = ShippedReport.Analysis.Data.References;
        Assert.Contains(references, r => r.IsPrimary);
        Assert.Contains(references, r => !r.IsPrimary);

        var sources = Model.Sections.Single(s => s.Id == "sources");
        var primary = sources.Children.Single(s => s.Id == "source-primary").Blocks.OfType<ReportCitations>().Single().Entries.Select(e => e.Label);
        var secondary = sources.Children.Single(s => s.Id == "source-secondary").Blocks.OfType<ReportCitations>().Single().Entries.Select(e => e.Label);
        Assert.Equal(references.Where(r => r.IsPrimary).Select(r => r.RefId), primary);
        Assert.Equal(references.Where(r => !r.IsPrimary).Select(r => r.RefId), secondary);

        var pairs = Table("fact-check-pairs");
        foreach (var (result, row) in ShippedReport.Analysis.FactCheck.Zip(pairs.Rows))
            Assert.EndsWith(result.Reference.IsPrimary ? "(primary)" : "(secondary)", row.Cells[4].PlainText);
        Assert.Contains($"{references.Count(r => r.IsPrimary)} from primary documents and {references.Count(r => !r.IsPrimary)} from secondary reports", Findings);
        Assert.DoesNotContain("primary sources", AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Claims_keep_the_hedge_their_words_carry_in_every_table()
    {
        var claims = Table("claims");
        var approximately = ShippedReport.Analysis.Data.Claims.Single(c => c.AsStated == "approximately $6 million");

        var row = claims.Rows.Single(r => r.Anchor == "claim-" + approximately.ClaimId);
        Assert.Equal("≈ $6M (claimed)", row.Cells[4].PlainText);
        foreach (var claimRow in claims.Rows)
        {
            var claim = ShippedReport.Analysis.Data.Claims.Single(c => "claim-" + c.ClaimId == claimRow.Anchor);
            Assert.Equal(claim.Figure(), claimRow.Cells[4].PlainText);
        }
        foreach (var (result, pair) in ShippedReport.Analysis.FactCheck.Zip(Table("fact-check-pairs").Rows))
            Assert.Equal(result.Claim.Figure(), pair.Cells[3].PlainText);
    }

    [Fact]
    public void A_check_that_went_through_a_derived_figure_names_it()
    {
        var pairs = Table("fact-check-pairs");
        var through = ShippedReport.Analysis.FactCheck.Select((r, i) => (r, i)).Where(x => x.r.DerivedId is not null).ToList();

        Assert.NotEmpty(through);
        foreach (var (result, i) in through)
        {
            var figure = ShippedReport.Analysis.Derived.Single(d => d.Id == result.DerivedId);
            Assert.Equal("via " + ShippedReport.DerivedLabel(figure), pairs.Rows[i].Cells[6].PlainText);
        }
    }

    [Fact]
    public void Articles_go_by_their_labels_in_the_table_and_in_every_explanation_a_reader_sees()
    {
        var articles = Table("articles");
        var rows = articles.Rows.Where(r => !r.Total).ToList();
        var sources = ShippedReport.Analysis.Data.Sources;

        Assert.Equal(sources.Select(s => s.Label), rows.Select(r => r.Cells[0].PlainText));
        Assert.Equal(sources.Select(s => s.FileName[..3]), rows.Select(r => r.Cells[1].PlainText));
        Assert.DoesNotContain("Key Takeaways", rows.Select(r => r.Cells[0].PlainText));
        Assert.Contains(rows, r => r.Cells[2].PlainText == "Key Takeaways");
        foreach (var figure in ShippedReport.Figures)
            Assert.DoesNotContain("Key Takeaways", figure.FigureJson + figure.Source);
        // Every shipped article has a label, so no explanation falls back to its file number ("article 002").
        var explanations = ShippedReport.Analysis.Conflicts.Select(c => c.Explanation)
            .Concat(ShippedReport.Analysis.FactCheck.Select(r => r.Explanation)).ToList();
        Assert.DoesNotContain(explanations, e => Regex.IsMatch(e, @"[Aa]rticle \d{3}"));
        foreach (var conflict in ShippedReport.Analysis.Conflicts)
        {
            var labels = sources.Where(s => conflict.SourceIds.Contains(s.SourceId)).Select(s => s.Label).ToList();
            Assert.Contains(labels, l => conflict.Explanation.Contains(l, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_text_a_printed_chart_shows_is_at_least_seven_and_a_half_points()
    {
        // Print scales a figure to the column (and a tall one to the page); chart text set at 12 px printed at about
        // 6 pt. A CSS pixel is 0.75 pt, so 7.5 pt is 10 px after the print zoom.
        const double minimumPrintedPx = 10;
        foreach (var figure in ShippedReport.Figures)
        {
            double zoom = ReportStyles.PrintZoom(figure.Width, figure.Height);
            using var json = JsonDocument.Parse(figure.FigureJson);
            var sizes = FontSizes(json.RootElement, inHover: false).ToList();
            Assert.NotEmpty(sizes);
            Assert.All(sizes, size => Assert.True(size * zoom >= minimumPrintedPx,
                $"{figure.Id}: {size} px text prints at {size * zoom * 0.75:0.0} pt (zoom {zoom})"));
        }
    }

    /// <summary>The size of every font the figure sets, but those of hover labels, which only a screen shows.</summary>
    private static IEnumerable<double> FontSizes(JsonElement element, bool inHover)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(e => FontSizes(e, inHover));
        if (element.ValueKind != JsonValueKind.Object) return [];
        return element.EnumerateObject().SelectMany(p =>
            p.Name.EndsWith("font", StringComparison.OrdinalIgnoreCase) && !inHover && p.Value.ValueKind == JsonValueKind.Object
                && p.Value.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number
                ? [size.GetDouble()]
                : FontSizes(p.Value, inHover || p.Name == "hoverlabel"));
    }

    [Fact]
    public void No_figure_shows_its_title_or_source_inside_the_chart_and_each_has_a_caption()
    {
        foreach (var figure in ShippedReport.Figures)
        {
            using var json = JsonDocument.Parse(figure.FigureJson);
            var layout = json.RootElement.GetProperty("layout");
            Assert.False(layout.TryGetProperty("title", out _), $"Figure {figure.Id} still has a title inside the chart.");
            if (layout.TryGetProperty("annotations", out var annotations))
                Assert.DoesNotContain(annotations.EnumerateArray(), a => a.TryGetProperty("text", out var t) && t.GetString()!.StartsWith("Source:", StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(figure.Caption));
            Assert.DoesNotContain("implied-", figure.Source);
            Assert.DoesNotContain("hover", figure.Source);
        }
        Assert.Equal(ShippedReport.Analysis.AllCharts().Select(c => c.Id).Order(), ShippedReport.Figures.Select(f => f.Id).Order());
    }

    [Fact]
    public void A_figure_too_tall_for_the_page_is_drawn_shorter_so_that_it_prints_larger_than_at_its_designed_height()
    {
        foreach (var figure in ShippedReport.Figures)
            Assert.True(figure.Height * ReportStyles.PrintZoom(figure.Width, figure.Height) <= ReportStyles.MaxPrintFigureHeightPx + 1,
                $"Figure {figure.Id} prints taller than a page allows.");
        var tall = ShippedReport.Figures.Single(f => f.Id == FactCheckChart.Id);
        var chart = ShippedReport.Analysis.AllCharts().Single(c => c.Id == FactCheckChart.Id);
        Assert.True(ReportStyles.PrintZoom(tall.Width, tall.Height) > ReportStyles.PrintZoom(chart.Width, chart.Height),
            "The tall fact-check chart should print larger than it would at the height it was designed at.");
        // Other figures keep their design: only the title and source line move into the caption.
        foreach (var figure in ShippedReport.Figures.Where(f => f.Id != FactCheckChart.Id))
            Assert.Equal(1.0, ReportStyles.PrintZoom(figure.Width, figure.Height) / ReportStyles.PrintZoom(figure.Width, 1), 3);
    }

    [Fact]
    public void Every_claim_reference_derived_figure_and_conflict_the_report_links_to_has_its_row_or_entry()
    {
        var html = ReportHtml.Build(Model);
        var links = Regex.Matches(html, "href=\"#((claim|ref|derived|conflict|source)-[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains(links, l => l.StartsWith("ref-", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("derived-", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("conflict-", StringComparison.Ordinal));
        foreach (var link in links)
            Assert.Matches($"id=\"{Regex.Escape(link)}\"", html);
    }

    [Fact]
    public void The_methods_note_shows_each_convention_on_the_data()
    {
        var methods = SectionText("methods");
        var claims = ShippedReport.Analysis.Data.Claims;
        var vague = claims.First(c => c.AsStated == "hundreds of millions");
        var rounded = claims.First(c => c.IsQuantitative && c.Unit == AnalysisHelpers.Quantities.Unit.USD && c.Value is not null && c.Rounded != c.Quantity.ToInterval());

        Assert.Contains($"“hundreds of millions” ({vague.ClaimId}) as {vague.Figure()}", methods);
        Assert.Contains($"“{rounded.AsStated}” ({rounded.ClaimId}) is {NumberFormat.FormatInterval(rounded.Rounded, rounded.Unit)}", methods);
        Assert.Contains(NumberFormat.Percent(FigureWords.SameTolerance), methods);
        Assert.Contains(NumberFormat.Percent(FigureWords.RoundingTolerance), methods);
        Assert.Contains("abc123def456", methods);
        Assert.Contains($"all {claims.Count} claims were found", methods);
        Assert.Contains("57 spans in 4 articles, 43 in a claim's words as stated, 6 repeating one elsewhere in its article, 8 explained by an exclusion and 0 uncovered", methods);
        foreach (var scope in ShippedReport.Analysis.Derived.GroupBy(d => d.Scope))
            Assert.Contains($"{scope.Count()} {DerivedCatalogue.ScopeWords(scope.Key)}", methods);
        Assert.Contains("claim_annotations.csv", methods);
        Assert.DoesNotContain("subject and measure", AllText());
    }

    [Fact]
    public void Without_the_articles_the_methods_note_says_which_checks_did_not_run()
    {
        var model = ReportContent.Build(ShippedReport.Analysis, ShippedReport.Analysis.AllCharts(),
            ShippedReport.Context with { ProvenanceProblems = null, Coverage = null });
        var methods = string.Join("\n", model.Sections.Single(s => s.Id == "methods").Blocks.OfType<ReportParagraph>().Select(p => p.Text.PlainText));

        Assert.Contains("the line-by-line check was not run", methods);
        Assert.Contains($"so it was not run ({ShippedReport.Analysis.Data.Exclusions.Count} exclusions are on file)", methods);
        ReportHtml.Build(model);
    }
}
