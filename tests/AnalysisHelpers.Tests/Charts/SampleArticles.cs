using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>Claims shaped like the workbook's data, built in memory: each chart and conflict test derives its
/// expectations from these values.</summary>
internal static class SampleArticles
{
    public static readonly Source Lee = new("kaifu-lee", "000.txt", "Kai-Fu Lee Foresees Dominance of Three Key AI Models in China", "indexbox", "news", "2025-03", "");
    public static readonly Source Takeaways = new("takeaways", "001.txt", "Key Takeaways", "unknown", "blog", "2026-01", "");
    public static readonly Source Impact = new("impact", "002.txt", "DeepSeek’s Impact on China’s AI Industry", "unknown", "analysis", "2025-04", "");
    public static readonly Source R1 = new("r1-competition", "003.txt", "China's DeepSeek R1: A Catalyst for Global AI Competition", "unknown", "blog", "2025", "");

    public static IReadOnlyList<Source> Sources { get; } = [Lee, Takeaways, Impact, R1];

    public static Claim Make(
        string id, Source source, string category, string subject, string item, string metric, Quantity quantity,
        string asStated, string attribution = "article", string period = "", string statement = "") =>
        new(id, source.SourceId, 1, category, subject, item, metric, quantity.Value, quantity.Low, quantity.High,
            quantity.Unit, quantity.Qualifier, period, asStated, attribution,
            statement.Length > 0 ? statement : $"{subject} {metric}: {asStated}", "");

    public static readonly Claim OpenAiOperatingCost = Make("C008", Lee, "operating_cost", "OpenAI", "", "operating_cost",
        Quantity.Point(7e9, Unit.USD, Qualifier.Projected), "$7 billion", "Kai-Fu Lee", "2024");
    public static readonly Claim DeepSeekShare = Make("C009", Lee, "cost_efficiency", "DeepSeek", "", "relative_operating_cost",
        Quantity.Point(0.02, Unit.Fraction, Qualifier.Estimate), "just 2%", "Kai-Fu Lee", "2024");
    public static readonly Claim QwenDownloads = Make("C020", Takeaways, "adoption", "Alibaba", "Qwen", "download_count",
        Quantity.AtLeast(6e8, Unit.Count), "over 600 million downloads", "Josh Chin");
    public static readonly Claim StartupShare = Make("C023", Takeaways, "adoption", "US startups", "", "chinese_model_user_share",
        Quantity.Point(0.8, Unit.Fraction, Qualifier.Estimate), "80%", "unnamed US venture capitalist");
    public static readonly Claim V3TrainingCost = Make("C037", Impact, "training_cost", "DeepSeek", "DeepSeek-V3", "training_cost",
        Quantity.Point(6e6, Unit.USD, Qualifier.Claimed), "approximately $6 million", "DeepSeek");
    public static readonly Claim Gpt4AtLeast = Make("C039", Impact, "training_cost", "OpenAI", "GPT-4", "training_cost",
        Quantity.AtLeast(1e8, Unit.USD), "$100 million+");
    public static readonly Claim AlibabaPledge = Make("C049", Impact, "pledge", "Alibaba", "", "pledge_amount",
        Quantity.Point(53e9, Unit.USD), "$53 billion");
    public static readonly Claim MeituanPledge = Make("C055", Impact, "pledge", "Meituan", "", "pledge_amount",
        Quantity.Between(1e9, 1e12, Unit.CNY), "billions of yuan", "Wang Xing");
    public static readonly Claim FundingTotal = Make("C061", Impact, "funding", "China", "", "vc_funding_total",
        Quantity.Point(1.2e9, Unit.USD), "$1.2 billion", "PitchBook", "2025-Q1");
    public static readonly Claim DealCount = Make("C062", Impact, "funding", "China", "", "deal_count",
        Quantity.Point(144, Unit.Count), "144 deals", "PitchBook", "2025-Q1");
    public static readonly Claim FundingFall = Make("C063", Impact, "funding", "China", "", "funding_change",
        Quantity.Point(0.3, Unit.Fraction), "30%", "PitchBook", "2025-Q1");
    public static readonly Claim R1TrainingCost = Make("C071", R1, "training_cost", "DeepSeek", "DeepSeek-R1", "training_cost",
        Quantity.AtMost(6e6, Unit.USD), "less than $6 million");
    public static readonly Claim SellOff = Make("C072", R1, "market", "US tech sector", "", "market_value_loss",
        Quantity.Point(1e12, Unit.USD), "$1 trillion");
    public static readonly Claim Gpt4Range = Make("C077", R1, "training_cost", "OpenAI", "GPT-4", "training_cost",
        Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions");
    public static readonly Claim LaunchMonth = new("C004", Lee.SourceId, 4, "company", "DeepSeek", "", "launch_date",
        null, null, null, Unit.None, Qualifier.Exact, "", "launched in January", "article", "The article dates DeepSeek's launch to January.", "");

    public static IReadOnlyList<Claim> Claims { get; } =
    [
        LaunchMonth, OpenAiOperatingCost, DeepSeekShare, QwenDownloads, StartupShare, V3TrainingCost, Gpt4AtLeast,
        AlibabaPledge, MeituanPledge, FundingTotal, DealCount, FundingFall, R1TrainingCost, SellOff, Gpt4Range,
    ];
}
