using AnalysisHelpers.Kernel.Workspaces;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>
/// <c>workbook kernel stdio --no-language-services</c>, as the runner starts its kernel processes: cells and
/// diagnostics as in any kernel, completion, hover and signature help refused with a reason, and the Roslyn Features
/// layer (what those requests need, and what made the process's start slow) never loaded. Driven by StdIoKernelConnector.
/// </summary>
public sealed class StdioNoLanguageServicesTests
{
    private const string FeaturesAssembly = "Microsoft.CodeAnalysis.Features";
    private const string FeaturesLoaded = $"System.AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == \"{FeaturesAssembly}\").ToString()";

    [Fact]
    public void The_pinned_Roslyn_has_the_default_host_field_that_installing_needs()
    {
        Assert.True(CompilerOnlyWorkspaceHost.Supported,
            "MefHostServices.DefaultHost has no settable backing field: runner kernels compose the full workspace host again");
    }

    [Fact]
    public async Task Cells_run_and_diagnostics_are_reported_while_editor_requests_are_refused_with_the_reason()
    {
        await using var session = await Session.StartAsync("--no-language-services");

        WorkbookStdio.AssertSucceeded(await session.Kernel.SubmitAsync("var numbers = new List<int> { 40, 2 };"), "a cell");
        Assert.Equal("42", WorkbookStdio.PlainText(await session.Kernel.SubmitAsync("numbers.Sum().ToString()")));

        var code = "numbers.Ad(1);";
        var diagnostics = await session.Kernel.SendAsync(new RequestDiagnostics(code, "csharp"), TestContext.Current.CancellationToken);
        var error = Assert.Single(diagnostics.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics));
        Assert.Equal("CS1061", error.Code);
        Assert.Equal(code.IndexOf("Ad", StringComparison.Ordinal), error.LinePositionSpan.Start.Character);

        KernelCommand[] editorRequests =
        [
            new RequestCompletions("numbers.", new LinePosition(0, 8), "csharp"),
            new RequestHoverText("numbers.Add(1);", new LinePosition(0, 9), "csharp"),
            new RequestSignatureHelp("numbers.Add(", new LinePosition(0, 12), "csharp"),
        ];
        foreach (var request in editorRequests)
        {
            var result = await session.Kernel.SendAsync(request, TestContext.Current.CancellationToken);
            var failed = Assert.IsType<CommandFailed>(result.Events[^1]);
            Assert.Contains("--no-language-services", failed.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_Roslyn_features_layer_is_loaded_only_by_a_kernel_with_language_services()
    {
        await using var runnerLike = await Session.StartAsync("--no-language-services");
        await using var editorLike = await Session.StartAsync();

        Assert.Equal("False", WorkbookStdio.PlainText(await runnerLike.Kernel.SubmitAsync(FeaturesLoaded)));
        Assert.Equal("True", WorkbookStdio.PlainText(await editorLike.Kernel.SubmitAsync(FeaturesLoaded)));
    }

    private sealed class Session : IAsyncDisposable
    {
        private readonly TempFolder _folder;
        private readonly StdIoKernelConnector _connector;

        private Session(TempFolder folder, StdIoKernelConnector connector, ProxyKernel kernel)
        {
            _folder = folder;
            _connector = connector;
            Kernel = kernel;
        }

        public ProxyKernel Kernel { get; }

        public static async Task<Session> StartAsync(params string[] options)
        {
            var folder = new TempFolder();
            var (connector, kernel) = await WorkbookStdio.ConnectAsync(folder.Path, WorkbookStdio.Command(["--working-dir", folder.Path, .. options]));
            return new Session(folder, connector, kernel);
        }

        public ValueTask DisposeAsync()
        {
            Kernel.Dispose();
            _connector.Dispose();
            _folder.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
