namespace AnalysisHelpers.Export.Files;

/// <summary>An output could not be written (full disk, read-only folder, a folder where a file should be). Its message
/// is one line naming the file, ready to print: <c>path: cannot write: reason</c>.</summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException(string path, Exception inner)
        : base($"{path}: cannot write: {IoReason.Of(inner)}", inner) => FilePath = path;

    public string FilePath { get; }

    /// <summary>The write failure behind <paramref name="e"/>, which a caller may have wrapped (a chart's export
    /// names its chart), or null.</summary>
    public static OutputWriteException? Within(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is OutputWriteException w) return w;
        return null;
    }
}

/// <summary>The system's reason for an I/O failure without the runtime's wording around it, which names hidden
/// temporary files the user never asked for.</summary>
public static class IoReason
{
    public static string Of(Exception e) => e switch
    {
        OutputWriteException w => w.Message,
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        PathTooLongException => "the path is too long",
        _ => Trim(e.Message),
    };

    // "No space left on device : '/out/.report.html.0123.tmp'" -> "No space left on device"
    private static string Trim(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = at > 0 ? message[..at] : message;
        return text.TrimEnd('.', ' ');
    }
}
