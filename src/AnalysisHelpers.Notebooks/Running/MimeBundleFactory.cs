using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Turns a value into a mime bundle (mime type to content). Host-registered providers are tried first; otherwise
/// the .NET Interactive formatters give <c>text/plain</c> and, for types whose preferred mime type is HTML,
/// <c>text/html</c>. <c>text/plain</c> is always present. Formatter output uses <c>\n</c> line breaks on every platform.
/// </summary>
internal sealed class MimeBundleFactory(IReadOnlyList<Func<object, IReadOnlyDictionary<string, string>?>> providers)
{
    private const string PlainText = "text/plain";
    private const string Html = "text/html";
    private const string Json = "application/json";

    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">When not empty, the mime types wanted (plus <c>text/plain</c>).</param>
    /// <exception cref="ArgumentException">A requested mime type that nothing can produce for the value.</exception>
    public IReadOnlyDictionary<string, string> Create(object? value, IReadOnlyList<string> mimeTypes)
    {
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is not null)
        {
            foreach (var provider in providers)
            {
                if (provider(value) is not { } provided) continue;
                foreach (var (mime, content) in provided) bundle[mime] = content;
                break;
            }
        }

        if (bundle.Count == 0 && value is not null && !IsScalar(value.GetType())
            && Formatter.GetPreferredMimeTypesFor(value.GetType()).Contains(Html))
        {
            bundle[Html] = Format(value, Html);
        }

        if (!bundle.ContainsKey(PlainText)) bundle[PlainText] = Format(value, PlainText);
        if (mimeTypes.Count == 0) return bundle;

        var selected = new Dictionary<string, string>(StringComparer.Ordinal) { [PlainText] = bundle[PlainText] };
        foreach (var mime in mimeTypes)
        {
            if (bundle.TryGetValue(mime, out var content)) selected[mime] = content;
            else if (mime is Html or Json) selected[mime] = Format(value, mime);
            else
            {
                var type = value?.GetType().FullName ?? "null";
                var available = bundle.Keys.Union([Html, Json]).Order(StringComparer.Ordinal);
                throw new ArgumentException($"display: nothing produces {mime} for a value of type {type} (available: {string.Join(", ", available)})");
            }
        }

        return selected;
    }

    private static string Format(object? value, string mime) => value.ToDisplayString(mime).ReplaceLineEndings("\n");

    // The HTML formatter shows a number or a date as its plain text inside a <pre> plus a page of CSS: for these,
    // plain text says the same in a fraction of the size.
    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid);
}
