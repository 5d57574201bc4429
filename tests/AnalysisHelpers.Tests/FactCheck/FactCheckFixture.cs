using AnalysisHelpers.Claims;
using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>Builds one claim, one reference and one link in memory so each rule can be tested on a pair whose
/// numbers are chosen by hand.</summary>
internal static class FactCheckFixture
{
    public const string ArticleDate = "2025-03";

    public static Source Article(string date = ArticleDate) => new("article", "000.txt", "An article", "unknown", "news", date, "");

    public static Claim Claim(Quantity quantity, string asStated, string item = "", string id = "C001", string period = "") =>
        new(id, "article", 1, "training_cost", "DeepSeek", item, "training_cost", quantity.Value, quantity.Low, quantity.High,
            quantity.Unit, quantity.Qualifier, period, asStated, "article", "A claim.", "");

    public static Claim NoFigure(string asStated, string item = "", string id = "C001") =>
        new(id, "article", 1, "company", "DeepSeek", item, "launch", null, null, null, Unit.None, Qualifier.Exact, "",
            asStated, "article", "A claim without a number.", "");

    public static ReferenceFigure Reference(
        double? value, string unit, double? low = null, double? high = null, string topic = "A reference figure",
        string asOf = "2024-12-26", string note = "A note.", string id = "R01", string citation = "A report, Table 1",
        string hedge = "", string period = "", string scope = "", string evt = "", string access = "", string item = "") =>
        new(id, topic, value, low, high, unit, asOf, "primary document", citation, note, Item: item, Period: period, Scope: scope,
            Event: evt, Access: access, Hedge: hedge);

    public static FactCheckResult Check(Claim claim, ReferenceFigure reference, string relation,
        string articleDate = ArticleDate, string linkNote = "A link.") =>
        Assert.Single(FactChecker.Check([claim], [reference], [new ClaimReferenceLink(claim.ClaimId, reference.RefId, relation, linkNote)],
            [Article(articleDate)]));
}
