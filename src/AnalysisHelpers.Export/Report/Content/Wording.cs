namespace AnalysisHelpers.Export.Report.Content;

/// <summary>The small changes the report makes to words taken from the data, in one place.</summary>
internal static class Wording
{
    /// <summary>An article's words as written, in quotation marks: “approximately $6 million”.</summary>
    public static string Quoted(string asStated) => "“" + asStated + "”";

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A name turned to run on in a sentence: "Average deal size" becomes "average deal size"; a name that
    /// starts with an acronym or a capitalised name ("GPT-4 …", "DeepSeek's …": a capital or digit after its first letter) stays as it is.</summary>
    public static string Lowered(string text)
    {
        var firstWord = text.Split(' ', 2)[0];
        bool plainWord = firstWord.Length > 1 && char.IsUpper(firstWord[0]) && firstWord.Skip(1).All(c => !char.IsUpper(c) && !char.IsDigit(c));
        return plainWord ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>"DeepSeek-V3's", "Qwen's"; a name ending in s takes only the apostrophe.</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>A data token as words: "training_cost" is "training cost", "vc_funding_total" "venture funding total".</summary>
    public static string Words(string token) =>
        string.Join(' ', token.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w == "vc" ? "venture" : w));
}
