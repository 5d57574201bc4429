using System.CommandLine;
using AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

namespace Workbook.Commands.Kernel;

/// <summary>The options <c>kernel install</c> and <c>kernel uninstall</c> share: where the kernelspec goes and its name.</summary>
internal sealed class KernelSpecLocation
{
    public Option<bool> User { get; } = new("--user") { Description = "The user's Jupyter data folder (the default)" };

    public Option<DirectoryInfo> Prefix { get; } = new("--prefix") { Description = "PREFIX/share/jupyter/kernels, e.g. a virtual environment's or a test's", HelpName = "DIR" };

    public Option<string> Name { get; } = new("--name") { Description = $"The kernel's name (default {KernelSpec.DefaultName}, which the paired notebooks name)", DefaultValueFactory = _ => KernelSpec.DefaultName, HelpName = "NAME" };

    public void AddTo(Command command)
    {
        command.Options.Add(User);
        command.Options.Add(Prefix);
        command.Options.Add(Name);
    }

    /// <summary>The kernels folder, or the problem with the options.</summary>
    public (string? Kernels, string? Problem) Resolve(ParseResult parse)
    {
        var prefix = parse.GetValue(Prefix);
        if (prefix is not null && parse.GetValue(User)) return (null, "--user and --prefix name two places; give one");
        var name = parse.GetValue(Name)!;
        if (!KernelSpec.IsValidName(name)) return (null, $"--name {name}: only ASCII letters, digits, '.', '_' and '-' are allowed");
        var data = prefix is null ? JupyterDataDirectories.User() : JupyterDataDirectories.Prefix(prefix.FullName);
        return (JupyterDataDirectories.KernelsIn(data), null);
    }
}
