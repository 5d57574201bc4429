using System.Reflection;

namespace AnalysisHelpers.Kernel.Display;

/// <summary>
/// plotly.js as Plotly.NET embeds it, inlined in a script element, so a chart draws with no network. (The exporters
/// have their own loader in AnalysisHelpers.Export; the kernel does not take that project's browser dependencies.)
/// </summary>
internal static class PlotlyScript
{
    private static readonly Lazy<string> Element = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ScriptElement => Element.Value;

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (names.Count != 1)
            throw new InvalidOperationException($"expected one plotly.js bundle in {assembly.GetName().Name}, found {names.Count}: {string.Join(", ", names)}");
        using var stream = assembly.GetManifestResourceStream(names[0])!;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        // The HTML parser ends a script at "</script" whatever the JavaScript around it means.
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("the plotly.js bundle contains \"</script\" and cannot be inlined");
        // Inside a function whose local `define` is undefined: a page with an AMD loader (the classic Jupyter notebook
        // has require.js) would otherwise take the bundle's UMD header down the define() branch, which registers an
        // anonymous module (an error under require.js) and leaves window.Plotly unset, so no chart would draw.
        return $"<script type=\"text/javascript\">(function () {{ var define = undefined;\n{source}\n}}).call(window);</script>";
    }
}
