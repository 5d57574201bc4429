using System.CommandLine;
using System.CommandLine.Parsing;

namespace Workbook.Commands.Values;

/// <summary>The notebook arguments of <c>run</c>, <c>pair</c> and <c>convert</c>. System.CommandLine hands a token that
/// names no option of the command to the command's argument, so without a check <c>workbook run --bogus</c> would look
/// for a notebook called "--bogus". A token that starts with '-' and is no existing file is an unknown option; a file
/// whose name starts with '-' is still reachable as <c>./-name.dib</c> or after <c>--</c>.</summary>
internal static class NotebookArguments
{
    public static Argument<FileInfo[]> Many(string description)
    {
        var argument = new Argument<FileInfo[]>("NOTEBOOK") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(RejectUnknownOptions);
        return argument;
    }

    /// <summary>One required notebook; <paramref name="refusal"/> says why a path is not one the command takes (README.md,
    /// a folder), or null, and its answer is a parse error naming the file.</summary>
    public static Argument<FileInfo> One(string description, Func<string, string?> refusal)
    {
        var argument = new Argument<FileInfo>("NOTEBOOK") { Description = description };
        argument.Validators.Add(RejectUnknownOptions);
        argument.Validators.Add(result =>
        {
            if (result.Errors.Any() || result.Tokens.Count == 0) return;
            var path = Path.GetFullPath(result.Tokens[0].Value);
            if (refusal(path) is { } message)
                result.AddError($"{path}: {message}");
        });
        return argument;
    }

    private static void RejectUnknownOptions(ArgumentResult result)
    {
        var command = result.Parent is CommandResult parent ? parent.Command : null;
        foreach (var token in result.Tokens)
        {
            if (!token.Value.StartsWith('-') || token.Value == "-" || File.Exists(token.Value)) continue;
            var name = command is null ? "" : $" of workbook {command.Name}";
            result.AddError($"{token.Value}: unknown option{name} (see workbook {command?.Name} --help)");
        }
    }
}
