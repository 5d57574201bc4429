using System.Text.RegularExpressions;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Bench;

/// <summary>Loads a generated folder with K planted invalid rows and checks the loader reports exactly K errors, one
/// per planted row. A different count is a loader bug (a problem missed or reported twice), printed with the groups
/// of messages so it can be traced.</summary>
internal static partial class ErrorsCommand
{
    public static int Run(int rows, int invalid)
    {
        var dir = BenchData.Ensure(rows, invalid);
        Console.WriteLine($"folder: {dir}");
        Console.Write(File.ReadAllText(Path.Combine(dir, ClaimsGenerator.MarkerFile)));

        IReadOnlyList<DataValidationError> errors;
        try
        {
            ClaimsDataset.Load(dir);
            errors = [];
        }
        catch (DataValidationException ex)
        {
            errors = ex.Errors;
        }

        // The list is capped; its last entry then says how many were left out.
        int reported = 0;
        foreach (var e in errors)
            reported += OmittedRegex().Match(e.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;

        Console.WriteLine("errors by field and message:");
        foreach (var g in errors.GroupBy(e => $"{e.Field ?? "-"}: {Shape(e.Message)}").OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {g.Count(),6}  {g.Key}");
        bool ok = reported == invalid;
        Console.WriteLine($"planted invalid rows: {invalid}; errors reported: {reported} -> {(ok ? "OK" : "MISMATCH")}");
        if (!ok)
        {
            var lines = errors.Select(e => e.Line).Distinct().Count();
            Console.WriteLine($"distinct lines with errors: {lines}");
        }
        return ok ? 0 : 1;
    }

    /// <summary>The message with its numbers and quoted values blanked, so errors of one kind group together.</summary>
    private static string Shape(string message) => DigitsRegex().Replace(QuotedRegex().Replace(message, "\"…\""), "#");

    [GeneratedRegex(@"^(\d+) further problems? not listed")]
    private static partial Regex OmittedRegex();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedRegex();
}
