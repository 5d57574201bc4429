using System.Text.Json;

namespace AnalysisHelpers.Web;

/// <summary>Checks that text is a Plotly figure before it is embedded or sent to a browser.</summary>
public static class FigureJson
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="figureJson"/> is a JSON object whose "data"
    /// member (if present) is an array and whose "layout" and "config" members (if present) are objects.
    /// </summary>
    public static void Validate(string figureJson, string paramName = "figureJson")
    {
        ArgumentNullException.ThrowIfNull(figureJson, paramName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(figureJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Figure JSON is not valid JSON: {e.Message}", paramName, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ArgumentException($"Figure JSON must be an object like {{\"data\":[...],\"layout\":{{...}}}}, not {root.ValueKind}.", paramName);
            RequireKind(root, "data", JsonValueKind.Array, paramName);
            RequireKind(root, "layout", JsonValueKind.Object, paramName);
            RequireKind(root, "config", JsonValueKind.Object, paramName);
        }
    }

    /// <summary>Validates the figure and returns it ready for a script element (see <see cref="ScriptJson.Embed"/>).</summary>
    public static string ToScriptSafe(string figureJson, string paramName = "figureJson")
    {
        Validate(figureJson, paramName);
        return ScriptJson.Embed(figureJson);
    }

    private static void RequireKind(JsonElement root, string name, JsonValueKind kind, string paramName)
    {
        if (root.TryGetProperty(name, out var member) && member.ValueKind != kind)
            throw new ArgumentException($"Figure JSON member \"{name}\" must be {kind}, not {member.ValueKind}.", paramName);
    }
}
