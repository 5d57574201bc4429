using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Workbook.Commands.Values;

/// <summary><c>--timeout SECONDS</c>: a positive, finite number of seconds, written with a dot whatever the culture.
/// Null when not given; the description states the default in seconds (System.CommandLine would show a default
/// TimeSpan as 00:05:00).</summary>
internal static class TimeoutOption
{
    public static Option<TimeSpan?> Create(string description, TimeSpan defaultValue) => new("--timeout")
    {
        Description = $"{description} (default: {defaultValue.TotalSeconds.ToString(CultureInfo.InvariantCulture)})",
        HelpName = "SECONDS",
        CustomParser = Parse,
    };

    private static TimeSpan? Parse(ArgumentResult result)
    {
        var text = OptionText.Value(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds)
            && seconds <= TimeSpan.MaxValue.TotalSeconds)
            return TimeSpan.FromSeconds(seconds);
        result.AddError($"{OptionText.Name(result)} {text}: expected a positive number of seconds (e.g. 300 or 2.5)");
        return null;
    }
}
