using System.CommandLine;

namespace Workbook.Commands.Kernel;

/// <summary><c>workbook kernel ...</c>: the workbook kernel's doors. Each subcommand lives in its own file and is
/// listed here.</summary>
internal static class KernelCommand
{
    private static readonly Func<Command>[] Subcommands =
    [
        KernelStdioCommand.Create,
        KernelJupyterCommand.Create,
        KernelInstallCommand.Create,
        KernelUninstallCommand.Create,
    ];

    public static Command Create()
    {
        var command = new Command("kernel", "Serve the workbook kernel (the .NET Interactive C# kernel with the workbook's packages) to notebook front ends.");
        foreach (var create in Subcommands) command.Subcommands.Add(create());
        return command;
    }

    /// <summary>The directive VS Code's Polyglot extension puts first (<c>[vscode] stdio ...</c>); declared on the root
    /// command, where System.CommandLine looks for directives.</summary>
    public static Directive VSCodeDirective { get; } = new("vscode");
}
