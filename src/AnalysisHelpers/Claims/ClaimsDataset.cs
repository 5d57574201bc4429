using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tables;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Claims;

/// <summary>Everything in the data folder, validated: the articles, their claims, and (when present) the reference
/// figures, the links between claims and references, the reader's annotations of claims, the coverage exclusions
/// and the log of corrections. Available as typed records and as DataFrames.</summary>
public sealed class ClaimsDataset
{
    public const string SourcesTable = "sources";
    public const string ClaimsTable = "claims";
    public const string ReferencesTable = "reference_figures";
    public const string LinksTable = "claim_reference_links";
    public const string AnnotationsTable = "claim_annotations";
    public const string ExclusionsTable = "coverage_exclusions";
    public const string CorrectionsTable = "corrections";

    private readonly Dictionary<string, ClaimAnnotation> _annotations;

    private ClaimsDataset(DataPackage package, IReadOnlyList<Source> sources, IReadOnlyList<Claim> claims,
        IReadOnlyList<ReferenceFigure> references, IReadOnlyList<ClaimReferenceLink> links,
        IReadOnlyList<ClaimAnnotation> annotations, IReadOnlyList<CoverageExclusion> exclusions, IReadOnlyList<Correction> corrections)
    {
        Package = package;
        Sources = sources;
        Claims = claims;
        References = references;
        Links = links;
        Annotations = annotations;
        Exclusions = exclusions;
        Corrections = corrections;
        _annotations = annotations.ToDictionary(a => a.ClaimId, StringComparer.Ordinal);
    }

    public DataPackage Package { get; }
    public string Directory => Package.Directory;
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Claim> Claims { get; }
    public IReadOnlyList<ReferenceFigure> References { get; }
    public IReadOnlyList<ClaimReferenceLink> Links { get; }
    /// <summary>The rows of claim_annotations.csv; see <see cref="AnnotationOf"/> for any claim.</summary>
    public IReadOnlyList<ClaimAnnotation> Annotations { get; }
    public IReadOnlyList<CoverageExclusion> Exclusions { get; }
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>The claim's annotation, or an empty one when the file has no row for it.</summary>
    public ClaimAnnotation AnnotationOf(string claimId) =>
        _annotations.TryGetValue(claimId, out var a) ? a : ClaimAnnotation.None(claimId);

    /// <summary>A lookup over every claim's annotation, for code that takes a function.</summary>
    public Func<string, ClaimAnnotation> AnnotationLookup => AnnotationOf;

    public DataFrame ClaimsFrame() => Package[ClaimsTable].ToDataFrame();
    public DataFrame SourcesFrame() => Package[SourcesTable].ToDataFrame();
    public DataFrame ReferencesFrame() => Package.Contains(ReferencesTable) ? Package[ReferencesTable].ToDataFrame() : new DataFrame();

    public Source SourceOf(Claim claim) => Sources.First(s => s.SourceId == claim.SourceId);
    public Claim Claim(string claimId) => Claims.FirstOrDefault(c => c.ClaimId == claimId)
        ?? throw new KeyNotFoundException($"no claim {claimId}");

    /// <summary>The fields (and their types) that the readers below ask of each table, found by running them over
    /// empty probe tables, so that a schema edited to drop a field or change its type is reported at its place in
    /// the schema instead of failing the read.</summary>
    private static readonly Dictionary<string, IReadOnlyList<FieldNeed>> Needs = new()
    {
        [SourcesTable] = NeedsOf(SourcesTable, t => ReadSources(t)),
        [ClaimsTable] = NeedsOf(ClaimsTable, t => { ReadClaims(t); ClaimRules.Check(t, new ErrorList()); }),
        [ReferencesTable] = NeedsOf(ReferencesTable, t => ReadReferences(t)),
        [LinksTable] = NeedsOf(LinksTable, t => ReadLinks(t)),
        [AnnotationsTable] = NeedsOf(AnnotationsTable, t => ReadAnnotations(t)),
        [ExclusionsTable] = NeedsOf(ExclusionsTable, t => ReadExclusions(t)),
        [CorrectionsTable] = NeedsOf(CorrectionsTable, t => ReadCorrections(t)),
    };

    private static IReadOnlyList<FieldNeed> NeedsOf(string name, Action<Table> read)
    {
        var probe = Table.Probe(name);
        read(probe);
        return probe.Needs;
    }

    /// <summary>Loads and validates the data folder. Throws <see cref="DataValidationException"/> listing every problem.</summary>
    public static ClaimsDataset Load(string directory)
    {
        var errors = new ErrorList();
        var package = DataPackage.TryLoad(directory, [SourcesTable, ClaimsTable],
            [ReferencesTable, LinksTable, AnnotationsTable, ExclusionsTable, CorrectionsTable], errors, Needs);
        if (package.Contains(ClaimsTable))
        {
            var claimsTable = package[ClaimsTable];
            if (claimsTable.RowCount == 0 && !errors.Listed.Any(e => e.File == claimsTable.File))
                errors.Add(new DataValidationError(claimsTable.File, 2, 1, "the file has a header but no claims"));
            // Rows the schema check already faulted would only repeat their faults as rule violations.
            var faulted = RowsWithErrors(claimsTable, errors);
            ClaimRules.Check(claimsTable, errors, r => faulted.Contains(r));
        }
        if (package.Contains(ExclusionsTable)) CheckLineNumbers(package[ExclusionsTable], errors);
        if (package.Contains(LinksTable) && !package.Contains(ReferencesTable))
            errors.Add(new DataValidationError(LinksTable + ".csv", 1, 1, $"links need {ReferencesTable}.csv beside them"));
        // A required table that failed has its own errors; the rules across tables would only repeat them row by row.
        if (package.Contains(SourcesTable) && package.Contains(ClaimsTable)) DataRules.Check(package, errors);
        errors.ThrowIfAny(directory);

        var sources = ReadSources(package[SourcesTable]);
        return new ClaimsDataset(package, sources, ReadClaims(package[ClaimsTable]),
            package.Contains(ReferencesTable) ? ReadReferences(package[ReferencesTable]) : [],
            package.Contains(LinksTable) ? ReadLinks(package[LinksTable]) : [],
            package.Contains(AnnotationsTable) ? ReadAnnotations(package[AnnotationsTable]) : [],
            package.Contains(ExclusionsTable) ? ReadExclusions(package[ExclusionsTable]) : [],
            package.Contains(CorrectionsTable) ? ReadCorrections(package[CorrectionsTable]) : []);
    }

    /// <summary>An exclusion's source_line must fit the line numbers the reader keeps, as a claim's must
    /// (<see cref="ClaimRules"/>).</summary>
    private static void CheckLineNumbers(Table exclusions, ErrorList errors)
    {
        var line = exclusions.Integers("source_line");
        for (int r = 0; r < exclusions.RowCount; r++)
            if (line[r] > int.MaxValue)
                errors.Add(exclusions.ErrorAt(r, "source_line", $"line number is larger than any article has (at most {int.MaxValue})",
                    line[r]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static HashSet<int> RowsWithErrors(Table table, ErrorList errors)
    {
        // The row holding a line is the last one starting on or before it (rows start on increasing lines).
        var rows = new HashSet<int>();
        if (table.RowLines is not int[] starts) starts = table.RowLines.ToArray();
        foreach (var e in errors.Listed)
        {
            if (e.File != table.File || e.Line <= 1) continue;
            int i = Array.BinarySearch(starts, e.Line);
            int r = i >= 0 ? i : ~i - 1;
            if (r >= 0) rows.Add(r);
        }
        return rows;
    }

    private static IReadOnlyList<Source> ReadSources(Table t)
    {
        var id = t.Strings("source_id"); var file = t.Strings("file_name"); var title = t.Strings("title");
        var outlet = t.Strings("outlet"); var kind = t.Strings("kind"); var date = t.Strings("date"); var note = t.Strings("note");
        // label is optional in the schema: data folders written before it existed still load.
        var label = t.Schema.Field("label") is null ? new string?[t.RowCount] : t.Strings("label");
        var sources = new Source[t.RowCount];
        for (int r = 0; r < sources.Length; r++)
            sources[r] = new Source(id[r]!, file[r]!, title[r] ?? "", outlet[r] ?? "", kind[r] ?? "", date[r] ?? "", note[r] ?? "", label[r] ?? "");
        return sources;
    }

    /// <summary>The claims as records made from the table's columns when asked for (<see cref="RowList{T}"/>).</summary>
    private static IReadOnlyList<Claim> ReadClaims(Table t)
    {
        var id = t.Strings("claim_id"); var source = t.Strings("source_id"); var line = t.Integers("source_line");
        var category = t.Strings("category"); var subject = t.Strings("subject"); var item = t.Strings("item");
        var metric = t.Strings("metric"); var value = t.Numbers("value"); var low = t.Numbers("value_low");
        var high = t.Numbers("value_high"); var unit = t.Strings("unit"); var qualifier = t.Strings("qualifier");
        var period = t.Strings("period"); var asStated = t.Strings("as_stated"); var attribution = t.Strings("attribution");
        var statement = t.Strings("statement"); var note = t.Strings("note");
        return new RowList<Claim>(t.RowCount, r =>
        {
            UnitNames.TryParse(unit[r]!, out var u);
            QualifierNames.TryParse(qualifier[r]!, out var q);
            return new Claim(id[r]!, source[r]!, checked((int)line[r]!.Value), category[r] ?? "", subject[r] ?? "", item[r] ?? "",
                metric[r] ?? "", value[r], low[r], high[r], u, q, period[r] ?? "", asStated[r] ?? "", attribution[r] ?? "",
                statement[r] ?? "", note[r] ?? "");
        });
    }

    private static IReadOnlyList<ReferenceFigure> ReadReferences(Table t)
    {
        var id = t.Strings("ref_id"); var topic = t.Strings("topic"); var value = t.Numbers("value");
        var low = t.Numbers("value_low"); var high = t.Numbers("value_high"); var unit = t.Strings("unit");
        var asOf = t.Strings("as_of"); var kind = t.Strings("source_kind"); var citation = t.Strings("citation"); var note = t.Strings("note");
        // The columns that say what a reference measures and when came after the first release of the table; a
        // folder whose schema lacks them still loads, with those fields empty.
        var subject = Optional(t, "subject"); var item = Optional(t, "item"); var metric = Optional(t, "metric");
        var period = Optional(t, "period"); var scope = Optional(t, "scope"); var evt = Optional(t, "event");
        var access = Optional(t, "access"); var hedge = Optional(t, "hedge");
        return Enumerable.Range(0, t.RowCount)
            .Select(r => new ReferenceFigure(id[r]!, topic[r] ?? "", value[r], low[r], high[r], unit[r] ?? "", asOf[r] ?? "", kind[r] ?? "", citation[r] ?? "", note[r] ?? "",
                subject[r] ?? "", item[r] ?? "", metric[r] ?? "", period[r] ?? "", scope[r] ?? "", evt[r] ?? "", access[r] ?? "", hedge[r] ?? ""))
            .ToArray();
    }

    private static IReadOnlyList<ClaimReferenceLink> ReadLinks(Table t)
    {
        var claim = t.Strings("claim_id"); var reference = t.Strings("ref_id"); var relation = t.Strings("relation"); var note = t.Strings("note");
        return Enumerable.Range(0, t.RowCount)
            .Select(r => new ClaimReferenceLink(claim[r]!, reference[r]!, relation[r] ?? "", note[r] ?? ""))
            .ToArray();
    }

    private static string?[] Optional(Table t, string field) =>
        t.Schema.Field(field) is null ? new string?[t.RowCount] : t.Strings(field);

    private static IReadOnlyList<ClaimAnnotation> ReadAnnotations(Table t)
    {
        var id = t.Strings("claim_id"); var entities = t.Strings("entities"); var topic = t.Strings("topic");
        var stance = t.Strings("stance"); var scope = t.Strings("scope"); var evt = t.Strings("event");
        var same = t.Strings("same_time_as"); var tense = t.Strings("tense"); var access = t.Strings("access"); var note = t.Strings("note");
        return Enumerable.Range(0, t.RowCount)
            .Select(r => new ClaimAnnotation(id[r]!, ClaimAnnotation.SplitEntities(entities[r]), topic[r] ?? "", stance[r] ?? "",
                scope[r] ?? "", evt[r] ?? "", same[r] ?? "", tense[r] ?? "", access[r] ?? "", note[r] ?? ""))
            .ToArray();
    }

    private static IReadOnlyList<CoverageExclusion> ReadExclusions(Table t)
    {
        var source = t.Strings("source_id"); var line = t.Integers("source_line"); var span = t.Strings("span");
        var reason = t.Strings("reason"); var claim = t.Strings("claim_id"); var note = t.Strings("note");
        return Enumerable.Range(0, t.RowCount)
            .Select(r => new CoverageExclusion(source[r]!, checked((int)line[r]!.Value), span[r]!, reason[r] ?? "", claim[r] ?? "", note[r] ?? ""))
            .ToArray();
    }

    private static IReadOnlyList<Correction> ReadCorrections(Table t)
    {
        var table = t.Strings("table"); var key = t.Strings("key"); var field = t.Strings("field");
        var old = t.Strings("old_value"); var updated = t.Strings("new_value"); var note = t.Strings("note");
        return Enumerable.Range(0, t.RowCount)
            .Select(r => new Correction(table[r]!, key[r]!, field[r]!, old[r] ?? "", updated[r] ?? "", note[r] ?? ""))
            .ToArray();
    }
}
