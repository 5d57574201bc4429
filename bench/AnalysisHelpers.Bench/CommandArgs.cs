using System.Globalization;

namespace AnalysisHelpers.Bench;

/// <summary>"--name value" options after a subcommand; anything else is a positional argument.</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CommandArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < list.Count) _options[list[i][2..]] = list[++i];
            else Positional.Add(list[i]);
        }
    }

    public List<string> Positional { get; } = [];

    public string? String(string name) => _options.GetValueOrDefault(name);

    public int? Int(string name) => _options.TryGetValue(name, out var s)
        ? int.Parse(s.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture)
        : null;
}
