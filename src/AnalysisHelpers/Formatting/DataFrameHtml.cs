using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Formatting;

/// <summary>A DataFrame as an HTML table of its first rows, every cell escaped, with a note of how many rows
/// are shown.</summary>
public static class DataFrameHtml
{
    public const int DefaultMaxRows = 20;

    public static string Render(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        long total = frame.Rows.Count;
        long shown = Math.Min(total, Math.Max(0, maxRows));
        var columns = frame.Columns.ToList();
        var numeric = columns.Select(c => CellText.IsNumeric(c.DataType)).ToArray();

        var html = new StringBuilder();
        html.Append("<table class=\"analysis-frame\"><thead><tr><th></th>");
        foreach (var column in columns)
        {
            html.Append("<th>").Append(HtmlText.Escape(column.Name)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr><td>").Append(row.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            for (int col = 0; col < columns.Count; col++)
            {
                html.Append(numeric[col] ? "<td style=\"text-align:right\">" : "<td>")
                    .Append(HtmlText.Escape(CellText.Of(columns[col][row])))
                    .Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<p class=\"analysis-frame-note\">showing ")
            .Append(shown.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(total.ToString(CultureInfo.InvariantCulture)).Append(total == 1 ? " row" : " rows")
            .Append("</p>");
        return html.ToString();
    }
}
