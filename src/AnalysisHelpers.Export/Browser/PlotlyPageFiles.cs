using AnalysisHelpers.Export.Charts;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// The page the renderer draws figures in, as files in a private temporary folder: an empty HTML page and the
/// plotly.js bundle it loads with a script element. Chromium reads them from disk, which is several times faster than
/// sending 3.6 MB of script through the automation protocol. Only these two file: URLs are let through the offline
/// routes; the folder is deleted on disposal.
/// </summary>
internal sealed class PlotlyPageFiles : IDisposable
{
    private const string PageName = "plot.html";
    private const string ScriptName = "plotly.min.js";
    private const string Page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"" + ScriptName + "\"></script></head><body></body></html>";

    private readonly string _folder;
    private readonly string _pagePath;
    private readonly string _scriptPath;

    private PlotlyPageFiles(string folder)
    {
        _folder = folder;
        _pagePath = Path.Combine(folder, PageName);
        _scriptPath = Path.Combine(folder, ScriptName);
    }

    /// <summary>The file: URL of the page.</summary>
    public string PageUrl => new Uri(_pagePath).AbsoluteUri;

    /// <summary>Writes the page and the bundle to a new temporary folder.</summary>
    public static PlotlyPageFiles Create()
    {
        var files = new PlotlyPageFiles(Directory.CreateTempSubdirectory("workbook-plotly-").FullName);
        try
        {
            File.WriteAllText(files._scriptPath, PlotlyJs.Source);
            File.WriteAllText(files._pagePath, Page);
            return files;
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }

    /// <summary>True for the file: URL of the page or of the bundle, and nothing else.</summary>
    public bool Contains(string url)
    {
        if (!url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsFile)
            return false;
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return false;
        var path = uri.LocalPath;
        return string.Equals(path, _pagePath, StringComparison.Ordinal) || string.Equals(path, _scriptPath, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the export's own outcome is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
