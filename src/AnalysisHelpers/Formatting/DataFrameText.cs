using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Formatting;

/// <summary>A DataFrame as aligned plain text of its first rows, for outputs that cannot show HTML.</summary>
public static class DataFrameText
{
    public static string Render(DataFrame frame, int maxRows = DataFrameHtml.DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        long total = frame.Rows.Count;
        long shown = Math.Min(total, Math.Max(0, maxRows));
        var columns = frame.Columns.ToList();
        var cells = new List<string[]> { columns.Select(c => c.Name).ToArray() };
        for (long row = 0; row < shown; row++)
        {
            cells.Add(columns.Select(c => OneLine(CellText.Of(c[row]))).ToArray());
        }
        var widths = Enumerable.Range(0, columns.Count).Select(i => cells.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var line in cells)
        {
            text.AppendJoin("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).Append('\n');
        }
        text.Append("showing ").Append(shown.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(total.ToString(CultureInfo.InvariantCulture)).Append(total == 1 ? " row" : " rows");
        return text.ToString();
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
