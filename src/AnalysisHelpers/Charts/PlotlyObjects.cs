using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>Builds Plotly objects property by property. Properties serialise in the order they are set, which keeps
/// figure JSON byte-identical between runs.</summary>
internal static class PlotlyObjects
{
    public static Trace2D Trace(string type) => new(type);

    public static T With<T>(this T target, string key, object value) where T : global::DynamicObj.DynamicObj
    {
        target.SetProperty(key, value);
        return target;
    }

    /// <summary>A nested JSON object (marker, line, axis, annotation).</summary>
    public static Dictionary<string, object> Object(params (string Key, object Value)[] properties)
    {
        var result = new Dictionary<string, object>(properties.Length, StringComparer.Ordinal);
        foreach (var (key, value) in properties) result[key] = value;
        return result;
    }
}
