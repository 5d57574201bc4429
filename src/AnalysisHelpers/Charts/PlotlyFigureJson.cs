using DynamicObj;
using Newtonsoft.Json;
using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>A Plotly.NET chart's figure JSON: the same text as <c>GenericChart.toFigureJson</c>, made faster.</summary>
/// <remarks>
/// Written here because of how Newtonsoft.Json reads Plotly.NET's objects (traces, layouts, axes: each a
/// <see cref="DynamicObj.DynamicObj"/>, which is a <see cref="System.Dynamic.DynamicObject"/>): through the DLR, one call
/// site per member name, each compiled to a dynamic method the first time it is used. That first use cost about 0.35 s
/// of CPU in every process that draws charts (the runner's export, and the kernel process again for the notebooks'
/// charts; bench/README.md). The converter below reads the same members, in the same order, through DynamicObj's own
/// <c>GetProperties(true)</c>, the list its <c>GetDynamicMemberNames</c> gives Newtonsoft, and hands every value back
/// to the same serializer with Plotly.NET's own settings, so the text is the same to the byte
/// (<c>PlotlyFigureJsonTests</c> compare it with <c>toFigureJson</c> for every chart of the workbook).
/// </remarks>
public static class PlotlyFigureJson
{
    private static readonly JsonSerializerSettings Settings = new(Globals.JSON_CONFIG)
    {
        Converters = [.. Globals.JSON_CONFIG.Converters, new DynamicObjConverter()],
        // Newtonsoft looks for reference loops by comparing each value with every object above it, with Equals by
        // default; DynamicObj's Equals hashes both objects' whole trees, so that check cost more than writing the
        // figure (about 0.2 s of CPU for the workbook's eight charts, bench/README.md). A loop is a reference loop:
        // reference equality finds the same ones.
        EqualityComparer = ReferenceEqualityComparer.Instance,
    };

    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonConvert.SerializeObject(GenericChart.toFigure(chart), Settings);
    }

    /// <summary>Writes a DynamicObj as Newtonsoft's dynamic contract does: every member by name, nulls included.</summary>
    private sealed class DynamicObjConverter : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            var dynamic = (DynamicObj.DynamicObj)value!;
            writer.WriteStartObject();
            foreach (var member in dynamic.GetProperties(true))
            {
                writer.WritePropertyName(member.Key);
                serializer.Serialize(writer, member.Value);
            }

            writer.WriteEndObject();
        }

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("figure JSON is only written");
    }
}
