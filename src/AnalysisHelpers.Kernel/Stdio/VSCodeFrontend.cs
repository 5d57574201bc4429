using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace AnalysisHelpers.Kernel.Stdio;

/// <summary>
/// What <c>dotnet-interactive [vscode] stdio</c> adds for VS Code: proxies to the extension's own kernels, reached
/// back over the same connection: <c>vscode</c> (input prompts, editable code) and <c>javascript</c> (the notebook's
/// webview). Their kernel infos go out in KernelReady, so the extension routes those commands to itself.
/// </summary>
internal static class VSCodeFrontend
{
    public static async Task ConnectAsync(CompositeKernel root)
    {
        var frontend = await root.Host!.ConnectProxyKernelOnDefaultConnectorAsync("vscode", new Uri("kernel://vscode"), ["frontend"]);
        frontend.KernelSpecifierDirective.Hidden = true;
        foreach (var command in new[] { typeof(RequestInput), typeof(RequestInputs), typeof(SendEditableCode) })
        {
            frontend.KernelInfo.SupportedKernelCommands.Add(new KernelCommandInfo(command.Name));
            root.SetDefaultTargetKernelNameForCommand(command, "vscode");
        }

        var javascript = await root.Host.ConnectProxyKernelOnDefaultConnectorAsync("javascript", new Uri("kernel://webview/javascript"), ["js"]);
        foreach (var command in new[] { typeof(SubmitCode), typeof(RequestValue), typeof(RequestValueInfos), typeof(SendValue) })
        {
            javascript.KernelInfo.SupportedKernelCommands.Add(new KernelCommandInfo(command.Name));
        }

        javascript.UseValueSharing();
    }
}
