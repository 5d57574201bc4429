using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Writers;

namespace AnalysisHelpers.Notebooks.Pairing;

/// <summary>
/// Keeps a .dib notebook and its .ipynb twin in step, in the spirit of jupytext's paired notebooks: the .dib is the
/// reviewed source, the .ipynb (no outputs, kernelspec naming the workbook's Jupyter kernel) is what Jupyter front
/// ends open. The .ipynb records the digest of the cells as they were when the two were last paired
/// (<c>metadata.workbook_pairing</c>), so a pairing knows which side changed since: that side wins. When both
/// changed it refuses and names both files. Without a record (an .ipynb from elsewhere) the file written last wins.
/// </summary>
/// <remarks>Cells are compared, not bytes: kind, kernel and source with the blank lines at their ends trimmed (a
/// .dib cell cannot hold them), so saving in either editor without changing a cell changes nothing.</remarks>
public static class NotebookPairing
{
    public const string MetadataKey = "workbook_pairing";

    /// <summary>What to write to bring the pair in step, or why it cannot be; nothing is written here.</summary>
    /// <exception cref="DibFormatException">The .dib cannot be read.</exception>
    /// <exception cref="IpynbFormatException">The .ipynb cannot be read.</exception>
    public static PairingPlan Plan(string dibPath, string ipynbPath, IpynbKernelSpec kernelSpec)
    {
        var hasDib = File.Exists(dibPath);
        var hasIpynb = File.Exists(ipynbPath);
        if (!hasDib && !hasIpynb) throw new FileNotFoundException($"{dibPath}: neither it nor {ipynbPath} exists", dibPath);

        var dib = hasDib ? DibParser.ParseFile(dibPath) : null;
        if (!hasIpynb) return FromDib(dib!, ipynbPath, kernelSpec, PairingAction.CreatedIpynb);

        var ipynbText = File.ReadAllText(ipynbPath);
        var (ipynb, metadata) = IpynbReader.Parse(ipynbText, ipynbPath, dib?.KernelInfo);
        if (dib is null) return FromIpynb(ipynb, dibPath, ipynbPath, ipynb.KernelInfo, kernelSpec, PairingAction.CreatedDib);

        var dibDigest = CellsDigest(dib);
        var ipynbDigest = CellsDigest(ipynb);
        var recorded = (string?)(metadata[MetadataKey]?["cells_sha256"] as JsonValue);
        if (dibDigest == ipynbDigest)
        {
            // Same cells; the .ipynb may still carry outputs or an old record, which a pairing clears.
            var expected = IpynbText(dib, ipynbPath, kernelSpec, dibDigest);
            return expected == ipynbText
                ? new PairingPlan(dibPath, ipynbPath, PairingAction.InSync, [])
                : new PairingPlan(dibPath, ipynbPath, PairingAction.RefreshedIpynb, [new PlannedWrite(ipynbPath, expected)]);
        }

        bool dibChanged, ipynbChanged;
        if (recorded is null)
        {
            // No record of a last pairing: the newer file wins.
            dibChanged = File.GetLastWriteTimeUtc(dibPath) >= File.GetLastWriteTimeUtc(ipynbPath);
            ipynbChanged = !dibChanged;
        }
        else
        {
            dibChanged = dibDigest != recorded;
            ipynbChanged = ipynbDigest != recorded;
        }

        if (dibChanged && ipynbChanged)
        {
            return new PairingPlan(dibPath, ipynbPath, PairingAction.Conflict, [],
                $"{dibPath} and {ipynbPath} have both changed since they were last paired; keep the changes of one (copy " +
                "what you need from the other into it and undo the other's edits), then run workbook pair again");
        }

        return dibChanged
            ? FromDib(dib, ipynbPath, kernelSpec, PairingAction.UpdatedIpynb)
            : FromIpynb(ipynb, dibPath, ipynbPath, dib.KernelInfo, kernelSpec, PairingAction.UpdatedDib);
    }

    /// <summary>SHA-256 (hex) of the cells: kind, kernel and source of each, in order.</summary>
    public static string CellsDigest(Notebook notebook)
    {
        var canonical = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            var kernel = cell.Kind switch
            {
                CellKind.Markdown => "markdown",
                CellKind.CSharp => "csharp",
                _ => cell.KernelName,
            };
            canonical.Append(kernel).Append('\0').Append(cell.Source.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static PairingPlan FromDib(Notebook dib, string ipynbPath, IpynbKernelSpec kernelSpec, PairingAction action) =>
        new(dib.Path, ipynbPath, action, [new PlannedWrite(ipynbPath, IpynbText(dib, ipynbPath, kernelSpec, CellsDigest(dib)))]);

    private static PairingPlan FromIpynb(Notebook ipynb, string dibPath, string ipynbPath, KernelInfo kernelInfo, IpynbKernelSpec kernelSpec, PairingAction action)
    {
        var dib = new Notebook(dibPath, kernelInfo, ipynb.Cells);
        string dibText;
        try
        {
            dibText = KeepMetaOf(dibPath, DibWriter.Write(dib));
        }
        catch (ArgumentException e)
        {
            throw new IpynbFormatException([$"{ipynbPath}: {e.Message.Replace(dibPath + ": ", "", StringComparison.Ordinal).Split(" (Parameter")[0]}"]);
        }

        // The .dib first: if the second write fails, the next pairing finds equal cells and only refreshes the record.
        return new PairingPlan(dibPath, ipynbPath, action,
            [new PlannedWrite(dibPath, dibText), new PlannedWrite(ipynbPath, IpynbText(dib, ipynbPath, kernelSpec, CellsDigest(dib)))]);
    }

    /// <summary>The existing .dib's <c>#!meta</c> block, kept byte for byte: it is as the editor wrote it, and the
    /// cells (all a pairing compares) do not depend on its key order.</summary>
    private static string KeepMetaOf(string dibPath, string written)
    {
        if (!File.Exists(dibPath)) return written;
        var original = File.ReadAllText(dibPath);
        if (!original.StartsWith("#!meta", StringComparison.Ordinal) || !written.StartsWith("#!meta", StringComparison.Ordinal)) return written;
        var originalCells = original.IndexOf("\n#!", "#!meta".Length, StringComparison.Ordinal);
        var writtenCells = written.IndexOf("\n#!", "#!meta".Length, StringComparison.Ordinal);
        return originalCells < 0 || writtenCells < 0 ? written : original[..originalCells] + written[writtenCells..];
    }

    private static string IpynbText(Notebook notebook, string ipynbPath, IpynbKernelSpec kernelSpec, string digest)
    {
        var record = new JsonObject
        {
            [MetadataKey] = new JsonObject
            {
                ["paired_with"] = Path.GetFileName(Path.ChangeExtension(ipynbPath, ".dib")),
                ["cells_sha256"] = digest,
            },
        };
        // Cell ids derive from the notebook's name, which is the same for both files of a pair.
        return IpynbWriter.Write(notebook with { Path = ipynbPath }, kernelSpec, record);
    }
}

public enum PairingAction
{
    InSync,
    CreatedIpynb,
    CreatedDib,
    UpdatedIpynb,
    UpdatedDib,
    RefreshedIpynb,
    Conflict,
}

/// <summary>One file to write, whole.</summary>
public sealed record PlannedWrite(string Path, string Text);

/// <summary>The outcome of comparing a pair: what to write (in order), or for a conflict why nothing is.</summary>
public sealed record PairingPlan(string DibPath, string IpynbPath, PairingAction Action, IReadOnlyList<PlannedWrite> Writes, string? Conflict = null);
