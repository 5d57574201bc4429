using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>Full citations: the four articles (with how their outlet, kind and date were worked out) and every reference
/// figure (with its citation, the kind of document it comes from, when it was published and the figure itself), those
/// from primary documents apart from those from secondary reports.</summary>
internal sealed class SourceCitations(WorkbookAnalysis analysis, ReportIds ids)
{
    public ReportCitations Articles() => new(analysis.Data.Sources.Select(Article).ToList());

    /// <summary>The reference figures from primary documents (<paramref name="primary"/>) or from secondary reports.</summary>
    public ReportCitations References(bool primary) =>
        new(analysis.Data.References.Where(r => r.IsPrimary == primary).Select(Reference).ToList());

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
            .Add(Wording.Capitalised(r.SourceKind) + ", published " + r.AsOf + ". ")
            .Add(r.Topic + ": " + What(r) + ".");
        return new ReportCitation(ReportIds.ReferenceAnchor(r.RefId), r.RefId, t.Build(), r.Note);
    }

    /// <summary>The figure and the time it is for; for an event, the day the reference fixes for it and how a release
    /// was made available; for a fact without a figure, "no figure" and the time it is about.</summary>
    private static string What(ReferenceFigure r)
    {
        bool hasNumber = r.Unit != "none" && (r.Value is not null || r.ValueLow is not null || r.ValueHigh is not null);
        string period = r.Period.Length > 0 ? " for " + r.Period : "";
        string what = (r.Unit == "year" || !hasNumber) && r.Event.Length > 0 && r.Period.Length > 0 ? r.Period
            : hasNumber ? FigureWords.Of(r) + period
            : "no figure" + period;
        return what + (r.Access.Length > 0 ? ", " + Wording.Words(r.Access) : "");
    }

    private static string DateWords(string date) => date == "unknown" ? "undated" : "dated " + date + " from internal evidence";
}
