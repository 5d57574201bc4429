using System.CommandLine;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Writers;
using Workbook.Commands.Values;

namespace Workbook.Commands;

/// <summary><c>workbook convert X.dib --to ipynb</c>: an unexecuted Jupyter copy of a notebook, for users moving to
/// the Jupyter extension.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var notebook = NotebookArguments.One("The .dib notebook to convert", Refusal);
        // Parsed by the option: `--to docx` is a usage error naming --to, before the notebook is read.
        var to = ChoiceOption.Create("--to", "Target format", "ipynb");
        var output = new Option<FileInfo>("--out") { Description = "Output file (default: beside the notebook, .ipynb)", HelpName = "FILE" };
        var command = new Command("convert", "Convert a .dib notebook to .ipynb without running it.") { notebook, to, output };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(notebook)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"{source.FullName}: notebook not found");
                return 1;
            }
            var target = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(source.FullName, ".ipynb");
            if (SameFile(source.FullName, target))
            {
                Console.Error.WriteLine($"{target}: --out is the notebook being converted; nothing was written (choose another file, e.g. {Path.ChangeExtension(source.Name, ".ipynb")})");
                return 1;
            }
            if (Directory.Exists(target))
            {
                Console.Error.WriteLine($"{target}: --out is a folder, not a file; nothing was written");
                return 1;
            }
            try
            {
                AtomicFile.WriteAllText(target, IpynbWriter.Write(DibParser.ParseFile(source.FullName)));
            }
            catch (DibFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
            catch (OutputWriteException e)
            {
                Console.Error.WriteLine($"{e.Message}; nothing was written");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{source.FullName}: cannot read: {IoReason.Of(e)}");
                return 1;
            }
            Console.WriteLine($"Wrote {target}");
            return 0;
        });
        return command;
    }

    /// <summary>Why <paramref name="path"/> is not a notebook convert takes, or null when it may be one.</summary>
    internal static string? Refusal(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".dib" => Directory.Exists(path) ? "a folder, not a notebook" : null,
        ".ipynb" => "already a Jupyter notebook; convert turns a .dib into an .ipynb (workbook pair keeps the two in step)",
        _ => "not a notebook; convert takes a .dib (Polyglot Notebooks) file",
    };

    /// <summary>The same file by path, or through a link to it.</summary>
    private static bool SameFile(string a, string b)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return string.Equals(Resolved(a), Resolved(b), comparison);
    }

    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
