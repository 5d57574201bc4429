using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>Plotly.NET values the charts use again and again.</summary>
internal static class PlotlyOptions
{
    /// <summary>A CSS colour as given (#4D6BFE, rgba(0,0,0,0)); Plotly.NET's hex parser would rewrite it.</summary>
    public static Color Colour(string css) => Color.fromString(css);

    /// <summary>A font of the given size and, if given, colour; the family is the layout's.</summary>
    public static Font FontOf(double size, string? colour = null) =>
        PlotlyInit.Init<Font>(("Size", size), ("Color", colour is null ? null : Colour(colour)));

    /// <summary>The id of the n-th x or y axis (1 is "x"/"y", 2 is "x2"/"y2").</summary>
    public static StyleParam.LinearAxisId XAxisId(int n) => StyleParam.LinearAxisId.NewX(n);
    public static StyleParam.LinearAxisId YAxisId(int n) => StyleParam.LinearAxisId.NewY(n);
}
