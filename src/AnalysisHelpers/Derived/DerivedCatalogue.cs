using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Derived;

/// <summary>The named figures the workbook computes from claims. Each is worked out within one article, so that an
/// article's figures are never mixed with another's, and with interval arithmetic, so that "less than" and "more
/// than" carry through to the result.</summary>
public static class DerivedCatalogue
{
    public const string ImpliedOperatingCost = "implied-operating-cost";
    public const string ImpliedPriorYearFunding = "implied-prior-year-funding";
    public const string FundingDrop = "funding-drop";
    public const string AverageDealSize = "average-deal-size";
    public const string TrainingCostRatio = "training-cost-ratio";

    /// <summary>The formulas, in words, keyed by the id prefix of the figures they produce.</summary>
    public static IReadOnlyDictionary<string, string> Formulas { get; } = new Dictionary<string, string>
    {
        [ImpliedOperatingCost] = "DeepSeek operating cost = OpenAI operating cost × DeepSeek's stated share of it",
        [ImpliedPriorYearFunding] = "prior-year total = this period's total ÷ (1 − stated fall)",
        [FundingDrop] = "drop in funding = prior-year total − this period's total",
        [AverageDealSize] = "average deal size = total funding ÷ number of deals",
        [TrainingCostRatio] = "ratio = GPT-4 training cost ÷ DeepSeek model training cost",
    };

    public static IReadOnlyList<DerivedFigure> Compute(IEnumerable<Claim> claims)
    {
        var all = claims.Where(c => c.IsQuantitative).ToList();
        var results = new List<DerivedFigure>();
        foreach (var group in all.GroupBy(c => c.SourceId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var source = group.Key;
            var inSource = group.ToList();
            results.AddRange(OperatingCost(source, inSource));
            results.AddRange(Funding(source, inSource));
            results.AddRange(TrainingRatios(source, inSource));
        }
        return results;
    }

    private static IEnumerable<DerivedFigure> OperatingCost(string source, List<Claim> claims)
    {
        var openAi = claims.Where(c => c.Category == "operating_cost" && Is(c.Subject, "OpenAI") && c.Unit == Unit.USD);
        // The share may be filed under operating or cost-efficiency claims; what makes it usable is that it is DeepSeek's
        // operating cost expressed as a fraction of another firm's.
        var shares = claims.Where(c => Is(c.Subject, "DeepSeek") && c.Unit == Unit.Fraction && c.Metric.Contains("operating_cost", StringComparison.Ordinal));
        foreach (var cost in openAi)
            foreach (var share in shares)
                yield return Figure(ImpliedOperatingCost, source, $"DeepSeek's implied operating cost ({Period(cost)})",
                    [cost, share], cost.Quantity.ToInterval() * share.Quantity.ToInterval(), Unit.USD,
                    $"{share.AsStated} of {cost.AsStated}");
    }

    private static IEnumerable<DerivedFigure> Funding(string source, List<Claim> claims)
    {
        var totals = claims.Where(c => c.Category == "funding" && c.Unit == Unit.USD && c.Metric.Contains("total", StringComparison.Ordinal)).ToList();
        var changes = claims.Where(c => c.Category == "funding" && c.Unit == Unit.Fraction && c.Metric.Contains("change", StringComparison.Ordinal)).ToList();
        var deals = claims.Where(c => c.Category == "funding" && c.Unit == Unit.Count && c.Metric.Contains("deal", StringComparison.Ordinal)).ToList();
        foreach (var total in totals)
        {
            foreach (var change in changes.Where(ch => SamePeriod(ch, total) && SameSubject(ch, total)))
            {
                // The change is stated as a fall ("down 30%"), stored as a positive share of the prior year; a fall
                // lies between nothing and everything, which also closes the open side of "more than 30%".
                var c = change.Quantity.ToInterval();
                var fall = new Interval(Math.Max(c.Low, 0), Math.Min(c.High, 1));
                if (fall.Low > fall.High || fall.Low >= 1) continue;
                var totalRange = total.Quantity.ToInterval();
                var prior = totalRange / (Interval.Point(1) - fall);
                // prior − total = total × fall / (1 − fall); written with each input once, so a range of totals does
                // not widen the drop (fall / (1 − fall) rises with the fall, so its ends come from the fall's ends).
                var dropShare = new Interval(fall.Low / (1 - fall.Low), fall.High >= 1 ? double.PositiveInfinity : fall.High / (1 - fall.High));
                yield return Figure(ImpliedPriorYearFunding, source, $"Implied prior-year funding ({Period(total)})", [total, change], prior, Unit.USD,
                    $"{total.AsStated} after a fall of {change.AsStated}");
                yield return Figure(FundingDrop, source, $"Drop in funding from the prior year ({Period(total)})", [total, change], totalRange * dropShare, Unit.USD,
                    "the prior-year total less this period's total");
            }
            foreach (var count in deals.Where(d => SamePeriod(d, total) && SameSubject(d, total)))
            {
                if (!CanDivideBy(count)) continue;
                yield return Figure(AverageDealSize, source, $"Average deal size ({Period(total)})", [total, count],
                    total.Quantity.ToInterval() / count.Quantity.ToInterval(), Unit.USD, $"{total.AsStated} over {count.AsStated}");
            }
        }
    }

    private static IEnumerable<DerivedFigure> TrainingRatios(string source, List<Claim> claims)
    {
        var training = claims.Where(c => c.Category == "training_cost" && c.Unit == Unit.USD).ToList();
        var gpt4 = training.Where(c => Is(c.Item, "GPT-4"));
        var deepSeek = training.Where(c => Is(c.Subject, "DeepSeek"));
        foreach (var big in gpt4)
            foreach (var small in deepSeek.Where(CanDivideBy))
            {
                var name = small.Item.Length > 0 ? small.Item : small.Subject;
                yield return Figure(TrainingCostRatio, source, $"GPT-4 training cost over {name}'s", [big, small],
                    big.Quantity.ToInterval() / small.Quantity.ToInterval(), Unit.Multiple, $"{big.AsStated} over {small.AsStated}");
            }
    }

    private static DerivedFigure Figure(string kind, string source, string name, Claim[] inputs, Interval value, Unit unit, string note)
    {
        var id = $"{kind}-{source}" + (inputs.Length > 0 ? "-" + string.Join("-", inputs.Select(c => c.ClaimId.ToLowerInvariant())) : "");
        return new DerivedFigure(id, name, Formulas[kind], inputs.Select(c => c.ClaimId).ToArray(), value, unit, note);
    }

    /// <summary>A divisor must keep away from zero on one side; a claimed cost or count of zero yields no ratio.</summary>
    private static bool CanDivideBy(Claim claim)
    {
        var d = claim.Quantity.ToInterval();
        return !(d.Low < 0 && d.High > 0) && !(d.Low == 0 && d.High == 0);
    }

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
    private static bool SamePeriod(Claim a, Claim b) => a.Period.Length == 0 || b.Period.Length == 0 || a.Period == b.Period;
    private static bool SameSubject(Claim a, Claim b) => string.Equals(a.Subject, b.Subject, StringComparison.OrdinalIgnoreCase);
    private static string Period(Claim c) => c.Period.Length > 0 ? c.Period : "period not stated";

    public static DataFrame ToDataFrame(IEnumerable<DerivedFigure> figures)
    {
        var list = figures.ToList();
        return new DataFrame(
            new StringDataFrameColumn("id", list.Select(f => f.Id)),
            new StringDataFrameColumn("name", list.Select(f => f.Name)),
            new DoubleDataFrameColumn("low", list.Select(f => (double?)f.Value.Low)),
            new DoubleDataFrameColumn("high", list.Select(f => (double?)f.Value.High)),
            new StringDataFrameColumn("unit", list.Select(f => f.Unit.ToToken())),
            new StringDataFrameColumn("formula", list.Select(f => f.Formula)),
            new StringDataFrameColumn("claim_ids", list.Select(f => string.Join(" ", f.ClaimIds))),
            new StringDataFrameColumn("note", list.Select(f => f.Note)));
    }
}
