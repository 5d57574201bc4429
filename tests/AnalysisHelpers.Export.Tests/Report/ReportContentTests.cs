using System.Text.Json;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Export.Report.Content;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Tests.Report;

/// <summary>The workbook's own report, checked as a model: what it says, in which order, and that it traces.</summary>
public sealed class ReportContentTests
{
    private static ReportModel Model => ShippedReport.Model;

    [Fact]
    public void The_findings_come_first_and_build_into_a_valid_page()
    {
        Assert.Equal("findings", Model.Sections[0].Id);
        Assert.True(Model.Sections[0].Blocks.Count >= 3, "The findings should cover the overview, training costs, funding and disagreements.");
        var html = ReportHtml.Build(Model);
        Assert.True(html.IndexOf("id=\"sec-findings\"", StringComparison.Ordinal) < html.IndexOf("class=\"report-figure\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_number_in_the_findings_appears_in_a_table()
    {
        var cells = ShippedReport.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.PlainText).ToList();
        var findings = string.Join("\n", Model.Sections[0].Blocks.OfType<ReportParagraph>().Select(p => p.Text.PlainText));

        var tokens = FigureTokens.In(findings);
        Assert.Contains("C037", tokens);
        Assert.Contains("$1.71B", tokens);
        foreach (var token in tokens)
            Assert.True(cells.Any(c => c.Contains(token, StringComparison.Ordinal)), $"The findings say {token}, which no table shows.");
    }

    [Fact]
    public void The_findings_name_the_training_cost_checks_the_funding_fall_and_the_disagreements()
    {
        var text = string.Join("\n", Model.Sections[0].Blocks.OfType<ReportParagraph>().Select(p => p.Text.PlainText));
        var analysis = ShippedReport.Analysis;

        var rounded = analysis.FactCheck.Single(r => r.Claim.Category == "training_cost" && r.Verdict == AnalysisHelpers.FactCheck.Verdict.Rounded);
        Assert.Contains($"“{rounded.Claim.AsStated}” ({rounded.ClaimId})", text);
        Assert.Contains(FigureWords.Owned(rounded.Reference), text);
        var prior = analysis.Derived.First(d => d.Id.StartsWith(AnalysisHelpers.Derived.DerivedCatalogue.ImpliedPriorYearFunding, StringComparison.Ordinal));
        Assert.Contains(NumberFormat.FormatInterval(prior.Value, prior.Unit), text);
        foreach (var conflict in analysis.Conflicts)
            Assert.Contains(conflict.Kind.Describe(), text);
    }

    [Fact]
    public void Conflicts_are_listed_by_kind_with_every_conflict_once()
    {
        var list = ShippedReport.Tables.Single(t => t.Id == "conflict-list");
        var kinds = ShippedReport.Tables.Single(t => t.Id == "conflict-kinds");
        var conflicts = ShippedReport.Analysis.Conflicts;

        Assert.Equal(conflicts.Count, list.Rows.Count);
        var listed = list.Rows.Select(r => r.Cells[1].PlainText).ToList();
        Assert.Equal(conflicts.OrderBy(c => c.Kind).Select(c => Wording.Capitalised(c.Kind.Describe())), listed);
        Assert.Equal(conflicts.Select(c => c.Kind).Distinct().Count(), kinds.Rows.Count);
    }

    [Fact]
    public void Derived_figures_are_listed_with_their_intervals_and_the_claims_they_come_from()
    {
        var table = ShippedReport.Tables.Single(t => t.Id == "derived-figures");
        var derived = ShippedReport.Analysis.Derived;

        Assert.Equal(derived.Count, table.Rows.Count);
        for (int i = 0; i < derived.Count; i++)
        {
            Assert.Equal($"D{i + 1}", table.Rows[i].Cells[0].PlainText);
            Assert.Equal(NumberFormat.FormatInterval(derived[i].Value, derived[i].Unit), table.Rows[i].Cells[2].PlainText);
            Assert.Equal(string.Join(", ", derived[i].ClaimIds), table.Rows[i].Cells[4].PlainText);
        }
        Assert.Contains(table.Rows, r => r.Cells[2].PlainText.StartsWith('≥'));
    }

    [Fact]
    public void Articles_go_by_their_labels_and_their_full_titles_stand_only_where_a_title_belongs()
    {
        var articles = ShippedReport.Tables.Single(t => t.Id == "articles");
        var labels = articles.Rows.Where(r => !r.Total).Select(r => r.Cells[0].PlainText).ToList();

        Assert.Equal(ShippedReport.Analysis.Data.Sources.Select(s => s.Label), labels);
        Assert.DoesNotContain("Key Takeaways", labels);
        Assert.Contains(articles.Rows, r => r.Cells[1].PlainText == "Key Takeaways");
        foreach (var figure in ShippedReport.Figures)
            Assert.DoesNotContain("Key Takeaways", figure.FigureJson + figure.Source);
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
        }
        Assert.Equal(ShippedReport.Analysis.AllCharts().Select(c => c.Id).Order(), ShippedReport.Figures.Select(f => f.Id).Order());
    }

    [Fact]
    public void Every_claim_the_report_links_to_has_a_row()
    {
        var html = ReportHtml.Build(Model);
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(html, "href=\"#(claim-C\\d+)\""))
            Assert.Contains($"<tr id=\"{link.Groups[1].Value}\"", html);
    }

    [Fact]
    public void The_methods_note_shows_each_convention_on_the_data()
    {
        var methods = string.Join("\n", Model.Sections.Single(s => s.Id == "methods").Blocks.OfType<ReportParagraph>().Select(p => p.Text.PlainText));
        var vague = ShippedReport.Analysis.Data.Claims.First(c => c.AsStated == "hundreds of millions");

        Assert.Contains($"“hundreds of millions” ({vague.ClaimId}) as {NumberFormat.FormatQuantity(vague.Quantity)}", methods);
        Assert.Contains(NumberFormat.Percent(FigureWords.SameTolerance), methods);
        Assert.Contains(NumberFormat.Percent(FigureWords.RoundingTolerance), methods);
        Assert.Contains("abc123def456", methods);
        Assert.Contains($"all {ShippedReport.Analysis.Data.Claims.Count} claims were found", methods);
    }
}
