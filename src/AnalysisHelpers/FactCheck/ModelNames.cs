namespace AnalysisHelpers.FactCheck;

/// <summary>Finds which models a reference's topic names. The vocabulary is the set of items the claims use, which
/// the data dictionary spells one way across articles, so "DeepSeek-V3" in a topic is the claims' DeepSeek-V3.</summary>
internal sealed class ModelNames(IEnumerable<string> items)
{
    private readonly string[] _vocabulary = items
        .Where(i => !string.IsNullOrWhiteSpace(i))
        .Select(i => i.Trim())
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(i => i.Length)
        .ThenBy(i => i, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The items named in the text as whole words ("GPT-4" does not match inside "GPT-4o").</summary>
    public IReadOnlyList<string> NamedIn(string text)
    {
        var found = new List<string>();
        foreach (var item in _vocabulary)
        {
            for (int at = text.IndexOf(item, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(item, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                bool startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                int end = at + item.Length;
                bool endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (startsWord && endsWord) { found.Add(item); break; }
            }
        }
        return found;
    }

    /// <summary>The models the topic names when the claim's item is not among them; empty when they agree, when
    /// the claim names no item, or when the topic names no model.</summary>
    public IReadOnlyList<string> OtherModels(string claimItem, string topic)
    {
        if (string.IsNullOrWhiteSpace(claimItem)) return [];
        var named = NamedIn(topic);
        return named.Any(n => string.Equals(n, claimItem.Trim(), StringComparison.OrdinalIgnoreCase)) ? [] : named;
    }
}
