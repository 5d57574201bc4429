using System.CommandLine;
using System.CommandLine.Parsing;
using AnalysisHelpers.Export.Charts;

namespace Workbook.Commands.Values;

/// <summary><c>--formats html,svg,png,pdf</c>, parsed by the option itself so that a bad value is a parse error naming
/// the option and the allowed values. Figure JSON is always written beside the charts, so <c>json</c> is accepted and
/// adds nothing. The value is null when the option is not given: every format, and a missing browser is then no
/// error.</summary>
internal static class FormatsOption
{
    public static readonly IReadOnlyList<string> Allowed = ["html", "svg", "png", "pdf"];

    public static Option<ChartFormats?> Create(string description)
    {
        var option = new Option<ChartFormats?>("--formats")
        {
            Description = description,
            HelpName = string.Join(',', Allowed),
            CustomParser = Parse,
        };
        option.CompletionSources.Add([.. Allowed]);
        return option;
    }

    private static ChartFormats? Parse(ArgumentResult result)
    {
        var text = OptionText.Value(result);
        var formats = ChartFormats.Json;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            result.AddError($"{OptionText.Name(result)} \"{text}\": no format given; allowed: {string.Join(", ", Allowed)}");
            return null;
        }
        foreach (var part in parts)
        {
            switch (part.ToLowerInvariant())
            {
                case "html": formats |= ChartFormats.Html; break;
                case "svg": formats |= ChartFormats.Svg; break;
                case "png": formats |= ChartFormats.Png; break;
                case "pdf": formats |= ChartFormats.Pdf; break;
                case "json": break;
                default:
                    result.AddError($"{OptionText.Name(result)} {text}: unknown format \"{part}\"; allowed: {string.Join(", ", Allowed)}");
                    return null;
            }
        }
        return formats;
    }
}
