using System.CommandLine;
using System.CommandLine.Parsing;

namespace Workbook.Commands.Values;

/// <summary>An option that takes one of a few words. System.CommandLine's <c>AcceptOnlyFromAmong</c> says "Argument 'x'
/// not recognized" on two lines without naming the option; this parser gives the same completions and help but one line
/// that names it (<c>--to docx: unknown value; allowed: ipynb</c>), and accepts any letter case.</summary>
internal static class ChoiceOption
{
    public static Option<string> Create(string name, string description, params string[] allowed)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', allowed),
            DefaultValueFactory = _ => allowed[0],
            CustomParser = result =>
            {
                var text = OptionText.Value(result);
                var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
                if (match is null) result.AddError($"{OptionText.Name(result)} {text}: unknown value; allowed: {string.Join(", ", allowed)}");
                return match ?? "";
            },
        };
        option.CompletionSources.Add(allowed);
        return option;
    }
}
