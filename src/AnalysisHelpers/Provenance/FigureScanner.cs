using System.Text.RegularExpressions;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Provenance;

/// <summary>Finds the figure-like spans of a line of article text: money, percentages, counts, years, ranks,
/// durations and multiples, each as the longest span around a number that the quantity parser reads (so hedges and
/// scale words travel with the number: "more than 90%", "$100 million+", "billions of yuan"). The parser decides
/// what is a figure; the scanner only proposes where one may stand, and skips what is not a figure by construction:
/// <list type="bullet">
/// <item>digits glued to letters, which name things (GPT-4, R1, H800, 5G, 01.AI, Qwen2.5), except a year after mid-,
/// early- or late- ("mid-2024");</item>
/// <item>the number of a numbered list ("1. Key Highlights");</item>
/// <item>"one" not followed by a scale or a unit, which is almost always a pronoun ("no one wants");</item>
/// <item>words the grammar does not read as figures ("a few", "several", "most", "half").</item>
/// </list>
/// Magnitude compounds ("billion-dollar", "Trillion-Dollar") are money the grammar cannot give numbers to; they are
/// still figure-like and listed.</summary>
public static partial class FigureScanner
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "tens", "hundreds", "thousands", "millions", "billions", "trillions",
    };

    private static readonly HashSet<string> Scales = new(StringComparer.Ordinal) { "thousand", "million", "billion", "trillion", "bn", "mn", "tn" };
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "%", "percent", "dollars", "yuan", "renminbi", "rmb", "usd", "year", "years", "decade", "decades", "month", "months",
        "week", "weeks", "day", "days", "times", "fold", "x",
    };
    private static readonly HashSet<string> DurationWords = new(StringComparer.Ordinal) { "month", "months", "week", "weeks", "day", "days" };
    private static readonly string[] HedgesOneWord = ["approximately", "about", "around", "roughly", "nearly", "almost", "estimated", "over", "above", "under", "below", "only", "just"];
    private static readonly string[] HedgesTwoWords = ["more than", "less than", "at least", "at most", "up to", "close to", "upwards of", "fewer than", "an estimated"];

    /// <summary>The figure-like spans of one line, left to right.</summary>
    public static IReadOnlyList<FigureSpan> Scan(string sourceId, string file, int lineNumber, string line)
    {
        var tokens = Tokenize(line);
        var spans = new List<FigureSpan>();
        int consumedTo = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start < consumedTo) continue;
            if (!IsCore(tokens, i, out int coreStart)) continue;
            var found = Longest(line, tokens, i, coreStart);
            if (found is null) continue;
            var (start, end, kind) = found.Value;
            spans.Add(new FigureSpan(sourceId, file, lineNumber, start + 1, line[start..end], kind, coreStart + 1, t.End - coreStart));
            consumedTo = end;
        }
        return spans;
    }

    /// <summary>The longest span around the core token that the parser reads: hedge words to the left, scale and unit
    /// words to the right, shrinking from either side until it parses.</summary>
    private static (int Start, int End, FigureKind Kind)? Longest(string line, List<Token> tokens, int core, int coreStart)
    {
        int left = core;
        foreach (var phrase in HedgesTwoWords)
            if (core >= 2 && Joinable(tokens, core - 2, core) && $"{tokens[core - 2].Lower} {tokens[core - 1].Lower}" == phrase) { left = core - 2; break; }
        if (left == core && core >= 1 && Joinable(tokens, core - 1, core) && HedgesOneWord.Contains(tokens[core - 1].Lower)) left = core - 1;

        int right = core;
        while (right + 1 < tokens.Count && !tokens[right].EndsClause)
        {
            var next = tokens[right + 1].Lower.TrimEnd('+');
            if (Scales.Contains(next) || Units.Contains(next)) { right++; continue; }
            if (next == "per" && right + 2 < tokens.Count && tokens[right + 2].Lower == "cent") { right += 2; continue; }
            if (next == "of" && right + 2 < tokens.Count && tokens[right + 2].Lower.TrimEnd('+') is "millions" or "billions" or "thousands" or "trillions" or "yuan" or "dollars" or "renminbi")
            { right += 2; continue; }
            break;
        }

        for (int end = right; end >= core; end--)
        {
            foreach (int start in left < core ? new[] { left, core } : new[] { core })
            {
                int from = start == core ? coreStart : tokens[start].Start;
                string text = line[from..tokens[end].End];
                if (Classify(text) is { } kind) return (from, tokens[end].End, kind);
            }
        }
        var coreToken = tokens[core];
        if (MagnitudeCompound().IsMatch(coreToken.Text)) return (coreToken.Start, coreToken.End, FigureKind.Money);
        return null;
    }

    /// <summary>The kind of figure the parser reads in the text, or null when it reads none.</summary>
    private static FigureKind? Classify(string text)
    {
        var normalised = DurationHyphen().Replace(text, "$1 $2");
        if (!QuantityParser.TryParse(normalised, out var q, out _) || q is null) return null;
        var last = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        return q.Unit switch
        {
            Unit.USD or Unit.CNY => FigureKind.Money,
            Unit.Fraction => FigureKind.Percent,
            Unit.Year => FigureKind.Year,
            Unit.Years => FigureKind.Duration,
            Unit.Rank => FigureKind.Rank,
            Unit.Multiple => FigureKind.Multiple,
            _ => DurationWords.Contains(last) ? FigureKind.Duration : FigureKind.Count,
        };
    }

    private static bool IsCore(List<Token> tokens, int i, out int coreStart)
    {
        var t = tokens[i];
        coreStart = t.Start;
        var lower = t.Lower;
        if (t.Text.Any(char.IsAsciiDigit))
        {
            if (i == 0 && ListMarker().IsMatch(t.Raw)) return false;
            if (PrefixedYear().Match(t.Text) is { Success: true } year)
            {
                coreStart = t.Start + year.Groups["year"].Index;
                return true;
            }
            return NumberToken().IsMatch(t.Text) || DurationHyphen().IsMatch(t.Text);
        }
        if (MagnitudeCompound().IsMatch(t.Text)) return true;
        if (NumberWords.Contains(lower)) return true;
        if (lower == "one" && i + 1 < tokens.Count && !t.EndsClause && (Scales.Contains(tokens[i + 1].Lower) || Units.Contains(tokens[i + 1].Lower))) return true;
        // "a decade", "a million": "a" stands for one before a unit of measure.
        return lower is "a" or "an" && i + 1 < tokens.Count && !t.EndsClause && tokens[i + 1].Lower is "decade" or "dozen" or "hundred" or "thousand" or "million" or "billion" or "trillion";
    }

    private static bool Joinable(List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++) if (tokens[k].EndsClause || tokens[k].Raw != tokens[k].Text) return false;
        return true;
    }

    private sealed record Token(string Raw, string Text, int Start, int End, bool EndsClause)
    {
        public string Lower { get; } = Text.ToLowerInvariant();
    }

    /// <summary>Words split on white space, with quotes, brackets and trailing punctuation stripped; "%" and "+"
    /// stay with their number.</summary>
    private static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(line))
        {
            int start = m.Index, end = m.Index + m.Length;
            while (start < end && "“\"'‘(['".Contains(line[start])) start++;
            bool endsClause = false;
            while (end > start && ".,;:!?”\"'’)]…".Contains(line[end - 1]))
            {
                endsClause |= line[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']';
                end--;
            }
            // A possessive ("R1's") belongs to the name.
            if (end - start > 2 && line[end - 2] is '\'' or '’' && line[end - 1] == 's') end -= 2;
            if (end > start) tokens.Add(new Token(m.Value, line[start..end], start, end, endsClause));
        }
        return tokens;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:mid|early|late)-(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixedYear();

    /// <summary>A number with an optional currency before it and a percent sign, scale suffix or plus after it.</summary>
    [GeneratedRegex(@"^(?:US\$|\$|¥|RMB)?\d[\d,]*(?:\.\d+)?(?:%|[kmbt]n?|bn|mn|tn)?\+?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^(\d+)-(months?|years?|weeks?|days?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationHyphen();

    [GeneratedRegex(@"^(?:thousand|million|billion|trillion|multi-?billion|multi-?million)-(?:dollar|yuan)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex MagnitudeCompound();
}
