using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Kernel.Jupyter.Handlers;

/// <summary>
/// A displayed value as Jupyter's mime bundle: every format the engine produced, JSON types (<c>application/json</c>,
/// <c>application/*+json</c> such as Plotly's figure) as JSON objects as the spec requires, and always a
/// <c>text/plain</c> fallback, which every front end can show and nbformat-based tools expect.
/// </summary>
internal static class MimeBundles
{
    public static JsonObject Data(DisplayEvent display)
    {
        var data = new JsonObject();
        foreach (var value in display.FormattedValues)
        {
            data[value.MimeType] = IsJson(value.MimeType) ? ParseOrText(value.Value) : value.Value;
        }

        if (!data.ContainsKey(PlainTextFormatter.MimeType))
        {
            data[PlainTextFormatter.MimeType] = display.Value is null ? "" : display.Value.ToDisplayString(PlainTextFormatter.MimeType);
        }

        return data;
    }

    public static JsonObject Data(IEnumerable<FormattedValue> values)
    {
        var data = new JsonObject();
        foreach (var value in values) data[value.MimeType] = value.Value;
        if (!data.ContainsKey(PlainTextFormatter.MimeType) && data.FirstOrDefault() is { Value: JsonValue first })
            data[PlainTextFormatter.MimeType] = first.GetValue<string>();
        return data;
    }

    public static bool IsJson(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
