namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>Writes a notebook to a temporary folder and runs it.</summary>
internal static class NotebookRun
{
    public static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(60) };

    public static async Task<NotebookRunResult> TextAsync(string dibText, NotebookRunOptions? options = null, NotebookRunner? runner = null)
    {
        using var folder = new TempFolder();
        var path = folder.WriteFile("test.dib", dibText);
        return await (runner ?? new NotebookRunner()).RunFileAsync(path, options ?? Options, TestContext.Current.CancellationToken);
    }

    public static Task<NotebookRunResult> CSharpAsync(params string[] cells) => TextAsync(NotebookText.CSharp(cells));

    public static string PlainText(CellOutput output) => output switch
    {
        DisplayDataOutput display => display.Data["text/plain"],
        ExecuteResultOutput result => result.Data["text/plain"],
        StreamOutput stream => stream.Text,
        ErrorOutput error => error.EValue,
        _ => throw new ArgumentException(output.GetType().Name),
    };
}
