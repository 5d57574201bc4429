using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Derived;

/// <summary>The figures an analyst derives from the claims and the reference figures, each by a written formula
/// (<see cref="Formulas"/>) over named inputs that the rules below find by what the inputs measure (subject, item,
/// metric, period, scope), never by id. Every figure is an interval: the interval its inputs' rounding allows
/// ("$1.2 billion" is 1.15 to 1.25 billion, "30%" is 29.5% to 30.5%; bounds and ranges stay as written) and the
/// same formula on the figures exactly as stated. Figures worked out within one article are kept apart from those
/// that combine articles or set an article against reference figures (<see cref="DerivedScope"/>).</summary>
public static class DerivedCatalogue
{
    // Within one article.
    public const string CostMultipleFromShare = "cost-multiple-from-share";
    public const string ImpliedOperatingCost = "implied-operating-cost";
    public const string ImpliedPriorYearFunding = "implied-prior-year-funding";
    public const string FundingDrop = "funding-drop";
    public const string AverageDealSize = "average-deal-size";
    public const string TrainingCostRatio = "training-cost-ratio";
    public const string PerYearRate = "per-year-rate";
    public const string CostMultipleFromFall = "cost-multiple-from-fall";
    // Across articles.
    public const string BoundIntersection = "bound-intersection";
    public const string TrainingRunShareOfOperatingCost = "training-run-share-of-operating-cost";
    // Against reference figures.
    public const string HeadroomUnderCeiling = "headroom-under-ceiling";
    public const string MarginAboveFloor = "margin-above-floor";
    public const string ComputeCostFromHours = "compute-cost-from-hours";
    public const string StatedCostOverComputeCost = "stated-cost-over-compute-cost";
    public const string ShareOfSellOff = "share-of-sell-off";
    public const string ChangeAgainstReferenceBase = "change-against-reference-base";
    public const string AverageDealSizeChange = "average-deal-size-change";
    public const string ImpliedSpending = "implied-spending";
    public const string CostWithStaff = "cost-with-staff";
    public const string StatedCostShareOfSpending = "stated-cost-share-of-spending";
    public const string ReferenceOverImpliedCost = "reference-over-implied-cost";
    public const string ReferenceShareOfBase = "reference-share-of-base";
    public const string LikeForLikeComputeMultiple = "like-for-like-compute-multiple";
    public const string TrainingRunShareOfReferenceCost = "training-run-share-of-reference-cost";

    /// <summary>The formulas in words, by kind.</summary>
    public static IReadOnlyDictionary<string, string> Formulas { get; } = new Dictionary<string, string>
    {
        [CostMultipleFromShare] = "cost multiple = 1 ÷ stated share of the other's cost",
        [ImpliedOperatingCost] = "DeepSeek operating cost = OpenAI operating cost × DeepSeek's stated share of it",
        [ImpliedPriorYearFunding] = "prior-year total = this period's total ÷ (1 − stated fall)",
        [FundingDrop] = "drop in funding = prior-year total − this period's total",
        [AverageDealSize] = "average deal size = total funding ÷ number of deals",
        [TrainingCostRatio] = "ratio = GPT-4 training cost ÷ DeepSeek model training cost",
        [PerYearRate] = "per-year rate = pledged amount ÷ years it runs over",
        [CostMultipleFromFall] = "cost multiple = 1 ÷ (1 − stated fall in cost)",
        [BoundIntersection] = "values both articles allow = one article's interval ∩ the other's",
        [TrainingRunShareOfOperatingCost] = "share = DeepSeek training cost ÷ (OpenAI operating cost × DeepSeek's stated share of it)",
        [HeadroomUnderCeiling] = "headroom = the article's ceiling − the reference figure",
        [MarginAboveFloor] = "margin = the reference figure − the article's floor",
        [ComputeCostFromHours] = "compute cost = GPU-hours × price per GPU-hour",
        [StatedCostOverComputeCost] = "ratio = stated cost ÷ (GPU-hours × price per GPU-hour)",
        [ShareOfSellOff] = "share = one company's loss that day ÷ the sell-off the article states",
        [ChangeAgainstReferenceBase] = "fall = 1 − this period's figure ÷ the reference's figure for the year-earlier period",
        [AverageDealSizeChange] = "change = (this period's total ÷ its deals) ÷ (reference total ÷ reference deals for the year-earlier period) − 1",
        [ImpliedSpending] = "spending = expected loss + expected revenue",
        [CostWithStaff] = "total cost = compute spending + staff costs",
        [StatedCostShareOfSpending] = "share = stated operating cost ÷ (expected loss + expected revenue)",
        [ReferenceOverImpliedCost] = "multiple = reference estimate ÷ (OpenAI operating cost × DeepSeek's stated share of it)",
        [ReferenceShareOfBase] = "share = reference figure for the firm ÷ reference figure for the cost the stated share is of",
        [LikeForLikeComputeMultiple] = "multiple = GPT-4 compute-only cost ÷ DeepSeek-V3 final-run compute cost",
        [TrainingRunShareOfReferenceCost] = "share = final training run's cost ÷ the reference's operating costs",
    };

    /// <summary>The figures claims alone give: within each article, and across articles.</summary>
    public static IReadOnlyList<DerivedFigure> Compute(IEnumerable<Claim> claims) =>
        Compute(claims, [], [], _ => null);

    /// <summary>Every figure the data folder gives, claims and reference figures together.</summary>
    public static IReadOnlyList<DerivedFigure> Compute(ClaimsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(data.Claims, data.References, data.Links, data.AnnotationOf);
    }

    public static IReadOnlyList<DerivedFigure> Compute(IEnumerable<Claim> claims, IEnumerable<ReferenceFigure> references,
        IEnumerable<ClaimReferenceLink> links, Func<string, ClaimAnnotation?> annotationOf)
    {
        var claimMeasures = claims.Where(c => c.IsQuantitative)
            .Select(c => Measure.Of(c, annotationOf(c.ClaimId) ?? ClaimAnnotation.None(c.ClaimId)))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var referenceMeasures = references.Select(Measure.Of).OfType<Measure>().OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        // Ids are unique in a loaded data folder; of hand-built lists that repeat one, links use the first.
        var byId = claimMeasures.Concat(referenceMeasures).DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var linked = links
            .Where(l => byId.ContainsKey(l.ClaimId) && byId.ContainsKey(l.RefId))
            .Select(l => (Claim: byId[l.ClaimId], Reference: byId[l.RefId], l.Relation))
            .OrderBy(l => l.Claim.Id, StringComparer.Ordinal).ThenBy(l => l.Reference.Id, StringComparer.Ordinal)
            .ToList();

        var figures = new List<DerivedFigure>();
        foreach (var inSource in claimMeasures.GroupBy(m => m.SourceId).OrderBy(g => g.Key, StringComparer.Ordinal))
            figures.AddRange(WithinArticle(inSource.ToList()));
        figures.AddRange(AcrossArticles(claimMeasures));
        figures.AddRange(WithReferences(claimMeasures, referenceMeasures, linked));
        // Ids are unique by construction; a repeat would mean two rules found the same figure.
        return figures
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .OrderBy(f => f.Scope)
            .ToList();
    }

    private static IEnumerable<DerivedFigure> WithinArticle(List<Measure> claims)
    {
        foreach (var share in claims.Where(IsCostShare))
            yield return Make(CostMultipleFromShare, $"Cost multiple implied by {share.Text} of another's cost", share.Subject, "cost_multiple", share.Period,
                Unit.Multiple, [("stated share", share)], x => Interval.Point(1) / x[0], "how many times cheaper the share makes the firm");

        foreach (var (cost, share) in OperatingCostPairs(claims))
            yield return Make(ImpliedOperatingCost, $"DeepSeek's implied operating cost ({PeriodOf(cost)})", share.Subject, "operating_cost", cost.Period,
                Unit.USD, [("OpenAI operating cost", cost), ("DeepSeek's stated share", share)], x => x[0] * x[1], $"{share.Text} of {cost.Text}");

        foreach (var (total, change) in FundingChanges(claims))
        {
            string basePeriod = YearEarlier(total.Period);
            yield return Make(ImpliedPriorYearFunding, $"Implied prior-year funding ({(basePeriod.Length > 0 ? basePeriod : "the year before")})",
                total.Subject, total.Metric, basePeriod, Unit.USD, [("this period's total", total), ("stated fall", change)],
                x => x[0] / (Interval.Point(1) - Fall(x[1])), $"{total.Text} after a fall of {change.Text}");
            yield return Make(FundingDrop, $"Drop in funding from {(basePeriod.Length > 0 ? basePeriod : "the year before")} to {PeriodOf(total)}",
                total.Subject, "funding_drop", total.Period, Unit.USD, [("this period's total", total), ("stated fall", change)],
                x => DropFrom(x[0], Fall(x[1])), "the prior-year total less this period's total");
        }

        foreach (var (total, deals) in DealPairs(claims))
            yield return Make(AverageDealSize, $"Average deal size ({PeriodOf(total)})", total.Subject, "average_deal_size", total.Period,
                Unit.USD, [("total funding", total), ("number of deals", deals)], x => x[0] / x[1], $"{total.Text} over {deals.Text}");

        foreach (var (big, small) in TrainingPairs(claims))
            yield return Make(TrainingCostRatio, $"GPT-4 training cost over {NameOf(small)}'s", big.Subject, "training_cost_ratio", "",
                Unit.Multiple, [("GPT-4 training cost", big), ("DeepSeek training cost", small)], x => x[0] / x[1], $"{big.Text} over {small.Text}");

        foreach (var amount in claims.Where(m => m.Is("pledge_amount") && m.IsPoint && m.UnitToken is "USD" or "CNY"))
            foreach (var years in claims.Where(m => m.Is("pledge_duration") && m.About(amount.Subject) && m.InUnit("years") && m.CanDivideBy))
                yield return Make(PerYearRate, $"{amount.Subject}'s pledge per year", amount.Subject, "pledge_per_year", "",
                    UnitOf(amount), [("pledged amount", amount), ("years", years)], x => x[0] / x[1], $"{amount.Text} over {years.Text}");

        foreach (var fall in claims.Where(m => m.Is("cost_reduction") && m.InUnit("fraction")))
            yield return Make(CostMultipleFromFall, $"Cost multiple implied by a fall of {fall.Text}", fall.Subject, "cost_multiple", fall.Period,
                Unit.Multiple, [("stated fall", fall)], x => Interval.Point(1) / (Interval.Point(1) - Fall(x[0])), "what is left after the fall, as a times factor");
    }

    private static IEnumerable<DerivedFigure> AcrossArticles(List<Measure> claims)
    {
        // Bounds on the same quantity from different articles: only the values inside both satisfy both.
        var groups = claims.Where(m => m.UnitToken is not ("none" or "year" or "rank"))
            .GroupBy(m => (Key(m.Subject), Key(m.Item), Key(m.Metric), m.UnitToken, Key(m.Scope)));
        foreach (var group in groups)
        {
            var members = group.ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a.SourceId == b.SourceId || (a.IsPoint && b.IsPoint) || !SamePeriod(a, b)) continue;
                    var both = Intersect(a.Rounded, b.Rounded);
                    if (both is null || (a.Rounded == b.Rounded)) continue;
                    yield return Make(BoundIntersection, $"{NameOf(a)} {Words(a.Metric)}: the values both {a.Text} and {b.Text} allow", a.Subject, a.Metric, a.Period,
                        UnitOf(a), [("one article's figure", a), ("the other's", b)], x => Intersect(x[0], x[1]) ?? new Interval(double.NaN, double.NaN),
                        "only this interval satisfies both articles");
                }
        }

        // A training run set against the operating cost another article implies: the share it makes of a year's costs.
        var operating = claims.GroupBy(m => m.SourceId).SelectMany(g => OperatingCostPairs(g.ToList())).ToList();
        foreach (var training in claims.Where(m => m.Is("training_cost") && m.About("DeepSeek") && m.InUnit("USD")))
            foreach (var (cost, share) in operating)
                yield return Make(TrainingRunShareOfOperatingCost, $"{NameOf(training)} training cost as a share of DeepSeek's implied operating cost ({PeriodOf(cost)})",
                    training.Subject, "training_share_of_operating_cost", cost.Period, Unit.Fraction,
                    [("DeepSeek training cost", training), ("OpenAI operating cost", cost), ("DeepSeek's stated share", share)],
                    x => x[0] / (x[1] * x[2]), "a one-off training cost against a year's operating costs");
    }

    private static IEnumerable<DerivedFigure> WithReferences(List<Measure> claims, List<Measure> references,
        List<(Measure Claim, Measure Reference, string Relation)> links)
    {
        foreach (var (claim, reference, relation) in links.Where(l => l.Relation != "timing"))
        {
            if (claim.IsCeiling && reference.IsPoint && reference.UnitToken == claim.UnitToken && reference.Stated.High <= claim.Stated.High)
                yield return Make(HeadroomUnderCeiling, $"Headroom under {claim.Id}'s ceiling above {reference.Id}", claim.Subject, "headroom", "",
                    UnitOf(claim), [("the article's ceiling", claim), ("the reference figure", reference)],
                    x => Interval.Point(claim.Stated.High) - x[1], $"{claim.Text} against {reference.Id}'s {reference.Text}");
            if (claim.IsFloor && reference.IsPoint && reference.UnitToken == claim.UnitToken && reference.Stated.Low >= claim.Stated.Low)
                yield return Make(MarginAboveFloor, $"Margin of {reference.Id} above {claim.Id}'s floor", claim.Subject, "margin", "",
                    UnitOf(claim), [("the reference figure", reference), ("the article's floor", claim)],
                    x => x[0] - Interval.Point(claim.Stated.Low), $"{reference.Id}'s {reference.Text} against {claim.Text}");
            if (relation == "different-scope" && claim.Is("market_value_loss") && reference.Is("market_value_loss") && !claim.About(reference.Subject)
                && claim.IsPoint && reference.IsPoint && claim.CanDivideBy)
                yield return Make(ShareOfSellOff, $"{reference.Subject}'s share of the sell-off {claim.Id} states", reference.Subject, "share_of_sell_off", reference.Period,
                    Unit.Fraction, [("one company's loss", reference), ("the stated sell-off", claim)], x => x[0] / x[1],
                    "the round figure's rounding is wide, so the share's top end can pass 100%, which only says the sell-off was at least that company's loss");
        }

        // Hours times the stated price against the stated cost.
        foreach (var hours in references.Where(m => m.Is("training_compute") && m.InUnit("gpu_hours")))
            foreach (var price in references.Where(m => m.Is("gpu_hour_price") && m.SameThing(hours) && m.InUnit("usd_per_gpu_hour")))
            {
                yield return Make(ComputeCostFromHours, $"{NameOf(hours)} compute cost from GPU-hours and price", hours.Subject, "compute_cost", hours.Period,
                    Unit.USD, [("GPU-hours", hours), ("price per GPU-hour", price)], x => x[0] * x[1], $"{hours.Id} times {price.Id}");
                foreach (var cost in claims.Concat(references).Where(m => m.Is("training_cost") && m.SameThing(hours) && m.InUnit("USD") && m.IsPoint))
                    yield return Make(StatedCostOverComputeCost, $"{cost.Id}'s {NameOf(cost)} training cost over GPU-hours × price", cost.Subject, "cost_over_compute_cost", "",
                        Unit.Multiple, [("stated cost", cost), ("GPU-hours", hours), ("price per GPU-hour", price)], x => x[0] / (x[1] * x[2]),
                        "1 means the stated cost is exactly the hours at the price", comparesClaimToReference: !cost.IsReference);
            }

        // Changes against the reference's figure for the base period, and averages per deal against the reference's deals.
        foreach (var now in claims.Where(m => m.IsPoint && m.UnitToken is "USD" or "count" && m.Period.Length > 0))
        {
            string basePeriod = YearEarlier(now.Period);
            foreach (var then in references.Where(r => r.About(now.Subject) && r.Is(now.Metric) && r.InUnit(now.UnitToken) && r.Period == basePeriod && r.IsPoint && r.CanDivideBy))
                yield return Make(ChangeAgainstReferenceBase, $"Fall in {Words(now.Metric)} from {then.Id}'s {basePeriod} to {now.Id}'s {now.Period}", now.Subject, now.Metric + "_change",
                    now.Period, Unit.Fraction, [("this period's figure", now), ("the reference's base-period figure", then)],
                    x => Interval.Point(1) - x[0] / x[1], "positive is a fall");
        }
        foreach (var group in claims.GroupBy(m => m.SourceId))
            foreach (var (total, deals) in DealPairs(group.ToList()))
            {
                string basePeriod = YearEarlier(total.Period);
                foreach (var (refTotal, refDeals) in DealPairs(references).Where(p => p.Total.About(total.Subject) && p.Total.Period == basePeriod))
                    yield return Make(AverageDealSizeChange, $"Change in average deal size from {basePeriod} ({refTotal.Id}, {refDeals.Id}) to {total.Period}",
                        total.Subject, "average_deal_size_change", total.Period, Unit.Fraction,
                        [("this period's total", total), ("its deals", deals), ("the base period's total", refTotal), ("its deals", refDeals)],
                        x => x[0] / x[1] / (x[2] / x[3]) - Interval.Point(1), "negative is a smaller average deal");
            }
        foreach (var (total, deals) in DealPairs(references))
            yield return Make(AverageDealSize, $"Average deal size ({PeriodOf(total)}, {total.Id} over {deals.Id})", total.Subject, "average_deal_size", total.Period,
                Unit.USD, [("total funding", total), ("number of deals", deals)], x => x[0] / x[1], $"{total.Text} over {deals.Text}");

        // What a loss and revenue imply, and what staff costs add, against the article's operating cost.
        foreach (var loss in references.Where(m => m.Is("expected_loss") && m.InUnit("USD")))
            foreach (var revenue in references.Where(m => m.Is("expected_revenue") && m.About(loss.Subject) && m.Period == loss.Period && m.InUnit("USD")))
            {
                yield return Make(ImpliedSpending, $"{loss.Subject}'s spending implied by {loss.Id} and {revenue.Id} ({PeriodOf(loss)})", loss.Subject, "spending", loss.Period,
                    Unit.USD, [("expected loss", loss), ("expected revenue", revenue)], x => x[0] + x[1], "a loss is spending beyond revenue");
                foreach (var cost in claims.Where(m => m.Is("operating_cost") && m.About(loss.Subject) && m.InUnit("USD") && m.Period == loss.Period))
                    yield return Make(StatedCostShareOfSpending, $"{cost.Id}'s operating cost as a share of the spending {loss.Id} and {revenue.Id} imply", cost.Subject, "share_of_spending", cost.Period,
                        Unit.Fraction, [("stated operating cost", cost), ("expected loss", loss), ("expected revenue", revenue)], x => x[0] / (x[1] + x[2]),
                        "below 1 means the article's cost is less than what the year's loss and revenue imply was spent");
            }
        foreach (var compute in references.Where(m => m.Is("compute_spending") && m.InUnit("USD")))
            foreach (var staff in references.Where(m => m.Is("staff_cost") && m.About(compute.Subject) && m.Period == compute.Period && m.InUnit("USD")))
                yield return Make(CostWithStaff, $"{compute.Subject}'s compute and staff costs ({PeriodOf(compute)})", compute.Subject, "total_cost", compute.Period,
                    Unit.USD, [("compute spending", compute), ("staff costs", staff)], x => x[0] + x[1], "the costs the article's operating cost leaves out");

        // An estimate of the firm's costs against the cost a stated share implies, and as a share of the same base.
        foreach (var group in claims.GroupBy(m => m.SourceId))
            foreach (var (cost, share) in OperatingCostPairs(group.ToList()))
            {
                foreach (var estimate in references.Where(r => r.About(share.Subject) && r.Is("operating_cost") && r.InUnit("USD") && r.IsPoint))
                {
                    yield return Make(ReferenceOverImpliedCost, $"{estimate.Id}'s estimate over DeepSeek's operating cost {share.Id} implies", share.Subject, "operating_cost_multiple", "",
                        Unit.Multiple, [("reference estimate", estimate), ("OpenAI operating cost", cost), ("DeepSeek's stated share", share)], x => x[0] / (x[1] * x[2]),
                        "how many times the stated share's cost the estimate is");
                    // The base is the reference the stated cost rests on: linked to it, about the same firm, and the same figure.
                    foreach (var baseCost in links.Where(l => l.Claim.Id == cost.Id && l.Reference.InUnit("USD") && l.Reference.IsPoint
                                 && l.Reference.About(cost.Subject) && Intersect(l.Reference.Rounded, cost.Rounded) is not null).Select(l => l.Reference))
                        yield return Make(ReferenceShareOfBase, $"{estimate.Id} as a share of {baseCost.Id}, against {share.Id}'s {share.Text}", share.Subject, share.Metric, "",
                            Unit.Fraction, [("reference figure for the firm", estimate), ("reference figure for the base", baseCost)], x => x[0] / x[1],
                            $"the share the references give, to set beside {share.Text}");
                }
            }

        // Like for like: the compute-only GPT-4 estimate over V3's final-run compute, and that run against the firm's costs.
        foreach (var gpt4 in references.Where(r => r.Is("training_cost") && Key(r.Item) == "gpt-4" && r.Scope == "compute-only" && r.IsPoint))
            foreach (var run in references.Where(r => r.Is("training_cost") && r.About("DeepSeek") && r.Scope == "final-training-run" && r.IsPoint))
                yield return Make(LikeForLikeComputeMultiple, $"GPT-4 compute-only cost ({gpt4.Id}) over {NameOf(run)}'s final-run compute ({run.Id})", gpt4.Subject, "training_cost_ratio", "",
                    Unit.Multiple, [("GPT-4 compute-only cost", gpt4), ("DeepSeek final-run compute cost", run)], x => x[0] / x[1],
                    "both sides priced as compute only, unlike the articles' ratios");
        foreach (var run in references.Where(r => r.Is("training_cost") && r.About("DeepSeek") && r.Scope == "final-training-run" && r.IsPoint))
            foreach (var costs in references.Where(r => r.Is("operating_cost") && r.About(run.Subject) && r.IsPoint && r.CanDivideBy))
                yield return Make(TrainingRunShareOfReferenceCost, $"{NameOf(run)} final training run ({run.Id}) as a share of {costs.Id}'s operating costs", run.Subject, "training_share_of_operating_cost", "",
                    Unit.Fraction, [("final training run", run), ("operating costs", costs)], x => x[0] / x[1], "a one-off run against the firm's costs");

        // Multi-year pledges in the reference, per year of the duration an article gives.
        foreach (var amount in references.Where(r => r.Is("pledge_amount") && r.UnitToken is "USD" or "CNY"))
            foreach (var years in claims.Where(m => m.Is("pledge_duration") && m.About(amount.Subject) && m.InUnit("years") && m.CanDivideBy))
                yield return Make(PerYearRate, $"{amount.Subject}'s pledge per year ({amount.Id} over {years.Id})", amount.Subject, "pledge_per_year", "",
                    UnitOf(amount), [("pledged amount", amount), ("years", years)], x => x[0] / x[1], $"{amount.Id}'s {amount.Text} over {years.Text}");
    }

    private static bool IsCostShare(Measure m) =>
        m.InUnit("fraction") && m.IsPoint && m.Metric.StartsWith("relative_", StringComparison.Ordinal) && m.Metric.Contains("cost", StringComparison.Ordinal) && m.CanDivideBy;

    /// <summary>An OpenAI operating cost and DeepSeek's operating cost given as a share of it, in one article.</summary>
    private static IEnumerable<(Measure Cost, Measure Share)> OperatingCostPairs(List<Measure> claims)
    {
        var costs = claims.Where(c => c.Is("operating_cost") && c.About("OpenAI") && c.InUnit("USD"));
        var shares = claims.Where(c => c.About("DeepSeek") && c.InUnit("fraction") && c.Metric.Contains("operating_cost", StringComparison.Ordinal));
        foreach (var cost in costs)
            foreach (var share in shares.Where(s => s.SourceId == cost.SourceId))
                yield return (cost, share);
    }

    private static IEnumerable<(Measure Total, Measure Change)> FundingChanges(List<Measure> claims)
    {
        var totals = claims.Where(c => c.InUnit("USD") && c.Metric.Contains("funding_total", StringComparison.Ordinal));
        var changes = claims.Where(c => c.InUnit("fraction") && c.Metric.Contains("funding_change", StringComparison.Ordinal));
        foreach (var total in totals)
            foreach (var change in changes.Where(ch => SamePeriod(ch, total) && ch.About(total.Subject)))
            {
                var fall = Fall(change.Rounded);
                if (fall.Low > fall.High || fall.Low >= 1) continue;
                yield return (total, change);
            }
    }

    private static IEnumerable<(Measure Total, Measure Deals)> DealPairs(List<Measure> measures)
    {
        var totals = measures.Where(c => c.InUnit("USD") && c.Metric.Contains("funding_total", StringComparison.Ordinal));
        var deals = measures.Where(c => c.InUnit("count") && c.Metric.Contains("deal", StringComparison.Ordinal) && c.CanDivideBy);
        foreach (var total in totals)
            foreach (var count in deals.Where(d => SamePeriod(d, total) && d.About(total.Subject) && d.SourceId == total.SourceId))
                yield return (total, count);
    }

    private static IEnumerable<(Measure Big, Measure Small)> TrainingPairs(List<Measure> claims)
    {
        var training = claims.Where(c => c.Is("training_cost") && c.InUnit("USD")).ToList();
        foreach (var big in training.Where(c => Key(c.Item) == "gpt-4"))
            foreach (var small in training.Where(c => c.About("DeepSeek") && c.CanDivideBy))
                yield return (big, small);
    }

    /// <summary>A stated fall is a share of the prior value, so it lies between nothing and all of it; that also closes
    /// the open top of "more than 90%".</summary>
    private static Interval Fall(Interval change) => new(Math.Max(change.Low, 0), Math.Min(change.High, 1));

    /// <summary>prior − total = total × fall ÷ (1 − fall), with each input once so that a range of totals does not
    /// widen the drop (fall ÷ (1 − fall) rises with the fall, so its ends come from the fall's ends).</summary>
    private static Interval DropFrom(Interval total, Interval fall)
    {
        var share = new Interval(fall.Low / (1 - fall.Low), fall.High >= 1 ? double.PositiveInfinity : fall.High / (1 - fall.High));
        return total * share;
    }

    private static Interval? Intersect(Interval a, Interval b)
    {
        double low = Math.Max(a.Low, b.Low), high = Math.Min(a.High, b.High);
        return low <= high ? new Interval(low, high) : null;
    }

    private static DerivedFigure Make(string kind, string name, string subject, string metric, string period, Unit unit,
        (string Role, Measure Measure)[] inputs, Func<Interval[], Interval> formula, string note, bool comparesClaimToReference = false)
    {
        var value = formula(inputs.Select(i => i.Measure.Rounded).ToArray());
        var stated = formula(inputs.Select(i => i.Measure.Stated).ToArray());
        var sources = inputs.Where(i => !i.Measure.IsReference).Select(i => i.Measure.SourceId).Distinct().ToList();
        var scope = inputs.Any(i => i.Measure.IsReference) ? DerivedScope.WithReferences
            : sources.Count > 1 ? DerivedScope.AcrossArticles : DerivedScope.WithinArticle;
        var ids = string.Join("-", inputs.Select(i => i.Measure.Id.ToLowerInvariant()));
        var id = scope == DerivedScope.WithinArticle ? $"{kind}-{sources[0]}-{ids}" : $"{kind}-{ids}";
        return new DerivedFigure(id, kind, name, Formulas[kind], inputs.Select(i => i.Measure.As(i.Role)).ToList(), value, stated, unit, scope,
            subject, metric, period, note, comparesClaimToReference);
    }

    private static Unit UnitOf(Measure m) => UnitNames.TryParse(m.UnitToken, out var unit) ? unit : Unit.Count;
    private static bool SamePeriod(Measure a, Measure b) => a.Period.Length == 0 || b.Period.Length == 0 || a.Period == b.Period;
    private static string YearEarlier(string period) => PartialDate.Parse(period)?.YearEarlier()?.Text ?? "";
    private static string PeriodOf(Measure m) => m.Period.Length > 0 ? m.Period : "period not stated";
    private static string NameOf(Measure m) => m.Item.Length > 0 ? m.Item : m.Subject;
    private static string Words(string metric) => metric.Replace('_', ' ').Replace("vc ", "venture ", StringComparison.Ordinal);
    private static string Key(string text) => text.Trim().ToLowerInvariant();

    /// <summary>The figures as a table: id, scope, name, the interval rounding allows and the one the figures as
    /// stated give, unit, formula and named inputs.</summary>
    public static DataFrame ToDataFrame(IEnumerable<DerivedFigure> figures)
    {
        var list = figures.ToList();
        return new DataFrame(
            new StringDataFrameColumn("id", list.Select(f => f.Id)),
            new StringDataFrameColumn("scope", list.Select(f => ScopeWords(f.Scope))),
            new StringDataFrameColumn("name", list.Select(f => f.Name)),
            new StringDataFrameColumn("interval", list.Select(f => NumberFormat.FormatInterval(f.Value, f.Unit))),
            new DoubleDataFrameColumn("low", list.Select(f => (double?)f.Value.Low)),
            new DoubleDataFrameColumn("high", list.Select(f => (double?)f.Value.High)),
            new StringDataFrameColumn("as_stated", list.Select(f => NumberFormat.FormatInterval(f.Stated, f.Unit))),
            new StringDataFrameColumn("unit", list.Select(f => f.Unit.ToToken())),
            new StringDataFrameColumn("formula", list.Select(f => f.Formula)),
            new StringDataFrameColumn("inputs", list.Select(f => f.InputsText)),
            new StringDataFrameColumn("claim_ids", list.Select(f => string.Join(" ", f.ClaimIds))),
            new StringDataFrameColumn("ref_ids", list.Select(f => string.Join(" ", f.ReferenceIds))),
            new StringDataFrameColumn("note", list.Select(f => f.Note)));
    }

    /// <summary>"within one article", "across articles", "against reference figures".</summary>
    public static string ScopeWords(DerivedScope scope) => scope switch
    {
        DerivedScope.WithinArticle => "within one article",
        DerivedScope.AcrossArticles => "across articles",
        _ => "against reference figures",
    };
}
