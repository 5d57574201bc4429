using AnalysisHelpers.Charts;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Kernel.Display;

/// <summary>
/// plotly.js (<see cref="PlotlyJs"/>) as the kernel's first chart output carries it, so a chart draws with no network.
/// </summary>
internal static class PlotlyScript
{
    // Inside a function whose local `define` is undefined: a page with an AMD loader (the classic Jupyter notebook
    // has require.js) would otherwise take the bundle's UMD header down the define() branch, which registers an
    // anonymous module (an error under require.js) and leaves window.Plotly unset, so no chart would draw.
    private static readonly Lazy<string> Element = new(
        () => HtmlScript.Element("(function () { var define = undefined;\n" + PlotlyJs.Source + "\n}).call(window);"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ScriptElement => Element.Value;
}
