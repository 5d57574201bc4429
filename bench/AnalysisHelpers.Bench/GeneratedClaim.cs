using System.Text;

namespace AnalysisHelpers.Bench;

/// <summary>One claims.csv row as text, in the column order of data/claims.csv.</summary>
internal sealed record GeneratedClaim(
    string ClaimId, string SourceId, string SourceLine, string Category, string Subject, string Item, string Metric,
    string Value, string ValueLow, string ValueHigh, string Unit, string Qualifier, string Period, string AsStated,
    string Attribution, string Statement, string Note)
{
    public const string Header =
        "claim_id,source_id,source_line,category,subject,item,metric,value,value_low,value_high,unit,qualifier,period,as_stated,attribution,statement,note";

    public void WriteTo(StringBuilder line)
    {
        ReadOnlySpan<string> cells = [ClaimId, SourceId, SourceLine, Category, Subject, Item, Metric, Value, ValueLow,
            ValueHigh, Unit, Qualifier, Period, AsStated, Attribution, Statement, Note];
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append(',');
            AppendCell(line, cells[i]);
        }
    }

    /// <summary>RFC 4180 quoting, only where needed, as a spreadsheet would save it.</summary>
    private static void AppendCell(StringBuilder line, string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0) { line.Append(cell); return; }
        line.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
    }
}
