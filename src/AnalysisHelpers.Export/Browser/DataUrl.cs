using System.Text;

namespace AnalysisHelpers.Export.Browser;

/// <summary>Decodes the data: URLs that Plotly.toImage returns.</summary>
internal static class DataUrl
{
    /// <summary>
    /// Returns the payload bytes of a data: URL, base64 or percent-encoded (Plotly uses the latter for SVG).
    /// </summary>
    public static byte[] Decode(string dataUrl)
    {
        ArgumentNullException.ThrowIfNull(dataUrl);
        if (!dataUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"Expected a data: URL, got: {Preview(dataUrl)}");

        var comma = dataUrl.IndexOf(',');
        if (comma < 0)
            throw new FormatException($"Data URL has no ',' separating header and payload: {Preview(dataUrl)}");

        var header = dataUrl[5..comma];
        var payload = dataUrl[(comma + 1)..];
        var isBase64 = header.Split(';').Any(p => p.Equals("base64", StringComparison.OrdinalIgnoreCase));
        if (isBase64)
        {
            try
            {
                return Convert.FromBase64String(payload);
            }
            catch (FormatException e)
            {
                throw new FormatException($"Data URL payload is not valid base64 ({header}).", e);
            }
        }
        return Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
    }

    private static string Preview(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
