using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Kernel.Jupyter.KernelSpecs;

/// <summary>
/// The workbook's kernelspec: <c>kernel.json</c> (argv that starts the built workbook's Jupyter door, display name,
/// language <c>csharp</c>, interrupts as messages) and its logos, written into a folder Jupyter searches.
/// </summary>
public static partial class KernelSpec
{
    /// <summary>The kernel's default name, which the paired notebooks' kernelspec metadata names.</summary>
    public const string DefaultName = "workbook-csharp";

    public const string DisplayName = "C# (workbook)";

    private static readonly string[] Logos = ["logo-32x32.png", "logo-64x64.png"];

    /// <summary>jupyter_client's rule for kernel names: ASCII letters, digits, '.', '_', '-'.</summary>
    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>The kernel.json text.</summary>
    /// <param name="launcher">The command that starts the built workbook (<see cref="WorkbookLauncher.Argv"/>);
    /// <c>kernel jupyter --connection-file {connection_file}</c> follows it.</param>
    public static string KernelJson(IReadOnlyList<string> launcher, string workbookVersion)
    {
        var argv = new JsonArray();
        foreach (var part in launcher) argv.Add(part);
        foreach (var part in new[] { "kernel", "jupyter", "--connection-file", "{connection_file}" }) argv.Add(part);
        var spec = new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "csharp",
            // The kernel stops a running cell on interrupt_request; a SIGINT would end the whole workbook process.
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["workbook_version"] = workbookVersion },
        };
        return spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Writes the kernelspec into <c>KERNELS/NAME</c>, replacing one that is there; returns the folder.</summary>
    /// <remarks>Written beside the target first and moved into place, so Jupyter never lists a half-written spec.</remarks>
    public static string Install(string kernelsDirectory, string name, IReadOnlyList<string> launcher, string workbookVersion)
    {
        if (!IsValidName(name)) throw new ArgumentException($"kernel name \"{name}\": only ASCII letters, digits, '.', '_' and '-' are allowed", nameof(name));
        Directory.CreateDirectory(kernelsDirectory);
        var target = Path.Combine(kernelsDirectory, name);
        var staging = Path.Combine(kernelsDirectory, $".{name}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllText(Path.Combine(staging, "kernel.json"), KernelJson(launcher, workbookVersion));
            foreach (var logo in Logos)
            {
                using var source = Assembly.GetExecutingAssembly().GetManifestResourceStream(logo)
                                   ?? throw new InvalidOperationException($"{logo} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
                using var file = File.Create(Path.Combine(staging, logo));
                source.CopyTo(file);
            }

            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }

        return target;
    }

    /// <summary>Removes <c>KERNELS/NAME</c>; false when there is none.</summary>
    public static bool Uninstall(string kernelsDirectory, string name)
    {
        if (!IsValidName(name)) throw new ArgumentException($"kernel name \"{name}\": only ASCII letters, digits, '.', '_' and '-' are allowed", nameof(name));
        var target = Path.Combine(kernelsDirectory, name);
        if (!File.Exists(Path.Combine(target, "kernel.json"))) return false;
        Directory.Delete(target, recursive: true);
        return true;
    }
}
