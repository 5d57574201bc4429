namespace AnalysisHelpers.Notebooks.Tests;

/// <summary>Builds .dib text for tests.</summary>
internal static class NotebookText
{
    public const string Meta = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n\n";

    /// <summary>A notebook of C# cells, each written as "#!csharp", a blank line, then the code.</summary>
    public static string CSharp(params string[] cells) => Meta + string.Join("\n\n", cells.Select(cell => "#!csharp\n\n" + cell)) + "\n";

    /// <summary>1-based line of <paramref name="fragment"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"fragment '{fragment}' not in notebook text");
        return text[..index].Count(c => c == '\n') + 1;
    }

    /// <summary>1-based column of <paramref name="fragment"/> in its line.</summary>
    public static int ColumnOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        return index - (text.LastIndexOf('\n', index - 1) + 1) + 1;
    }
}
