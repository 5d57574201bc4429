using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Provenance;

/// <summary>Coverage of the articles: every figure-like span of every article line (<see cref="FigureScanner"/>)
/// must be accounted for, by the as_stated of a claim of that article, or by a row of coverage_exclusions.csv giving
/// the reason. A claim covers a span when its as_stated, on the claim's own line, takes in the span's number (a hedge
/// the scanner read around it may lie outside: "over 12 months" where the claim is "12 months"). Money and
/// percentages that repeat a claim's as_stated word for word elsewhere in the article are that claim repeated (one
/// claim per figure); counts, ranks and years are too common for that ("first" of a quarter is not the "first" of
/// an agent), so a repeat needs an exclusion row. A span nothing accounts for is uncovered; an exclusion that
/// explains no span is stale. Both are problems, located in the file that has to change.</summary>
public static class CoverageCheck
{
    public static CoverageReport Check(ClaimsDataset data, string articlesDirectory)
    {
        ArgumentNullException.ThrowIfNull(data);
        var spans = new List<CoveredSpan>();
        var problems = new ErrorList();
        var exclusionsTable = data.Package.Contains(ClaimsDataset.ExclusionsTable) ? data.Package[ClaimsDataset.ExclusionsTable] : null;
        var used = new bool[data.Exclusions.Count];
        var exclusionsBySource = data.Exclusions.Select((e, i) => (e, i)).ToLookup(x => x.e.SourceId, StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);

        foreach (var source in data.Sources)
        {
            var path = Path.Combine(articlesDirectory, source.FileName);
            if (!File.Exists(path)) continue; // the provenance check reports a missing article
            files.Add(source.SourceId);
            var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
            var claims = data.Claims.Where(c => c.SourceId == source.SourceId).ToList();
            for (int n = 1; n <= lines.Length; n++)
            {
                var line = lines[n - 1];
                foreach (var span in FigureScanner.Scan(source.SourceId, path, n, line))
                    spans.Add(Account(span, line, claims, exclusionsBySource[source.SourceId], used));
            }
        }

        // Exclusions must keep explaining something, or they would hide a figure added to the same line later.
        for (int i = 0; i < data.Exclusions.Count; i++)
        {
            var e = data.Exclusions[i];
            if (used[i] || !files.Contains(e.SourceId)) continue;
            var message = $"exclusion of “{e.Span}” on line {e.SourceLine} of {e.SourceId} explains no figure: the line has no such uncovered span";
            problems.Add(exclusionsTable is not null ? exclusionsTable.ErrorAt(i, "span", message, e.Span) : new DataValidationError(ClaimsDataset.ExclusionsTable + ".csv", 0, 0, message));
        }
        return new CoverageReport(spans, problems.ToList(data.Directory));
    }

    private static CoveredSpan Account(FigureSpan span, string line, List<Claim> claims, IEnumerable<(CoverageExclusion Exclusion, int Index)> exclusions, bool[] used)
    {
        // On the claim's own line first, then where the same words repeat a claim's money or percentage.
        foreach (bool ownLine in new[] { true, false })
        {
            if (!ownLine && span.Kind is not (FigureKind.Money or FigureKind.Percent)) continue;
            foreach (var claim in claims.Where(c => (c.SourceLine == span.Line) == ownLine && c.AsStated.Length > 0))
            {
                for (int at = line.IndexOf(claim.AsStated, StringComparison.Ordinal); at >= 0; at = line.IndexOf(claim.AsStated, at + 1, StringComparison.Ordinal))
                {
                    int end = at + claim.AsStated.Length;
                    bool covers = ownLine ? at <= span.CoreStart && span.CoreEnd <= end : at <= span.Start && span.End <= end;
                    if (covers) return new CoveredSpan(span, ownLine ? Coverage.Claimed : Coverage.Repeated, claim.ClaimId, null);
                }
            }
        }
        foreach (var (exclusion, index) in exclusions)
        {
            if (exclusion.SourceLine == span.Line && exclusion.Span == span.Text)
            {
                used[index] = true;
                return new CoveredSpan(span, Coverage.Excluded, exclusion.ClaimId.Length > 0 ? exclusion.ClaimId : null, exclusion.Reason);
            }
        }
        return new CoveredSpan(span, Coverage.Uncovered, null, null);
    }
}

/// <summary>Every figure-like span of the articles with how it is accounted for, and the problems: uncovered spans
/// (at their article line and column) and stale exclusions (at their row of coverage_exclusions.csv).</summary>
public sealed record CoverageReport(IReadOnlyList<CoveredSpan> Spans, IReadOnlyList<DataValidationError> StaleExclusions)
{
    public IReadOnlyList<CoveredSpan> Uncovered => Spans.Where(s => s.Coverage == Coverage.Uncovered).ToList();

    public int Count(Coverage coverage) => Spans.Count(s => s.Coverage == coverage);

    /// <summary>Every problem, uncovered figures first, in file order, each with file, line and column.</summary>
    public IReadOnlyList<DataValidationError> Problems =>
        Uncovered.Select(s => new DataValidationError(s.Span.File, s.Span.Line, s.Span.Column,
                $"figure “{s.Span.Text}” ({FigureSpan.KindWords(s.Span.Kind)}) is in no claim's as_stated and no row of coverage_exclusions.csv explains it"))
            .Concat(StaleExclusions)
            .ToList();

    /// <summary>"57 figure-like spans in 4 articles: 43 in a claim's as_stated, 6 repeating one, 8 explained by
    /// coverage_exclusions.csv, 0 uncovered".</summary>
    public string Summary(int articles) =>
        $"{Spans.Count} figure-like spans in {articles} article{(articles == 1 ? "" : "s")}: {Count(Coverage.Claimed)} in a claim's as_stated, " +
        $"{Count(Coverage.Repeated)} repeating one, {Count(Coverage.Excluded)} explained by coverage_exclusions.csv, {Count(Coverage.Uncovered)} uncovered";
}
