using System.CommandLine;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Notebooks;

namespace Workbook.Commands;

/// <summary><c>workbook convert X.dib --to ipynb</c>: an unexecuted Jupyter copy of a notebook, for users moving to
/// the Jupyter extension.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var notebook = new Argument<FileInfo>("notebook") { Description = "The .dib notebook to convert" };
        var to = new Option<string>("--to") { Description = "Target format (only ipynb)", DefaultValueFactory = _ => "ipynb" };
        var output = new Option<FileInfo>("--out") { Description = "Output file (default: beside the notebook, .ipynb)" };
        var command = new Command("convert", "Convert a .dib notebook to .ipynb without running it.") { notebook, to, output };
        command.SetAction(parse =>
        {
            if (!string.Equals(parse.GetValue(to), "ipynb", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"--to {parse.GetValue(to)}: only ipynb is supported");
                return 1;
            }
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
