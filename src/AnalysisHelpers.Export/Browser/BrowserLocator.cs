namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// Finds a Chromium-family executable for static exports, in this order: explicit path, the
/// <c>WORKBOOK_BROWSER</c> environment variable, common system install paths, then a Playwright-managed
/// Chromium under <c>PLAYWRIGHT_BROWSERS_PATH</c> or the default Playwright cache.
/// </summary>
/// <remarks>
/// Where both are installed, Chromium's headless shell comes before the full browser: it is the same engine without
/// the desktop browser around it, and the exports need nothing else. It starts sooner and costs less CPU (about half a
/// second less per <c>workbook run</c> of three notebooks here, bench/README.md "The workbook kernel").
/// </remarks>
public sealed class BrowserLocator
{
    public const string EnvironmentVariable = "WORKBOOK_BROWSER";

    /// <summary>What to tell a user who has no browser.</summary>
    public const string InstallHint =
        "Static chart export (SVG/PNG/PDF) needs Chromium, Chrome or Edge. " +
        "On Debian/Ubuntu: sudo apt-get install chromium-headless-shell (or chromium). " +
        "Or point to an existing browser: WORKBOOK_BROWSER=/path/to/chrome.";

    /// <summary>Debian's chromium-headless-shell package (its /usr/bin wrapper is a shell script that does not exec, so
    /// a browser stopped through it would leave the real one running).</summary>
    public const string HeadlessShellPath = "/usr/lib/chromium/chromium-headless-shell";

    private readonly Func<string, string?> _getEnvironmentVariable;
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, IEnumerable<string>> _listDirectories;
    private readonly string _homeDirectory;

    /// <summary>A locator over the real environment and file system.</summary>
    public static BrowserLocator Default { get; } = new(
        Environment.GetEnvironmentVariable,
        File.Exists,
        dir => Directory.Exists(dir) ? Directory.EnumerateDirectories(dir) : [],
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>A locator over a given environment and file system; the real ones are in <see cref="Default"/>.</summary>
    public BrowserLocator(
        Func<string, string?> getEnvironmentVariable,
        Func<string, bool> fileExists,
        Func<string, IEnumerable<string>> listDirectories,
        string homeDirectory)
    {
        _getEnvironmentVariable = getEnvironmentVariable;
        _fileExists = fileExists;
        _listDirectories = listDirectories;
        _homeDirectory = homeDirectory;
    }

    /// <summary>Searches the real environment; see <see cref="Locate"/>.</summary>
    public static BrowserLocation Find(string? explicitPath = null) => Default.Locate(explicitPath);

    /// <summary>
    /// Returns the first browser found. An explicit path or environment variable that names a missing file
    /// is reported as <see cref="BrowserLocationStatus.ConfiguredPathMissing"/> instead of falling back, so a
    /// typo never silently picks a different browser.
    /// </summary>
    public BrowserLocation Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return Configured(explicitPath, "the explicit browser option");

        var fromEnvironment = _getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Configured(fromEnvironment, $"the {EnvironmentVariable} environment variable");

        foreach (var candidate in SystemCandidates())
        {
            if (_fileExists(candidate))
                return new BrowserLocation(BrowserLocationStatus.Found, candidate, "system install", null);
        }

        foreach (var candidate in PlaywrightCandidates())
        {
            if (_fileExists(candidate))
                return new BrowserLocation(BrowserLocationStatus.Found, candidate, "Playwright browser cache", null);
        }

        return new BrowserLocation(BrowserLocationStatus.NotFound, null, null,
            $"No Chromium-family browser found (looked at {EnvironmentVariable}, common install paths and the Playwright browser cache). {InstallHint}");
    }

    private BrowserLocation Configured(string path, string origin)
    {
        var trimmed = path.Trim();
        return _fileExists(trimmed)
            ? new BrowserLocation(BrowserLocationStatus.Found, trimmed, origin, null)
            : new BrowserLocation(BrowserLocationStatus.ConfiguredPathMissing, null, null,
                $"The browser path from {origin} does not exist: {trimmed}. " +
                $"Fix or unset it. {InstallHint}");
    }

    /// <summary>Default install locations of Chromium, Chrome and Edge on Linux, macOS and Windows.</summary>
    internal IEnumerable<string> SystemCandidates()
    {
        string[] unix =
        [
            HeadlessShellPath,
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/opt/google/chrome/chrome",
            "/usr/bin/microsoft-edge",
            "/opt/microsoft/msedge/msedge",
            "/snap/bin/chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        ];
        foreach (var path in unix)
            yield return path;

        string[] windowsRoots = ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"];
        string[] windowsTails =
        [
            @"Google\Chrome\Application\chrome.exe",
            @"Microsoft\Edge\Application\msedge.exe",
            @"Chromium\Application\chrome.exe",
        ];
        foreach (var root in windowsRoots)
        {
            var rootPath = _getEnvironmentVariable(root);
            if (string.IsNullOrEmpty(rootPath))
                continue;
            foreach (var tail in windowsTails)
                yield return Path.Combine(rootPath, tail);
        }
    }

    /// <summary>Browsers that Playwright downloaded: headless shells, then full Chromium builds, each newest revision first.</summary>
    internal IEnumerable<string> PlaywrightCandidates()
    {
        var roots = new List<string>();
        var configured = _getEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (!string.IsNullOrWhiteSpace(configured) && configured != "0")
            roots.Add(configured);
        roots.Add(Path.Combine(_homeDirectory, ".cache", "ms-playwright"));
        roots.Add(Path.Combine(_homeDirectory, "Library", "Caches", "ms-playwright"));
        var localAppData = _getEnvironmentVariable("LOCALAPPDATA");
        if (!string.IsNullOrEmpty(localAppData))
            roots.Add(Path.Combine(localAppData, "ms-playwright"));

        string[] headlessShells =
        [
            Path.Combine("chrome-headless-shell-linux64", "chrome-headless-shell"),
            Path.Combine("chrome-linux", "headless_shell"),
            Path.Combine("chrome-headless-shell-mac-x64", "chrome-headless-shell"),
            Path.Combine("chrome-headless-shell-mac-arm64", "chrome-headless-shell"),
            Path.Combine("chrome-headless-shell-win64", "chrome-headless-shell.exe"),
            Path.Combine("chrome-win", "headless_shell.exe"),
        ];
        string[] browsers =
        [
            Path.Combine("chrome-linux64", "chrome"),
            Path.Combine("chrome-linux", "chrome"),
            Path.Combine("chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
            Path.Combine("chrome-mac-arm64", "Chromium.app", "Contents", "MacOS", "Chromium"),
            Path.Combine("chrome-win", "chrome.exe"),
            Path.Combine("chrome-win64", "chrome.exe"),
        ];

        foreach (var root in roots)
        {
            var folders = _listDirectories(root).ToList();
            foreach (var (prefix, executables) in new[] { ("chromium_headless_shell-", headlessShells), ("chromium-", browsers) })
            {
                var revisions = folders
                    .Where(d => Path.GetFileName(d).StartsWith(prefix, StringComparison.Ordinal))
                    .OrderByDescending(d => Revision(Path.GetFileName(d), prefix));
                foreach (var revision in revisions)
                {
                    foreach (var executable in executables)
                        yield return Path.Combine(revision, executable);
                }
            }
        }
    }

    private static long Revision(string directoryName, string prefix) =>
        long.TryParse(directoryName[prefix.Length..], System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var revision) ? revision : -1;
}
