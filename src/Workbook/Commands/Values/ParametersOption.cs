using System.CommandLine;
using System.CommandLine.Parsing;

namespace Workbook.Commands.Values;

/// <summary>Repeated <c>--param NAME=VALUE</c>, parsed by the option into a name-to-text map. The value's type is checked
/// later against the parameters cell of the notebooks that declare the name.</summary>
internal static class ParametersOption
{
    public static Option<IReadOnlyDictionary<string, string>> Create(string description) => new("--param")
    {
        Description = description,
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.OneOrMore,
        // `--param a=1 notebook.dib` leaves the notebook to the argument: one value per --param.
        AllowMultipleArgumentsPerToken = false,
        CustomParser = Parse,
        DefaultValueFactory = _ => new Dictionary<string, string>(StringComparer.Ordinal),
    };

    private static IReadOnlyDictionary<string, string>? Parse(ArgumentResult result)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var option = OptionText.Name(result);
        foreach (var token in result.Tokens)
        {
            var item = token.Value;
            int eq = item.IndexOf('=');
            var name = eq > 0 ? item[..eq].Trim() : "";
            if (name.Length == 0)
            {
                result.AddError($"{option} {item}: expected NAME=VALUE (e.g. {option} minYear=2023)");
                return null;
            }
            if (!parameters.TryAdd(name, item[(eq + 1)..]))
            {
                result.AddError($"{option} {name}: given twice");
                return null;
            }
        }
        return parameters;
    }
}
