using System.Text;
using System.Text.Json;
using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Dib;

/// <summary>Reads and writes the JSON body of a <c>#!meta</c> cell.</summary>
internal static class KernelInfoJson
{
    /// <summary>Parses the meta JSON whose first line is line <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static KernelInfo Parse(string json, string path, int firstLine)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = firstLine + (int)(e.LineNumber ?? 0);
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new DibFormatException(path, line, column, $"#!meta cell is not valid JSON: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            DibFormatException Invalid(string reason) => new(path, firstLine, 1, $"#!meta cell: {reason}");

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Invalid("the JSON must be an object");
            if (!root.TryGetProperty("kernelInfo", out var info)) return KernelInfo.CSharpDefault;
            if (info.ValueKind != JsonValueKind.Object) throw Invalid("kernelInfo must be an object");

            var defaultKernel = "csharp";
            if (info.TryGetProperty("defaultKernelName", out var defaultElement))
            {
                defaultKernel = defaultElement.ValueKind == JsonValueKind.String
                    ? defaultElement.GetString()!
                    : throw Invalid("kernelInfo.defaultKernelName must be a string");
            }

            var items = new List<KernelInfoItem>();
            if (info.TryGetProperty("items", out var itemsElement))
            {
                if (itemsElement.ValueKind != JsonValueKind.Array) throw Invalid("kernelInfo.items must be an array");
                var index = 0;
                foreach (var item in itemsElement.EnumerateArray())
                {
                    items.Add(ParseItem(item, $"kernelInfo.items[{index}]", Invalid));
                    index++;
                }
            }

            return new KernelInfo(defaultKernel, items);
        }
    }

    /// <summary>Compact JSON with keys in the order VS Code writes them.</summary>
    public static string Serialize(KernelInfo kernelInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("kernelInfo");
            writer.WriteString("defaultKernelName", kernelInfo.DefaultKernelName);
            writer.WriteStartArray("items");
            foreach (var item in kernelInfo.Items)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("aliases");
                foreach (var alias in item.Aliases) writer.WriteStringValue(alias);
                writer.WriteEndArray();
                if (item.LanguageName is not null) writer.WriteString("languageName", item.LanguageName);
                writer.WriteString("name", item.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static KernelInfoItem ParseItem(JsonElement item, string where, Func<string, DibFormatException> invalid)
    {
        if (item.ValueKind != JsonValueKind.Object) throw invalid($"{where} must be an object");
        if (!item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            throw invalid($"{where}.name must be a string");

        var aliases = new List<string>();
        if (item.TryGetProperty("aliases", out var aliasesElement))
        {
            if (aliasesElement.ValueKind != JsonValueKind.Array) throw invalid($"{where}.aliases must be an array");
            foreach (var alias in aliasesElement.EnumerateArray())
            {
                aliases.Add(alias.ValueKind == JsonValueKind.String
                    ? alias.GetString()!
                    : throw invalid($"{where}.aliases must contain only strings"));
            }
        }

        string? languageName = null;
        if (item.TryGetProperty("languageName", out var languageElement))
        {
            languageName = languageElement.ValueKind == JsonValueKind.String
                ? languageElement.GetString()
                : throw invalid($"{where}.languageName must be a string");
        }

        return new KernelInfoItem(name.GetString()!, aliases, languageName);
    }

    // System.Text.Json appends its own path/line details, which the located exception already carries.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
