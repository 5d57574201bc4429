namespace Workbook.Commands;

/// <summary>Parses repeated <c>--param NAME=VALUE</c> options.</summary>
internal static class ParameterList
{
    public static bool TryParse(IEnumerable<string> items, out Dictionary<string, string> parameters, out string? error)
    {
        parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        foreach (var item in items)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0)
            {
                error = $"--param {item}: expected NAME=VALUE";
                return false;
            }
            var name = item[..eq].Trim();
            if (!parameters.TryAdd(name, item[(eq + 1)..]))
            {
                error = $"--param {name} is given twice";
                return false;
            }
        }
        return true;
    }
}
