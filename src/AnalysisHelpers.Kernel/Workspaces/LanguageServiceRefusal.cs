using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;

namespace AnalysisHelpers.Kernel.Workspaces;

/// <summary>
/// For a kernel built without language services (<see cref="WorkbookKernelOptions.LanguageServices"/>): completion,
/// hover and signature-help requests fail with a message that says why, instead of the stock kernel's answer on a
/// workspace that lacks those services (a NullReferenceException for completions, an empty success for the others).
/// </summary>
internal static class LanguageServiceRefusal
{
    internal const string Message =
        "this kernel answers no completion, hover or signature-help request: its process was started without language services (workbook kernel stdio --no-language-services, as the runner starts its kernels)";

    public static CSharpKernel UseLanguageServiceRefusal(this CSharpKernel kernel)
    {
        kernel.AddMiddleware(async (command, context, next) =>
        {
            if (command is RequestCompletions or RequestHoverText or RequestSignatureHelp)
            {
                context.Fail(command, message: Message);
                return;
            }

            await next(command, context);
        }, "workbook-no-language-services");
        return kernel;
    }
}
