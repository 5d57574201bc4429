namespace AnalysisHelpers.Export.Tests;

/// <summary>Small hand-written Plotly figures used across the tests.</summary>
internal static class TestFigures
{
    /// <summary>A chart spec around hand-written figure JSON, as the exporters receive it from the library. The
    /// Plotly.NET chart object is a placeholder: exporters read only the JSON.</summary>
    public static ChartSpec Spec(string id, string title, string caption, string figureJson, int width, int height) =>
        new(id, title, caption, Plotly.NET.GenericChart.ofTraceObject(false, new Plotly.NET.Trace2D("bar")), figureJson, width, height, []);

    public const string Hostile = "<script>alert(1)</script>";

    public static readonly string[] BarLabels = ["Alpha", "Beta", "Gamma"];

    /// <summary>Three bars in Plotly's default first colour, #1f77b4.</summary>
    public const string Bar = """
        {"data":[{"type":"bar","x":["Alpha","Beta","Gamma"],"y":[3,7,5],"name":"Counts"}],
         "layout":{"title":{"text":"Three bars"},"showlegend":false},
         "config":{}}
        """;

    /// <summary>The bar chart with hostile text in the trace name and axis title.</summary>
    public const string HostileBar = """
        {"data":[{"type":"bar","x":["Alpha","Beta","Gamma"],"y":[3,7,5],"name":"</script><script>alert(1)</script>"}],
         "layout":{"title":{"text":"x"},"showlegend":true,"xaxis":{"title":{"text":"<script>alert(1)</script> & </script>"}}}}
        """;
}
