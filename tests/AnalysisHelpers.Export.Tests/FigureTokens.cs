using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests;

/// <summary>The numbers a reader can check in a text: amounts ("$5.58M", "¥380B"), percentages, multiples, plain
/// numbers and the ids of claims, references and derived figures ("C037", "R02", "D1").</summary>
internal static partial class FigureTokens
{
    public static IReadOnlyList<string> In(string text) => Token().Matches(text).Select(m => m.Value).Distinct().ToList();

    // A comma belongs to a number only between digits ("2,048"); "conflict 5, same word" ends the number at 5.
    [GeneratedRegex(@"(?<![\w.])(?:[A-Z]\d{1,3}|[$¥]?\d(?:\d|,(?=\d))*(?:\.\d+)?(?:[%×]|[KMBT](?![a-z]))?)(?!\w)")]
    private static partial Regex Token();
}
