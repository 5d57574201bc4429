using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Files;

/// <summary>
/// Ids that become file names and HTML ids: lower-case letters, digits and hyphens, starting with a letter or
/// digit. This keeps every output inside its folder (no separators, no "..") and every HTML id plain.
/// </summary>
public static partial class SafeId
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]*$";

    public static bool IsValid(string? id) => id is not null && id.Length <= 100 && IdRegex().IsMatch(id);

    /// <summary>Throws <see cref="ArgumentException"/> naming the id and the rule when it is not valid.</summary>
    public static void Require(string? id, string what)
    {
        if (!IsValid(id))
            throw new ArgumentException(
                $"{what} id \"{id}\" is not valid: use 1-100 characters matching {Pattern} (lower-case letters, digits, hyphens).");
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
