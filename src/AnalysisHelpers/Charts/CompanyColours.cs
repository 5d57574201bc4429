namespace AnalysisHelpers.Charts;

/// <summary>One colour per organisation, the same in every chart, so a reader learns DeepSeek's colour once.
/// Names not in the table get a muted grey chosen from the name itself, so they too are stable run to run.</summary>
public static class CompanyColours
{
    private static readonly (string[] Names, string Colour)[] Table =
    [
        (["deepseek"], "#4D6BFE"),
        (["openai"], "#10A37F"),
        (["alibaba", "alibabagroup", "alibabacloud", "alibabagroupholding", "alibabagroupholdingltd"], "#FF6A00"),
        (["bytedance", "bytedanceltd"], "#FE2C55"),
        (["meituan"], "#D9A400"),
        (["nvidia", "nvidiacorp"], "#76B900"),
        (["moonshot", "moonshotai"], "#6A3D9A"),
        (["zhipu", "zhipuai"], "#8C564B"),
        (["minimax"], "#E377C2"),
        (["baidu", "baiduinc"], "#2F3E9E"),
        (["tencent", "tencentholdings"], "#17BECF"),
        (["01ai", "zeroone", "lingyiwanwu"], "#A5A51B"),
        (["huawei"], "#CF0A2C"),
        (["google", "alphabet"], "#4285F4"),
        (["anthropic"], "#D97757"),
        (["xai"], "#3A3A3A"),
        (["china"], "#C8102E"),
        (["us", "usa", "unitedstates"], "#3C3B6E"),
    ];

    /// <summary>Muted greys for names without a house colour.</summary>
    public static IReadOnlyList<string> NeutralPalette { get; } =
        ["#7F7F7F", "#9A8F86", "#6E7B85", "#8A8A6E", "#857280", "#5F6F66"];

    /// <summary>The house colour for an organisation, matched ignoring case, spaces and punctuation.</summary>
    public static string For(string? name)
    {
        string key = Normalise(name);
        foreach (var (names, colour) in Table)
        {
            if (Array.IndexOf(names, key) >= 0) return colour;
        }
        return NeutralPalette[(int)(StableHash(key) % (uint)NeutralPalette.Count)];
    }

    /// <summary>True when the organisation has its own house colour rather than a neutral fallback.</summary>
    public static bool IsKnown(string? name)
    {
        string key = Normalise(name);
        return Table.Any(entry => Array.IndexOf(entry.Names, key) >= 0);
    }

    /// <summary>The known organisation named earliest in a free text such as a derived figure's name
    /// ("DeepSeek's implied operating cost" names DeepSeek), or null when it names none.</summary>
    public static string? MentionedIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var words = text.Split([' ', '\'', '’', '(', ')', ',', ':', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.FirstOrDefault(IsKnown);
    }

    private static string Normalise(string? name) =>
        new string((name ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // FNV-1a: string.GetHashCode is randomised per process and would change the fallback colour between runs.
    private static uint StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return hash;
    }
}
