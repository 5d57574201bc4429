using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Provenance;

/// <summary>Checks that each claim's figure, exactly as written, stands on the line of the article its row names.
/// This is what lets a reader trust that a number came from the article and not from memory.</summary>
public static class ProvenanceCheck
{
    public static IReadOnlyList<DataValidationError> Check(ClaimsDataset data, string articlesDirectory)
    {
        var errors = new ErrorList();
        var sourcesTable = data.Package[ClaimsDataset.SourcesTable];
        var claimsTable = data.Package[ClaimsDataset.ClaimsTable];
        var lines = new Dictionary<string, string[]>();
        for (int r = 0; r < data.Sources.Count; r++)
        {
            var source = data.Sources[r];
            var path = Path.Combine(articlesDirectory, source.FileName);
            if (!File.Exists(path))
            {
                errors.Add(sourcesTable.ErrorAt(r, "file_name", $"article not found in {articlesDirectory}", source.FileName));
                continue;
            }
            lines[source.SourceId] = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        }

        for (int r = 0; r < data.Claims.Count; r++)
        {
            var claim = data.Claims[r];
            if (!lines.TryGetValue(claim.SourceId, out var text)) continue;
            if (claim.SourceLine < 1 || claim.SourceLine > text.Length)
            {
                errors.Add(claimsTable.ErrorAt(r, "source_line", $"no such line: the article has lines 1 to {text.Length}", claim.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            if (!text[claim.SourceLine - 1].Contains(claim.AsStated, StringComparison.Ordinal))
            {
                var elsewhere = Array.FindIndex(text, l => l.Contains(claim.AsStated, StringComparison.Ordinal));
                var hint = elsewhere >= 0 ? $"; it appears on line {elsewhere + 1}" : "; it does not appear anywhere in the article";
                errors.Add(claimsTable.ErrorAt(r, "as_stated", $"not found on line {claim.SourceLine} of {data.SourceOf(claim).FileName}{hint}", claim.AsStated));
            }
        }
        return errors.ToList(data.Directory);
    }
}
