using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Conflicts;

/// <summary>Finds where the articles disagree with each other and with the reference figures, across kinds
/// (<see cref="ConflictKind"/>). Every rule reads fields, never ids: what a claim measures (subject, item, metric,
/// period, unit), how its words round and hedge it, and the reader's annotations (topic, entities, stance, scope,
/// event, tense, access), whose notes say why two claims were given one topic; conflicts with references come from
/// the fact check of the claim-reference links.
/// <list type="bullet">
/// <item>Claims of different articles on the same quantity: intervals (rounding included) that do not meet are
/// incompatible; bounds that meet only in part are a partial overlap, reported with the interval both allow. Claims
/// on different models are left to the next rule.</item>
/// <item>A figure or fact credited to another model: a misattributed fact check, with the other articles' claims that
/// give it for the right model; or, without references, the same figure for different items in two articles.</item>
/// <item>Same word, different quantity: two claims on one topic with different scopes, or a figure the article gives
/// for one scope that its reference gives for another.</item>
/// <item>Membership and stance: claims on one topic whose lists of named players, or whose stances, differ.</item>
/// <item>Base period, timing, release access, stale, dropped hedge and incompatible values against a reference: the
/// fact check's contradicted, stale and dropped-hedge verdicts, by the relation and annotation behind them; and a
/// projection for a period that ended before its article.</item>
/// </list>
/// Results are ordered by kind, then claim and reference ids.</summary>
public static class ConflictFinder
{
    /// <summary>Relative difference within which two stated figures count as the same figure.</summary>
    public const double Tolerance = 0.10;

    /// <summary>The conflicts claims alone show, without annotations, references or article dates.</summary>
    public static IReadOnlyList<Conflict> Find(IEnumerable<Claim> claims) =>
        Find(new ConflictInputs(claims.ToList(), [], ClaimAnnotation.None, [], [], [], []));

    /// <summary>Every conflict in the data folder, given its fact check and derived figures.</summary>
    public static IReadOnlyList<Conflict> Find(ClaimsDataset data, IReadOnlyList<FactCheckResult> factCheck, IReadOnlyList<DerivedFigure> derived)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Find(new ConflictInputs(data.Claims, data.Sources, data.AnnotationOf, data.References, data.Links, factCheck, derived));
    }

    internal static IReadOnlyList<Conflict> Find(ConflictInputs inputs)
    {
        var context = new Context(inputs);
        var conflicts = new List<Conflict>();
        conflicts.AddRange(ValueConflicts(context));
        conflicts.AddRange(DifferentModels(context));
        conflicts.AddRange(SameWordDifferentQuantity(context));
        conflicts.AddRange(TopicConflicts(context));
        conflicts.AddRange(FromFactCheck(context));
        conflicts.AddRange(StaleProjections(context));
        return conflicts
            .DistinctBy(c => c.Id, StringComparer.Ordinal)
            .OrderBy(c => c.Kind)
            .ThenBy(c => string.Join(" ", c.ClaimIds), StringComparer.Ordinal)
            .ThenBy(c => string.Join(" ", c.RefIds), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The conflicts grouped by kind, in kind order, each group with its heading and meaning; kinds with
    /// no conflict are left out.</summary>
    public static IReadOnlyList<ConflictGroup> ByKind(IEnumerable<Conflict> conflicts) => conflicts
        .GroupBy(c => c.Kind)
        .OrderBy(g => g.Key)
        .Select(g => new ConflictGroup(g.Key, g.Key.Describe(), g.Key.Meaning(), g.ToList()))
        .ToList();

    /// <summary>The conflicts as a table (see <see cref="ConflictTable.ToDataFrame"/>).</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(IEnumerable<Conflict> conflicts) => conflicts.ToDataFrame();

    // ---- claims of different articles on the same quantity ----

    private static IEnumerable<Conflict> ValueConflicts(Context ctx)
    {
        var groups = ctx.Quantitative.GroupBy(c => (Key(c.Subject), Key(c.Item), Key(c.Metric), c.Unit, Key(ctx.Annotation(c).Scope)));
        foreach (var group in groups)
        {
            var members = group.ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a.SourceId == b.SourceId || !SamePeriod(a, b)) continue;
                    var (ra, rb) = (a.Rounded, b.Rounded);
                    double low = Math.Max(ra.Low, rb.Low), high = Math.Min(ra.High, rb.High);
                    string both = $"{ctx.Article(a)} gives {Thing(a)} as {a.Figure()} (“{a.AsStated}”) and {ctx.Article(b)} as {b.Figure()} (“{b.AsStated}”)";
                    if (low > high)
                        yield return ctx.Make(ConflictKind.IncompatibleValues, [a, b], [], $"{both}; the two cannot both hold, even allowing for rounding");
                    else if (!(a.Quantity.Value is not null && b.Quantity.Value is not null) && ra != rb)
                        yield return ctx.Make(ConflictKind.PartialOverlap, [a, b], [],
                            $"{both}; they overlap only in part, so only {NumberFormat.FormatInterval(new Interval(low, high), a.Unit)} satisfies both");
                }
        }
    }

    // ---- a figure or fact credited to another model ----

    private static IEnumerable<Conflict> DifferentModels(Context ctx)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byClaim in ctx.FactCheck.Where(r => r.Verdict == Verdict.Misattributed && r.Relation == Relations.DifferentScope).GroupBy(r => r.ClaimId))
        {
            var claim = byClaim.First().Claim;
            var references = byClaim.Select(r => r.Reference).ToList();
            var models = references.Select(r => r.Item).Where(i => i.Length > 0).Distinct().ToList();
            // Other articles that give the same thing for the model the reference is about.
            var rightModel = ctx.Claims.Where(c => c.SourceId != claim.SourceId && Key(c.Subject) == Key(claim.Subject) && Key(c.Metric) == Key(claim.Metric)
                && models.Any(m => Key(m) == Key(c.Item))).ToList();
            // The attribution checks of the same claim show what the claimed model's own source says.
            var ownSource = ctx.FactCheck.Where(r => r.ClaimId == claim.ClaimId && r.Relation == Relations.AttributionCheck).Select(r => r.Reference).ToList();
            string what = claim.IsQuantitative ? $"“{claim.AsStated}”" : $"“{claim.AsStated}”";
            string text = $"{ctx.Article(claim)} credits {what} to {claim.Item}, but {string.Join(" and ", references.Select(r => $"{r.RefId} ({r.Topic})"))} gives it for {string.Join(" and ", models)}"
                + (rightModel.Count > 0 ? $", as {string.Join(" and ", rightModel.Select(c => $"{ctx.Article(c)} does (“{c.AsStated}”)"))}" : "")
                + (ownSource.Count > 0 ? $", while {string.Join(" and ", ownSource.Select(r => r.RefId))} on {claim.Item} itself gives no such figure" : "");
            foreach (var c in rightModel) covered.Add(Pair(claim, c));
            yield return ctx.Make(ConflictKind.DifferentModel, [claim, .. rightModel], [.. references, .. ownSource], text);
        }
        // Without references: the same figure given for different items of one subject in two articles.
        var quantitative = ctx.Quantitative.Where(c => Stated(c) is not null).ToList();
        foreach (var group in quantitative.GroupBy(c => (Key(c.Subject), Key(c.Metric), c.Unit)))
        {
            var members = group.ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a.SourceId == b.SourceId || Key(a.Item).Length == 0 || Key(b.Item).Length == 0 || Key(a.Item) == Key(b.Item)) continue;
                    if (!SameFigure(Stated(a)!.Value, Stated(b)!.Value) || covered.Contains(Pair(a, b))) continue;
                    yield return ctx.Make(ConflictKind.DifferentModel, [a, b], [],
                        $"{ctx.Article(a)} gives {a.Figure()} (“{a.AsStated}”) for {a.Item} and {ctx.Article(b)} the same figure (“{b.AsStated}”) for {b.Item}, so at least one credits it to the wrong model");
                }
        }
    }

    // ---- one word, two quantities ----

    private static IEnumerable<Conflict> SameWordDifferentQuantity(Context ctx)
    {
        foreach (var topic in ctx.Claims.Where(c => ctx.Annotation(c).Topic.Length > 0 && ctx.Annotation(c).Scope.Length > 0).GroupBy(c => ctx.Annotation(c).Topic))
        {
            var members = topic.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    var (sa, sb) = (ctx.Annotation(a).Scope, ctx.Annotation(b).Scope);
                    if (a.SourceId == b.SourceId || sa == sb) continue;
                    // Different models are the previous rule's business.
                    if (Key(a.Item).Length > 0 && Key(b.Item).Length > 0 && Key(a.Item) != Key(b.Item)) continue;
                    var (fa, derivedA) = ctx.AmountOf(a);
                    var (fb, derivedB) = ctx.AmountOf(b);
                    string apart = fa is { } x && fb is { } y && Apart(x.Value, y.Value) is { } times ? ", " + times : "";
                    string text = $"{ctx.Article(a)} gives {a.Subject} a cost of {fa?.Text ?? a.Figure()} for {Scope(sa)} and {ctx.Article(b)} one of {fb?.Text ?? b.Figure()} for {Scope(sb)}: the same word for two different quantities{apart}";
                    yield return ctx.Make(ConflictKind.SameWordDifferentQuantity, [a, b], [], text,
                        [.. new[] { derivedA, derivedB }.OfType<string>()]);
                }
        }
        foreach (var result in ctx.FactCheck.Where(r => r.Verdict == Verdict.DifferentScope))
        {
            var claim = result.Claim;
            var reference = result.Reference;
            string claimScope = ctx.Annotation(claim).Scope;
            if (claimScope.Length == 0 || reference.Scope.Length == 0 || claimScope == reference.Scope) continue;
            if (Key(claim.Item).Length > 0 && Key(reference.Item).Length > 0 && Key(claim.Item) != Key(reference.Item)) continue;
            // The article's figure is the reference's own number: the quantity it names is what differs.
            if (!SameNumber(claim, reference)) continue;
            yield return ctx.Make(ConflictKind.SameWordDifferentQuantity, [claim], [reference],
                $"{ctx.Article(claim)} gives “{claim.AsStated}” for {claim.Subject}'s {Scope(claimScope)}, but {reference.RefId} ({reference.Topic}) gives that figure for {Scope(reference.Scope)}, a different quantity under the same word");
        }
    }

    // ---- named players and stances on one topic ----

    private static IEnumerable<Conflict> TopicConflicts(Context ctx)
    {
        foreach (var topic in ctx.Claims.Where(c => ctx.Annotation(c).Topic.Length > 0).GroupBy(c => ctx.Annotation(c).Topic))
        {
            var members = topic.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a.SourceId == b.SourceId) continue;
                    var (na, nb) = (ctx.Annotation(a), ctx.Annotation(b));
                    if (na.Entities.Count > 0 && nb.Entities.Count > 0)
                    {
                        var onlyA = na.Entities.Where(e => !nb.Entities.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
                        var onlyB = nb.Entities.Where(e => !na.Entities.Contains(e, StringComparer.OrdinalIgnoreCase)).ToList();
                        if (onlyA.Count > 0 || onlyB.Count > 0)
                            yield return ctx.Make(ConflictKind.Membership, [a, b], [],
                                $"{ctx.Speaker(a)} names {List(na.Entities)} (“{a.AsStated}”) and {ctx.Speaker(b)} names {List(nb.Entities)} (“{b.AsStated}”): "
                                + string.Join(", ", new[] { onlyA.Count > 0 ? $"only the first names {List(onlyA)}" : null, onlyB.Count > 0 ? $"only the second {List(onlyB)}" : null }.OfType<string>()));
                    }
                    if (na.Stance.Length > 0 && nb.Stance.Length > 0 && na.Stance != nb.Stance)
                        yield return ctx.Make(ConflictKind.Stance, [a, b], [],
                            $"{ctx.Speaker(a)} says “{a.AsStated}” where {ctx.Speaker(b)} says “{b.AsStated}”, opposite judgements of the same topic");
                }
        }
    }

    // ---- against reference figures, from the fact check ----

    private static IEnumerable<Conflict> FromFactCheck(Context ctx)
    {
        foreach (var group in ctx.FactCheck.Where(r => r.Verdict is Verdict.Contradicted or Verdict.Stale or Verdict.DroppedHedge)
                     .GroupBy(r => (r.ClaimId, Kind: KindOf(r, ctx.Annotation(r.Claim)))))
        {
            var results = group.ToList();
            var claim = results[0].Claim;
            var kind = group.Key.Kind;
            // A check through a derived figure also rests on that figure's other claims.
            var derivedIds = results.Select(r => r.DerivedId).OfType<string>().Distinct().ToList();
            var otherClaims = derivedIds.SelectMany(id => ctx.Derived.Where(d => d.Id == id).SelectMany(d => d.ClaimIds))
                .Where(id => id != claim.ClaimId).Distinct().Select(id => ctx.ClaimById.GetValueOrDefault(id)).OfType<Claim>().ToList();
            var references = results.Select(r => r.Reference).ToList();
            string text = kind switch
            {
                ConflictKind.DroppedHedge => $"{ctx.Article(claim)} writes “{claim.AsStated}” as a plain figure where {string.Join(" and ", results.Select(r => $"{r.RefId} ({r.Reference.Topic})"))} hedges it with {string.Join(" and ", references.Select(HedgeWords).Distinct())}",
                // Both links of "coincided" tell the same story, so one explanation stands for the group.
                _ => ctx.InArticle(claim, results[0].Explanation),
            };
            yield return ctx.Make(kind, [claim, .. otherClaims], references, text, derivedIds);
        }
    }

    private static ConflictKind KindOf(FactCheckResult result, ClaimAnnotation annotation) => result.Verdict switch
    {
        Verdict.DroppedHedge => ConflictKind.DroppedHedge,
        Verdict.Stale => ConflictKind.Stale,
        _ when result.Relation == Relations.BasePeriod => ConflictKind.BasePeriod,
        _ when result.Relation == Relations.Timing && annotation.Access.Length > 0 && result.Reference.Access.Length > 0 && annotation.Access != result.Reference.Access => ConflictKind.ReleaseAccess,
        _ when result.Relation == Relations.Timing => ConflictKind.Timing,
        _ => ConflictKind.IncompatibleValues,
    };

    private static string HedgeWords(ReferenceFigure reference)
    {
        var figure = Figure.Of(reference);
        if (reference.Hedge.Length > 0) return "“" + reference.Hedge + "”" + (figure.IsFloorOnly ? ", a floor" : figure.IsCeilingOnly ? ", a ceiling" : "");
        return figure.IsFloorOnly ? "a floor" : figure.IsCeilingOnly ? "a ceiling" : "a hedge";
    }

    /// <summary>A projection for a period that had ended before the article's date.</summary>
    private static IEnumerable<Conflict> StaleProjections(Context ctx)
    {
        foreach (var claim in ctx.Claims)
        {
            bool projected = claim.Qualifier == Qualifier.Projected || ctx.Annotation(claim).Tense == ClaimAnnotation.Future;
            if (!projected || PartialDate.Parse(claim.Period) is not { } period || PartialDate.Parse(ctx.Source(claim)?.Date) is not { } article) continue;
            if (!period.IsBefore(article)) continue;
            // The references that report the same figure for the same period show it was a projection when made.
            var evidence = ctx.LinkedReferences(claim).Where(r => r.Period == claim.Period && SameNumber(claim, r)).ToList();
            string said = evidence.Count > 0 ? $"; {string.Join(" and ", evidence.Select(r => $"{r.RefId} reported it in {r.AsOf}"))}" : "";
            yield return ctx.Make(ConflictKind.Stale, [claim], evidence,
                $"{ctx.Article(claim)} ({article}) still gives “{claim.AsStated}” for {period} as a projection, though {period} had ended before the article's date{said}");
        }
    }

    // ---- helpers ----

    private static string Thing(Claim c) => $"{(c.Item.Length > 0 ? c.Item : c.Subject)}'s {c.Metric.Replace('_', ' ')}";
    private static string Scope(string scope) => scope.Replace('-', ' ');
    private static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>"15×–34.09× apart" when one interval lies wholly above the other; null when they meet.</summary>
    private static string? Apart(Interval a, Interval b)
    {
        var (big, small) = a.Low >= b.High ? (a, b) : b.Low >= a.High ? (b, a) : (a, a);
        if (big == small || big.Low <= 0 || small.High <= 0 || small.Low < 0) return null;
        return $"{NumberFormat.FormatInterval(big / small, Unit.Multiple)} apart";
    }

    private static Interval? Stated(Claim claim) => claim.Quantity switch
    {
        { Value: double v } => new Interval(v, v),
        { Qualifier: Qualifier.UpperBound, High: double h } => new Interval(h, h),
        { Qualifier: Qualifier.LowerBound, Low: double l } => new Interval(l, l),
        { Qualifier: Qualifier.Range, Low: double l, High: double h } => new Interval(l, h),
        _ => null,
    };

    /// <summary>The claim writes the reference's number: the single numbers of both (a point, or a bound's end) are
    /// within <see cref="Tolerance"/> of each other.</summary>
    private static bool SameNumber(Claim claim, ReferenceFigure reference)
    {
        var (c, r) = (Figure.Of(claim), Figure.Of(reference));
        return claim.IsQuantitative && c.UnitToken == r.UnitToken && c.Single is double x && r.Single is double y && Close(x, y);
    }

    private static bool SameFigure(Interval a, Interval b) => Close(a.Low, b.Low) && Close(a.High, b.High);
    private static bool Close(double x, double y) => x == y || Math.Abs(x - y) <= Tolerance * Math.Max(Math.Abs(x), Math.Abs(y));
    private static bool SamePeriod(Claim a, Claim b) => a.Period.Trim().Length == 0 || b.Period.Trim().Length == 0 || Key(a.Period) == Key(b.Period);
    private static string Pair(Claim a, Claim b) => string.CompareOrdinal(a.ClaimId, b.ClaimId) < 0 ? a.ClaimId + "/" + b.ClaimId : b.ClaimId + "/" + a.ClaimId;
    private static string Key(string? text) => (text ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>What the finder reads, and the lookups it builds once.</summary>
    private sealed class Context
    {
        private readonly ConflictInputs _inputs;
        private readonly Dictionary<string, Source> _sources;
        private readonly Dictionary<string, ReferenceFigure> _references;

        public Context(ConflictInputs inputs)
        {
            _inputs = inputs;
            Claims = inputs.Claims.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
            Quantitative = Claims.Where(c => c.IsQuantitative).ToList();
            ClaimById = Claims.DistinctBy(c => c.ClaimId).ToDictionary(c => c.ClaimId, StringComparer.Ordinal);
            _sources = inputs.Sources.DistinctBy(s => s.SourceId).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
            _references = inputs.References.DistinctBy(r => r.RefId).ToDictionary(r => r.RefId, StringComparer.Ordinal);
        }

        public List<Claim> Claims { get; }
        public List<Claim> Quantitative { get; }
        public Dictionary<string, Claim> ClaimById { get; }
        public IReadOnlyList<FactCheckResult> FactCheck => _inputs.FactCheck;
        public IReadOnlyList<DerivedFigure> Derived => _inputs.Derived;

        public ClaimAnnotation Annotation(Claim claim) => _inputs.AnnotationOf(claim.ClaimId);
        public Source? Source(Claim claim) => _sources.GetValueOrDefault(claim.SourceId);

        public IEnumerable<ReferenceFigure> LinkedReferences(Claim claim) => _inputs.Links
            .Where(l => l.ClaimId == claim.ClaimId).Select(l => _references.GetValueOrDefault(l.RefId)).OfType<ReferenceFigure>();

        /// <summary>The article as a reader of the report knows it: its label from sources.csv ("DeepSeek impact
        /// explainer"); without one "article 002", by the number its file name starts with; else the source id.</summary>
        public string ArticleName(string sourceId)
        {
            var source = _sources.GetValueOrDefault(sourceId);
            if (!string.IsNullOrWhiteSpace(source?.Label)) return source.Label.Trim();
            var file = source?.FileName ?? "";
            int cut = file.IndexOf('_');
            return cut > 0 && file[..cut].All(char.IsAsciiDigit) ? "article " + file[..cut] : sourceId;
        }

        /// <summary>The claim's article by name; a sentence that starts with it is capitalised by
        /// <see cref="FigureText.Sentence"/>.</summary>
        public string Article(Claim claim) => ArticleName(claim.SourceId);

        /// <summary>"Kai-Fu Lee (IndexBox: Kai-Fu Lee)", or "DeepSeek impact explainer" when the article says it
        /// itself; the article in brackets, since a label may name the speaker too.</summary>
        public string Speaker(Claim claim) =>
            claim.Attribution is "article" or "" ? ArticleName(claim.SourceId) : $"{claim.Attribution} ({ArticleName(claim.SourceId)})";

        /// <summary>A fact-check explanation told of the claim's article: "The article's …" becomes "DeepSeek impact explainer's …".</summary>
        public string InArticle(Claim claim, string explanation)
        {
            var text = explanation.TrimEnd('.');
            const string lead = "The article";
            return text.StartsWith(lead, StringComparison.Ordinal)
                ? Capital(Article(claim)) + text[lead.Length..]
                : $"In {ArticleName(claim.SourceId)}, {char.ToLowerInvariant(text[0])}{text[1..]}";
        }

        /// <summary>The claim as an amount of money: its own figure, or the derived figure of its article that carries
        /// it there (a share of a cost, as the cost it implies).</summary>
        public ((Interval Value, string Text)? Amount, string? DerivedId) AmountOf(Claim claim)
        {
            if (claim.Unit is Unit.USD or Unit.CNY)
                return ((claim.Rounded, $"“{claim.AsStated}” ({(claim.Value is null ? claim.Figure() : NumberFormat.FormatInterval(claim.Rounded, claim.Unit))})"), null);
            var d = Derived.FirstOrDefault(d => d.ClaimIds.Contains(claim.ClaimId) && d.Unit is Unit.USD or Unit.CNY && d.Inputs.Count > 1
                && string.Equals(d.Subject, claim.Subject, StringComparison.OrdinalIgnoreCase) && d.Scope == DerivedScope.WithinArticle);
            if (d is null) return (null, null);
            string from = string.Join(" of ", d.Inputs.OrderBy(i => i.Id == claim.ClaimId ? 0 : 1).Select(i => $"{i.Id}'s {i.Text}"));
            return ((d.Value, $"{NumberFormat.FormatInterval(d.Value, d.Unit)} ({from})"), d.Id);
        }

        public Conflict Make(ConflictKind kind, IReadOnlyList<Claim> claims, IReadOnlyList<ReferenceFigure> references, string explanation,
            IReadOnlyList<string>? derivedIds = null)
        {
            var evidence = claims.Select(c => new EvidenceLine(c.ClaimId, c.SourceId,
                    $"{Source(c)?.FileName ?? c.SourceId}:{c.SourceLine}", c.SourceLine,
                    $"“{c.AsStated}” ({(c.Attribution is "article" or "" ? "the article" : c.Attribution)})"))
                .Concat(references.Select(r => new EvidenceLine(r.RefId, "", r.Citation, 0, ReferenceText(r))))
                .ToList();
            var first = claims[0];
            return new Conflict(kind, claims.Select(c => c.ClaimId).Distinct().ToList(), references.Select(r => r.RefId).Distinct().ToList(),
                claims.Select(c => c.SourceId).Distinct().ToList(), evidence, FigureText.Sentence(explanation),
                first.Subject, first.Metric, first.Unit, derivedIds ?? []);
        }

        /// <summary>"OpenAI 2024 compute spending: $7B for 2024 (secondary report, 2024-07)"; a date or a fact without
        /// a figure shows its period and, for a release, how it was made available.</summary>
        private static string ReferenceText(ReferenceFigure r)
        {
            var figure = Figure.Of(r);
            string what = r.Unit is "year" or "none" || !figure.HasNumber
                ? (r.Period.Length > 0 ? r.Period : "no figure")
                : FigureText.Describe(figure) + (r.Period.Length > 0 ? $" for {r.Period}" : "");
            string access = r.Access.Length > 0 ? $", {r.Access}" : "";
            return $"{r.Topic}: {what}{access} ({r.SourceKind}, published {r.AsOf})";
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}

/// <summary>Everything the finder reads.</summary>
internal sealed record ConflictInputs(
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Source> Sources,
    Func<string, ClaimAnnotation> AnnotationOf,
    IReadOnlyList<ReferenceFigure> References,
    IReadOnlyList<ClaimReferenceLink> Links,
    IReadOnlyList<FactCheckResult> FactCheck,
    IReadOnlyList<DerivedFigure> Derived);
