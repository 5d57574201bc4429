using System.Diagnostics.CodeAnalysis;

namespace AnalysisHelpers.Notebooks;

/// <summary>Members every notebook cell can use directly, as in a Polyglot Notebooks C# kernel.</summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals()
    {
    }

    /// <summary>
    /// Shows <paramref name="value"/> as an output of the running cell. With <paramref name="mimeTypes"/>, only
    /// those representations (and <c>text/plain</c>) are kept, e.g. <c>display(table, "text/html")</c>.
    /// </summary>
    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Notebooks call display(...), as in .NET Interactive.")]
    public void display(object? value, params string[] mimeTypes)
    {
        var collector = OutputRouting.Current
            ?? throw new InvalidOperationException("display(...) was called outside a running notebook cell");
        collector.Add(new DisplayDataOutput(collector.MimeBundles.Create(value, mimeTypes)));
    }
}
