using System.Text.RegularExpressions;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Charts;

/// <summary>
/// The plotly.js bundle that Plotly.NET ships as an embedded resource, found once for every writer: chart pages, the
/// report, notebook pages and the kernel's chart outputs all inline it, so pages work offline and never reach a CDN.
/// </summary>
public static partial class PlotlyJs
{
    private static readonly Lazy<(string Source, string Version, string ResourceName)> Bundle =
        new(LoadBundle, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The minified plotly.js source text.</summary>
    public static string Source => Bundle.Value.Source;

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    public static string Version => Bundle.Value.Version;

    /// <summary>The manifest resource name the bundle was read from.</summary>
    public static string ResourceName => Bundle.Value.ResourceName;

    private static readonly Lazy<string> Element = new(() => HtmlScript.Element(Source), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A &lt;script&gt; element with the bundle inlined, for pages that must work offline.</summary>
    public static string ScriptElement => Element.Value;

    private static (string, string, string) LoadBundle()
    {
        // Plotly.GenericChart lives in Plotly.NET.dll; the type is only used to find that assembly.
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var resourceName = FindBundleResource(assembly.GetManifestResourceNames(), assembly.FullName ?? "Plotly.NET");

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Resource '{resourceName}' is listed by {assembly.FullName} but could not be opened.");
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();

        return (source, ReadVersion(resourceName, source), resourceName);
    }

    internal static string FindBundleResource(IReadOnlyList<string> resourceNames, string assemblyName)
    {
        // The version is part of the resource name and changes with Plotly.NET upgrades, so match by shape.
        var candidates = resourceNames
            .Where(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase)
                        && n.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidOperationException(
                $"No embedded plotly.js bundle (a resource containing 'plotly' and ending in '.min.js') in {assemblyName}. " +
                $"Resources present: {string.Join(", ", resourceNames)}"),
            _ => throw new InvalidOperationException(
                $"More than one embedded plotly.js bundle in {assemblyName}: {string.Join(", ", candidates)}"),
        };
    }

    internal static string ReadVersion(string resourceName, string source)
    {
        var fromName = NameVersion().Match(resourceName);
        if (fromName.Success)
            return fromName.Groups[1].Value;

        var header = source.Length > 2000 ? source[..2000] : source;
        var fromHeader = HeaderVersion().Match(header);
        if (fromHeader.Success)
            return fromHeader.Groups[1].Value;

        throw new InvalidOperationException(
            $"Cannot tell the plotly.js version: neither the resource name '{resourceName}' nor the bundle header names one.");
    }

    [GeneratedRegex(@"plotly-(\d+\.\d+\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex NameVersion();

    [GeneratedRegex(@"plotly\.js v(\d+\.\d+\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderVersion();
}
