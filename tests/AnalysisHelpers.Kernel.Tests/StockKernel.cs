using System.Diagnostics;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>
/// The stock dotnet-interactive 1.0.712001, as <c>.ci/run</c> installs it (<c>dotnet tool install --tool-path
/// artifacts/tools/dotnet-interactive</c>), or where <c>STOCK_DOTNET_INTERACTIVE</c> points. Its restores find the
/// library as a user's would after packing it: in a NuGet packages folder, here one of the test's own
/// (<c>artifacts/stock-kernel/packages</c>, passed as <c>NUGET_PACKAGES</c>) so the user's cache is left alone.
/// </summary>
internal static class StockKernel
{
    private static readonly Lazy<Task<string>> Packages = new(SeedPackagesAsync);

    public static string? Tool()
    {
        var configured = Environment.GetEnvironmentVariable("STOCK_DOTNET_INTERACTIVE");
        var path = configured is { Length: > 0 } ? configured : Path.Combine(RepoPaths.Root, "artifacts", "tools", "dotnet-interactive", "dotnet-interactive");
        return File.Exists(path) ? path : null;
    }

    public static Task<string> PackagesFolderAsync() => Packages.Value;

    private static async Task<string> SeedPackagesAsync()
    {
        var root = Path.Combine(RepoPaths.Root, "artifacts", "stock-kernel");
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        // A fresh library every run: the same version number must not serve an old build.
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        ForgetCachedResolutions();
        await DotnetAsync(RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "AnalysisHelpers"), "-o", feed, "--nologo", "-v", "q");
        var seed = Path.Combine(root, "seed");
        Directory.CreateDirectory(seed);
        File.WriteAllText(Path.Combine(seed, "Seed.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><PackageReference Include="AnalysisHelpers" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(seed, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(seed, "Directory.Packages.props"), "<Project />");
        await DotnetAsync(seed, "restore", "Seed.csproj", "--packages", packages, "--source", feed, "--source", "https://api.nuget.org/v3/index.json", "-v", "q");
        return packages;
    }

    /// <summary>
    /// The stock tool's package manager (F#'s nuget dependency manager) keeps the assembly paths it resolved for a set of
    /// <c>#r "nuget:"</c> lines in <c>~/.packagemanagement/nuget/Cache</c>, keyed by the text of those lines, not by the
    /// packages folder. A restore in another checkout, or one from before this build, would be served from there and
    /// load an old AnalysisHelpers (CI saw exactly that). The entries that resolved this library are dropped; the
    /// others stay.
    /// </summary>
    private static void ForgetCachedResolutions()
    {
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".packagemanagement", "nuget", "Cache");
        if (!Directory.Exists(cache)) return;
        var stale = Directory.EnumerateFiles(cache)
            .Where(file => File.ReadAllText(file).Contains("analysishelpers", StringComparison.OrdinalIgnoreCase))
            .Select(file => Path.Combine(cache, Path.GetFileName(file).Split('.')[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var key in stale)
            foreach (var file in Directory.EnumerateFiles(cache, Path.GetFileName(key) + ".*"))
                File.Delete(file);
    }

    private static async Task DotnetAsync(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{await output}\n{await error}");
    }
}
