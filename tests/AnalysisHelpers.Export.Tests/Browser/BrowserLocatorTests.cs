namespace AnalysisHelpers.Export.Tests.Browser;

public sealed class BrowserLocatorTests
{
    private const string SystemChromium = "/usr/bin/chromium";

    /// <summary>A locator over an invented machine: these environment variables, these files, these folders.</summary>
    private static BrowserLocator Machine(
        Dictionary<string, string> environment, string[] files, Dictionary<string, string[]>? folders = null) =>
        new(name => environment.GetValueOrDefault(name),
            files.Contains,
            dir => folders?.GetValueOrDefault(dir) ?? [],
            "/home/user");

    [Fact]
    public void Environment_variable_wins_over_a_system_install()
    {
        var locator = Machine(new() { [BrowserLocator.EnvironmentVariable] = "/custom/chrome" }, [SystemChromium, "/custom/chrome"]);

        var found = locator.Locate();

        Assert.Equal(BrowserLocationStatus.Found, found.Status);
        Assert.Equal("/custom/chrome", found.ExecutablePath);
    }

    [Fact]
    public void Explicit_option_wins_over_the_environment_variable()
    {
        var locator = Machine(new() { [BrowserLocator.EnvironmentVariable] = "/custom/chrome" }, ["/custom/chrome", "/opt/edge"]);

        Assert.Equal("/opt/edge", locator.Locate("/opt/edge").ExecutablePath);
    }

    [Fact]
    public void Environment_variable_naming_a_missing_file_is_an_error_and_not_a_fallback()
    {
        var locator = Machine(new() { [BrowserLocator.EnvironmentVariable] = "/typo/chrome" }, [SystemChromium]);

        var result = locator.Locate();

        Assert.Equal(BrowserLocationStatus.ConfiguredPathMissing, result.Status);
        Assert.Null(result.ExecutablePath);
        Assert.Contains("/typo/chrome", result.Message);
        Assert.Contains(BrowserLocator.EnvironmentVariable, result.Message);
        var error = Assert.Throws<BrowserUnavailableException>(() => result.RequirePath());
        Assert.Contains("/typo/chrome", error.Message);
    }

    [Fact]
    public void Explicit_option_naming_a_missing_file_is_an_error()
    {
        var result = Machine([], [SystemChromium]).Locate("/nope/chrome");

        Assert.Equal(BrowserLocationStatus.ConfiguredPathMissing, result.Status);
        Assert.Contains("/nope/chrome", result.Message);
    }

    [Fact]
    public void System_install_is_found_when_nothing_is_configured()
    {
        var result = Machine([], ["/usr/bin/google-chrome-stable"]).Locate();

        Assert.Equal("/usr/bin/google-chrome-stable", result.ExecutablePath);
    }

    [Fact]
    public void Newest_playwright_chromium_is_used_when_no_system_browser_exists()
    {
        var old = Path.Combine("/pw", "chromium-1100");
        var newer = Path.Combine("/pw", "chromium-1200");
        var locator = Machine(
            new() { ["PLAYWRIGHT_BROWSERS_PATH"] = "/pw" },
            [Path.Combine(old, "chrome-linux", "chrome"), Path.Combine(newer, "chrome-linux", "chrome")],
            new() { ["/pw"] = [old, newer, Path.Combine("/pw", "firefox-900")] });

        Assert.Equal(Path.Combine(newer, "chrome-linux", "chrome"), locator.Locate().ExecutablePath);
    }

    [Fact]
    public void No_browser_anywhere_gives_install_instructions()
    {
        var result = Machine([], []).Locate();

        Assert.Equal(BrowserLocationStatus.NotFound, result.Status);
        Assert.Contains("sudo apt-get install chromium-headless-shell", result.Message);
        Assert.Contains("WORKBOOK_BROWSER=/path/to/chrome", result.Message);
    }

    [Fact]
    public void Headless_shell_is_preferred_over_the_full_browser_of_the_same_machine()
    {
        var result = Machine([], [SystemChromium, "/usr/bin/google-chrome", BrowserLocator.HeadlessShellPath]).Locate();

        Assert.Equal(BrowserLocator.HeadlessShellPath, result.ExecutablePath);
        Assert.Equal(SystemChromium, Machine([], [SystemChromium]).Locate().ExecutablePath);
    }

    [Fact]
    public void Playwright_headless_shell_is_preferred_over_a_newer_playwright_chromium()
    {
        var shell = Path.Combine("/pw", "chromium_headless_shell-1100");
        var chromium = Path.Combine("/pw", "chromium-1200");
        var shellExecutable = Path.Combine(shell, "chrome-headless-shell-linux64", "chrome-headless-shell");
        var locator = Machine(
            new() { ["PLAYWRIGHT_BROWSERS_PATH"] = "/pw" },
            [shellExecutable, Path.Combine(chromium, "chrome-linux64", "chrome")],
            new() { ["/pw"] = [chromium, shell] });

        Assert.Equal(shellExecutable, locator.Locate().ExecutablePath);
    }
}
