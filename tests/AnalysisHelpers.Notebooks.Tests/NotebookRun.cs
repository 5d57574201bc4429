using System.Net;
using System.Text.RegularExpressions;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>Writes a notebook to a temporary folder and runs it on the workbook kernel (<c>workbook kernel stdio</c>,
/// in its own process). One runner serves every test, as <c>workbook run</c> serves several notebooks: each notebook
/// gets a fresh kernel in a warm process.</summary>
internal static partial class NotebookRun
{
    public static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(60) };

    /// <summary>Shared by every test; notebooks run one at a time on it.</summary>
    public static NotebookRunner Runner { get; } = new();

    private static readonly TempFolder Folder = new();
    private static int Counter;

    public static Task<NotebookRunResult> TextAsync(string dibText, NotebookRunOptions? options = null)
    {
        var path = Folder.Write($"test-{Interlocked.Increment(ref Counter)}/test.dib", dibText);
        return Runner.RunFileAsync(path, options ?? Options, TestContext.Current.CancellationToken);
    }

    public static Task<NotebookRunResult> CSharpAsync(params string[] cells) => TextAsync(NotebookText.CSharp(cells));

    /// <summary>The text an output shows: its text/plain, or for a value the kernel formats only as HTML (numbers, as
    /// the stock kernel does), the text inside its plain-text element.</summary>
    public static string PlainText(CellOutput output) => output switch
    {
        DisplayDataOutput display => Text(display.Data),
        ExecuteResultOutput result => Text(result.Data),
        StreamOutput stream => stream.Text,
        ErrorOutput error => error.EValue,
        _ => throw new ArgumentException(output.GetType().Name),
    };

    private static string Text(IReadOnlyDictionary<string, string> data)
    {
        if (data.TryGetValue("text/plain", out var text)) return text;
        var html = data["text/html"];
        var match = PlainTextElement().Match(html);
        Assert.True(match.Success, $"no plain text in {html[..Math.Min(200, html.Length)]}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex(@"<div class=""dni-plaintext""><pre>(.*?)</pre></div>", RegexOptions.Singleline)]
    private static partial Regex PlainTextElement();
}
