using System.Globalization;

namespace AnalysisHelpers.Bench;

/// <summary>Builds valid claim rows modelled on data/claims.csv: the same categories, subjects, units, qualifiers and
/// the wording the quantity parser reads ("$6 million", "less than $6 million", "more than 90%", "144 deals",
/// "hundreds of millions"). The stored numbers are worked out here from the wording, independently of the parser,
/// so a disagreement between the two shows up as a load error instead of being hidden.</summary>
internal sealed class ClaimTemplates(Random rng, IReadOnlyList<string> sourceIds)
{
    /// <summary>Half the rows carry numbers. The articles' own share is about a third; more numeric rows make every
    /// row cost more to validate, so the timings err on the slow side.</summary>
    private const double QuantitativeShare = 0.5;

    private static readonly string[] Subjects =
        ["DeepSeek", "OpenAI", "Alibaba", "ByteDance", "Baidu", "Moonshot", "Zhipu", "Minimax", "Tencent", "Anthropic", "Google", "China", "US"];
    private static readonly string[] Items = ["", "", "", "DeepSeek-V3", "DeepSeek-R1", "GPT-4", "Qwen", "Kimi", "Ernie", "Doubao"];
    private static readonly string[] Attributions = ["article", "article", "article", "Kai-Fu Lee", "Josh Chin", "PitchBook", "Stanford HAI", "analysts"];
    private static readonly string[] Periods = ["", "", "", "2023", "2024", "2025", "2025-Q1", "2025-01", "2025-01-27"];
    private static readonly string[] PointQualifiers = ["exact", "exact", "exact", "projected", "claimed", "estimate", "rumored"];
    private static readonly string[] MoneyCategories = ["training_cost", "operating_cost", "funding", "market", "pledge"];
    private static readonly string[] Hedges = ["approximately", "about", "around", "nearly", "roughly"];
    private static readonly string[] Nouns = ["deals", "models", "startups", "downloads", "AI models", "key players", "months", "chips"];
    private static readonly string[] CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"];
    private static readonly string[] Ordinals = ["first", "second", "third"];
    private static readonly (string Text, decimal Low, decimal High)[] VagueAmounts =
    [
        ("hundreds of millions", 100_000_000m, 1_000_000_000m),
        ("tens of millions", 10_000_000m, 100_000_000m),
        ("tens of billions", 10_000_000_000m, 100_000_000_000m),
        ("billions of dollars", 1_000_000_000m, 1_000_000_000_000m),
    ];
    private static readonly (string Category, string Metric, string Phrase)[] Qualitative =
    [
        ("company", "launch_date", "launched in January"),
        ("policy", "export_sanctions", "sanctions placed on access to advanced Nvidia Corp. chips"),
        ("policy", "ai_strategy", "state-driven AI strategy"),
        ("performance", "relative_capability", "comparable to top Western AI models"),
        ("company", "strategy_pivot", "strategic shift from developing large AI platforms"),
        ("policy", "local_government_support", "local governments in China are intensifying support"),
        ("funding", "investor_focus", "movement away from financing pioneering AI models"),
        ("hardware", "chip_supply", "relies on older Nvidia H800 chips"),
    ];

    public GeneratedClaim Next(string claimId)
    {
        var subject = Pick(Subjects);
        var attribution = Pick(Attributions);
        var period = Pick(Periods);
        var source = sourceIds[rng.Next(sourceIds.Count)];
        var line = rng.Next(2, 60).ToString(CultureInfo.InvariantCulture);
        if (rng.NextDouble() >= QuantitativeShare)
        {
            var (category, metric, phrase) = Pick(Qualitative);
            return new GeneratedClaim(claimId, source, line, category, subject, Pick(Items), metric, "", "", "", "none",
                rng.Next(4) == 0 ? "claimed" : "exact", "", phrase, attribution, Statement(attribution, subject, phrase, ""), Note(phrase));
        }
        var q = Quantitative();
        return new GeneratedClaim(claimId, source, line, q.Category, subject, Pick(Items), q.Metric, Fmt(q.Value), Fmt(q.Low),
            Fmt(q.High), q.Unit, q.Qualifier, period, q.AsStated, attribution, Statement(attribution, subject, q.AsStated, period), Note(q.AsStated));
    }

    /// <summary>A numeric figure: wording, unit, qualifier and the numbers that wording stands for.</summary>
    public sealed record Figure(string Category, string Metric, string Unit, string Qualifier, decimal? Value, decimal? Low, decimal? High, string AsStated);

    public Figure Quantitative()
    {
        switch (rng.Next(12))
        {
            case 0 or 1:
            {
                var (text, amount) = Money();
                return new(Pick(MoneyCategories), "amount", "USD", Pick(PointQualifiers), amount, null, null, text);
            }
            case 2:
            {
                var (text, amount) = Money();
                return new(Pick(MoneyCategories), "amount", "USD", rng.Next(2) == 0 ? "approximate" : "claimed", amount, null, null, Pick(Hedges) + " " + text);
            }
            case 3:
            {
                var (text, amount) = Money();
                return new("training_cost", "training_cost", "USD", "upper_bound", null, null, amount, (rng.Next(2) == 0 ? "less than " : "under ") + text);
            }
            case 4:
            {
                var (text, amount) = Money();
                return rng.Next(2) == 0
                    ? new("training_cost", "training_cost", "USD", "lower_bound", null, amount, null, "more than " + text)
                    : new("training_cost", "training_cost", "USD", "lower_bound", null, amount, null, text + "+");
            }
            case 5:
            {
                var (text, low, high) = Pick(VagueAmounts);
                return new("training_cost", "training_cost", "USD", "range", null, low, high, text);
            }
            case 6:
            {
                decimal n = rng.Next(1, 999);
                return rng.Next(2) == 0
                    ? new("pledge", "pledge_amount", "CNY", "exact", n * 1_000_000_000m, null, null, $"RMB {n} billion")
                    : new("pledge", "pledge_amount", "CNY", "range", null, 1_000_000_000m, 1_000_000_000_000m, "billions of yuan");
            }
            case 7:
            {
                decimal pct = rng.Next(1, 100) + (rng.Next(4) == 0 ? 0.5m : 0m);
                return rng.Next(3) switch
                {
                    0 => new("cost_efficiency", "cost_reduction", "fraction", "lower_bound", null, pct / 100, null, $"more than {Num(pct)}%"),
                    1 => new("cost_efficiency", "relative_operating_cost", "fraction", "estimate", pct / 100, null, null, $"just {Num(pct)}%"),
                    _ => new("funding", "funding_change", "fraction", "exact", pct / 100, null, null, $"{Num(pct)}%"),
                };
            }
            case 8:
            {
                decimal n = rng.Next(2, 1000);
                return rng.Next(3) switch
                {
                    0 => new("funding", "deal_count", "count", "exact", n, null, null, $"{n} {Pick(Nouns)}"),
                    1 => new("adoption", "download_count", "count", "lower_bound", null, n * 1_000_000m, null, $"over {n} million downloads"),
                    _ => CountInWords(),
                };
            }
            case 9:
            {
                decimal year = rng.Next(2015, 2027);
                return new("company", "release_year", "year", "exact", year, null, null, year.ToString(CultureInfo.InvariantCulture));
            }
            case 10:
                return rng.Next(2) == 0
                    ? new("performance", "capability_gap_years", "years", "projected", 10, null, null, "a decade")
                    : new("pledge", "pledge_duration", "years", "exact", 3, null, null, "three years");
            default:
            {
                int i = rng.Next(Ordinals.Length);
                decimal times = rng.Next(2, 50);
                return rng.Next(2) == 0
                    ? new("competition", "first_of_kind_rank", "rank", rng.Next(2) == 0 ? "exact" : "claimed", i + 1, null, null, Ordinals[i])
                    : new("cost_efficiency", "relative_training_cost", "multiple", "claimed", times, null, null, $"{times} times");
            }
        }
    }

    private Figure CountInWords()
    {
        int i = rng.Next(CountWords.Length);
        decimal n = i < 9 ? i + 2 : 12;
        return new("competition", "players_surviving", "count", "projected", n, null, null, $"only {CountWords[i]} AI models");
    }

    /// <summary>"$6 million", "$1.2 billion", "$53 billion", "$7bn".</summary>
    private (string Text, decimal Amount) Money()
    {
        decimal n = rng.Next(3) == 0 ? rng.Next(10, 100) / 10m : rng.Next(1, 1000);
        return rng.Next(6) switch
        {
            0 => ($"${Num(n)}bn", n * 1_000_000_000m),
            1 or 2 => ($"${Num(n)} billion", n * 1_000_000_000m),
            _ => ($"${Num(n)} million", n * 1_000_000m),
        };
    }

    private static string Statement(string attribution, string subject, string figure, string period) =>
        (attribution == "article" ? "The article reports" : $"{attribution} reports") +
        $" on {subject}: {figure}{(period.Length > 0 ? ", for " + period : "")}.";

    /// <summary>A third of the rows carry a note with quoted wording, so the reader meets doubled quotes.</summary>
    private string Note(string figure) => rng.Next(3) == 0 ? $"The text reads \"{figure}\"; no primary source is named." : "";

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static string Num(decimal d) => d.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Fmt(decimal? d) => d is { } v ? Num(v) : "";

    public static string Format(decimal d) => Num(d);
}
