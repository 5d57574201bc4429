using System.CommandLine.Parsing;

namespace Workbook.Commands.Values;

/// <summary>What a custom parser or validator needs to name in its error: the option (or argument) and the text the
/// user gave it, so every usage error reads <c>--option value: what is wrong; what is allowed</c>.</summary>
internal static class OptionText
{
    public static string Name(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;

    /// <summary>The last token given: an option that takes one value and is repeated keeps the last, as System.CommandLine
    /// does for its own parsers.</summary>
    public static string Value(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}
