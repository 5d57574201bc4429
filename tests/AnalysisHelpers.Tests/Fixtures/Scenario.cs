using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Fixtures;

/// <summary>A small world built in memory: articles, claims with their annotations, reference figures and links.
/// <see cref="Run"/> computes derived figures, the fact check and the conflicts from it exactly as the workbook does,
/// so each rule can be tested on a handful of rows whose numbers are chosen by hand.</summary>
internal sealed class Scenario
{
    private readonly List<Source> _sources = [];
    private readonly List<Claim> _claims = [];
    private readonly Dictionary<string, ClaimAnnotation> _annotations = new(StringComparer.Ordinal);
    private readonly List<ReferenceFigure> _references = [];
    private readonly List<ClaimReferenceLink> _links = [];

    /// <summary>An article "NNN_x.txt" dated <paramref name="date"/>; its id is "a" + number.</summary>
    public Source Article(string number, string date = "2025-04", string label = "")
    {
        var source = new Source("a" + number, number + "_x.txt", "Article " + number, "unknown", "news", date, "", label);
        _sources.Add(source);
        return source;
    }

    public Claim Claim(string id, Source source, string subject, string item, string metric, Quantity quantity, string asStated,
        string period = "", string attribution = "article", int line = 1, string category = "")
    {
        var claim = new Claim(id, source.SourceId, line, category.Length > 0 ? category : metric, subject, item, metric,
            quantity.Value, quantity.Low, quantity.High, quantity.Unit, quantity.Qualifier, period, asStated, attribution, $"{subject} {metric}", "");
        _claims.Add(claim);
        return claim;
    }

    public Claim Fact(string id, Source source, string subject, string item, string metric, string asStated, string period = "",
        string attribution = "article", int line = 1) =>
        Claim(id, source, subject, item, metric, new Quantity(null, null, null, Unit.None, Qualifier.Exact), asStated, period, attribution, line);

    public void Annotate(string claimId, string entities = "", string topic = "", string stance = "", string scope = "",
        string evt = "", string sameTimeAs = "", string tense = "", string access = "") =>
        _annotations[claimId] = new ClaimAnnotation(claimId, ClaimAnnotation.SplitEntities(entities), topic, stance, scope, evt, sameTimeAs, tense, access, "A reading.");

    public ReferenceFigure Reference(string id, string topic, string subject, string metric, double? value, string unit,
        double? low = null, double? high = null, string item = "", string period = "", string scope = "", string evt = "",
        string access = "", string hedge = "", string asOf = "2025-01-01", string kind = "secondary report")
    {
        var reference = new ReferenceFigure(id, topic, value, low, high, unit, asOf, kind, "A citation for " + id, "A note.",
            subject, item, metric, period, scope, evt, access, hedge);
        _references.Add(reference);
        return reference;
    }

    public void Link(string claimId, string refId, string relation) => _links.Add(new ClaimReferenceLink(claimId, refId, relation, "A link."));

    public Result Run()
    {
        ClaimAnnotation AnnotationOf(string id) => _annotations.TryGetValue(id, out var a) ? a : ClaimAnnotation.None(id);
        var derived = DerivedCatalogue.Compute(_claims, _references, _links, AnnotationOf);
        var factCheck = FactChecker.Check(_claims, _references, _links, _sources, AnnotationOf, derived);
        var conflicts = ConflictFinder.Find(new ConflictInputs(_claims, _sources, AnnotationOf, _references, _links, factCheck, derived));
        return new Result(derived, factCheck, conflicts);
    }

    internal sealed record Result(IReadOnlyList<DerivedFigure> Derived, IReadOnlyList<FactCheckResult> FactCheck, IReadOnlyList<Conflict> Conflicts)
    {
        public DerivedFigure Figure(string kind) => Assert.Single(Derived, d => d.Kind == kind);
        public FactCheckResult Check(string claimId, string refId) => Assert.Single(FactCheck, r => r.ClaimId == claimId && r.RefId == refId);
        public Conflict Conflict(ConflictKind kind) => Assert.Single(Conflicts, c => c.Kind == kind);
        public IEnumerable<Conflict> OfKind(ConflictKind kind) => Conflicts.Where(c => c.Kind == kind);
    }
}
