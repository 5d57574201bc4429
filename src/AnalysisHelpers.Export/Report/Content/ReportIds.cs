using AnalysisHelpers.Analysis;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Derived;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>The names the report gives things so that text can link to them: anchors of table rows and citations, the
/// short D1, D2… labels of derived figures (their ids are too long for a sentence or a table cell), and articles by
/// their label.</summary>
internal sealed class ReportIds
{
    private readonly Dictionary<string, string> _derivedLabels = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Source> _sources;

    public ReportIds(WorkbookAnalysis analysis)
    {
        for (int i = 0; i < analysis.Derived.Count; i++)
            _derivedLabels.TryAdd(analysis.Derived[i].Id, "D" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _sources = SourceLabels.ById(analysis.Data.Sources);
    }

    public static string ClaimAnchor(string claimId) => "claim-" + claimId;
    public static string ReferenceAnchor(string refId) => "ref-" + refId;
    public static string SourceAnchor(string sourceId) => "source-" + sourceId;
    public static string DerivedAnchor(DerivedFigure figure) => "derived-" + figure.Id;
    public static string ConflictAnchor(int number) => "conflict-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"D1" for the first derived figure in the analysis' order, which is also the order of derived-figures.csv.</summary>
    public string DerivedLabel(DerivedFigure figure) => _derivedLabels[figure.Id];

    /// <summary>Every derived figure id with its label, for rewriting chart source lines.</summary>
    public IEnumerable<KeyValuePair<string, string>> DerivedLabels => _derivedLabels;

    /// <summary>"002": the number an article's file name starts with, by which the conflict explanations name an
    /// article that has no label ("article 002"); empty when the file name starts with none.</summary>
    public string ArticleNumber(string sourceId)
    {
        var file = _sources.TryGetValue(sourceId, out var source) ? source.FileName : "";
        int cut = file.IndexOf('_');
        return cut > 0 && file[..cut].All(char.IsAsciiDigit) ? file[..cut] : "";
    }

    /// <summary>The article's label ("Josh Chin talk notes"), or its short title where the data has no label.</summary>
    public string SourceLabel(string sourceId) =>
        _sources.TryGetValue(sourceId, out var source) ? SourceLabels.ShortTitle(source) : sourceId;
}
