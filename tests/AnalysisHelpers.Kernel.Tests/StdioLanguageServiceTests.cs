using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>A kernel session with notebook 02's parameters and package cells run, shared by the tests of a class.</summary>
public sealed class AnalysisSession : IAsyncLifetime
{
    private StdIoKernelConnector? _connector;

    public ProxyKernel Kernel { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        (_connector, Kernel) = await WorkbookStdio.ConnectAsync(RepoPaths.Notebooks);
        var cells = NotebookCells.Code(Path.Combine(RepoPaths.Notebooks, "02-cost-comparison.dib"));
        foreach (var cell in cells.Take(2)) WorkbookStdio.AssertSucceeded(await Kernel.SubmitAsync(cell), "setup");
    }

    public ValueTask DisposeAsync()
    {
        Kernel?.Dispose();
        _connector?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>What the editor asks of <c>workbook kernel stdio</c> while an analyst types, over the protocol.</summary>
public sealed class StdioLanguageServiceTests(AnalysisSession session) : IClassFixture<AnalysisSession>
{
    private ProxyKernel Proxy => session.Kernel;

    [Fact]
    public async Task Kernel_ready_announces_the_csharp_kernel_and_kernel_info_answers()
    {
        var result = await Proxy.SendAsync(new RequestKernelInfo("csharp"), TestContext.Current.CancellationToken);

        var info = Assert.Single(result.Events.OfType<KernelInfoProduced>().Select(e => e.KernelInfo), i => !i.IsProxy);
        Assert.Equal("csharp", info.LocalName);
        Assert.Equal("C#", info.LanguageName);
        Assert.Contains(info.SupportedKernelCommands, c => c.Name == nameof(RequestCompletions));
    }

    [Fact]
    public async Task Completions_after_analysis_dot_list_the_members_of_WorkbookAnalysis()
    {
        var code = "analysis.";
        var result = await Proxy.SendAsync(new RequestCompletions(code, new LinePosition(0, code.Length), "csharp"), TestContext.Current.CancellationToken);

        var items = Assert.Single(result.Events.OfType<CompletionsProduced>()).Completions.Select(c => c.DisplayText).ToList();
        Assert.Contains("TrainingCost", items);
        Assert.Contains("Derived", items);
        Assert.Contains("Conflicts", items);
    }

    [Fact]
    public async Task Hover_on_a_library_method_gives_its_signature()
    {
        var code = "var again = WorkbookAnalysis.Load(dataDir);";
        var column = code.IndexOf("Load", StringComparison.Ordinal) + 1;
        var result = await Proxy.SendAsync(new RequestHoverText(code, new LinePosition(0, column), "csharp"), TestContext.Current.CancellationToken);

        var hover = Assert.Single(result.Events.OfType<HoverTextProduced>());
        var text = string.Join("\n", hover.Content.Select(c => c.Value));
        Assert.Contains("WorkbookAnalysis.Load(string", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_help_inside_a_call_names_the_parameters()
    {
        var code = "WorkbookAnalysis.Load(";
        var result = await Proxy.SendAsync(new RequestSignatureHelp(code, new LinePosition(0, code.Length), "csharp"), TestContext.Current.CancellationToken);

        var help = Assert.Single(result.Events.OfType<SignatureHelpProduced>());
        Assert.Contains(help.Signatures, s => s.Label.Contains("Load(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typo_gives_a_diagnostic_at_its_position()
    {
        var code = "var total = analysis.Derivd.Count;";
        var result = await Proxy.SendAsync(new RequestDiagnostics(code, "csharp"), TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("CS1061", diagnostic.Code);
        Assert.Equal(0, diagnostic.LinePositionSpan.Start.Line);
        Assert.Equal(code.IndexOf("Derivd", StringComparison.Ordinal), diagnostic.LinePositionSpan.Start.Character);
    }

    [Fact]
    public async Task Values_are_listed_and_read_as_the_variables_view_asks()
    {
        var infos = await Proxy.SendAsync(new RequestValueInfos("csharp"), TestContext.Current.CancellationToken);
        var value = await Proxy.SendAsync(new RequestValue("dataDir", "text/plain", "csharp"), TestContext.Current.CancellationToken);

        Assert.Contains(Assert.Single(infos.Events.OfType<ValueInfosProduced>()).ValueInfos, v => v.Name == "analysis");
        Assert.Equal("../data", Assert.Single(value.Events.OfType<ValueProduced>()).FormattedValue.Value);
    }
}

/// <summary>The stop button: Cancel over the protocol, in a session of its own (the cancelled loop keeps a thread).</summary>
public sealed class StdioCancelTests(AnalysisSession session) : IClassFixture<AnalysisSession>
{
    private ProxyKernel Proxy => session.Kernel;

    [Fact]
    public async Task Cancel_stops_an_endless_loop_and_the_kernel_keeps_working()
    {
        var limit = TimeSpan.FromSeconds(30);
        var loop = Proxy.SubmitAsync("while (true) { }");
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.False(loop.IsCompleted, "the loop runs until cancelled");

        var cancel = await Proxy.SendAsync(new Cancel(), TestContext.Current.CancellationToken).WaitAsync(limit, TestContext.Current.CancellationToken);
        var stopped = await loop.WaitAsync(limit, TestContext.Current.CancellationToken);
        var after = await Proxy.SubmitAsync("6 * 7").WaitAsync(limit, TestContext.Current.CancellationToken);

        Assert.IsType<CommandSucceeded>(cancel.Events[^1]);
        Assert.IsType<CommandFailed>(stopped.Events[^1]);
        WorkbookStdio.AssertSucceeded(after, "after cancel");
        Assert.Contains(after.Events.OfType<ReturnValueProduced>().SelectMany(r => r.FormattedValues), v => v.Value.Contains("42", StringComparison.Ordinal));
    }
}
