using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>Full citations: the four articles (with how their outlet, kind and date were worked out) and every reference
/// figure (with its citation, date and the figure itself).</summary>
internal sealed class SourceCitations(WorkbookAnalysis analysis, ReportIds ids)
{
    public ReportCitations Articles() => new(analysis.Data.Sources.Select(Article).ToList());

    public ReportCitations References() => new(analysis.Data.References.Select(Reference).ToList());

    private ReportCitation Article(Source s)
    {
        var t = new TextBuilder().Add("“" + s.Title + "”. ")
            .Add((s.Outlet is "" or "unknown" ? "Outlet not named" : s.Outlet) + "; " + s.Kind + "; " + DateWords(s.Date) + ". ")
            .Add("Text: seeds/" + s.FileName + ".");
        return new ReportCitation(ReportIds.SourceAnchor(s.SourceId), ids.SourceLabel(s.SourceId), t.Build(), s.Note);
    }

    private static ReportCitation Reference(ReferenceFigure r)
    {
        var t = new TextBuilder().Add(r.Citation.TrimEnd('.') + ". ")
            .Add(Wording.Capitalised(r.SourceKind) + ", as of " + r.AsOf + ". ")
            .Add(r.Topic + ": " + FigureWords.Of(r) + ".");
        return new ReportCitation(ReportIds.ReferenceAnchor(r.RefId), r.RefId, t.Build(), r.Note);
    }

    private static string DateWords(string date) => date == "unknown" ? "undated" : "dated " + date + " from internal evidence";
}
