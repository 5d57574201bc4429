using System.CommandLine;
using System.CommandLine.Invocation;
using Workbook.Commands;
using Workbook.Commands.Kernel;

namespace Workbook;

/// <summary>The <c>workbook</c> command line: its commands, and how a usage error is shown. A usage error (an unknown
/// option, a bad --formats value, a file that is not a notebook) is found by System.CommandLine's parsers and validators
/// before any command runs and is printed as one line per error naming the option or file, without the help text, exit
/// code 1 (the code of every other failure; the README says so).</summary>
internal static class WorkbookCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("workbook: claims about DeepSeek and China's AI industry as validated data, notebooks and charts.")
        {
            CheckCommand.Create(),
            ExportCommand.Create(),
            RunCommand.Create(),
            ConvertCommand.Create(),
            PairCommand.Create(),
            KernelCommand.Create(),
        };
        root.Directives.Add(KernelCommand.VSCodeDirective);
        return root;
    }

    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        var parsed = Create().Parse(args);
        // The help text would bury the one line that says what is wrong; `--help` still shows it.
        if (parsed.Action is ParseErrorAction error) error.ShowHelp = false;
        return parsed;
    }
}
