namespace AnalysisHelpers.Export.Files;

/// <summary>The kinds of output file recorded in the manifest.</summary>
public static class OutputKind
{
    public const string ChartHtml = "chart-html";
    public const string ChartSvg = "chart-svg";
    public const string ChartPng = "chart-png";
    public const string ChartPdf = "chart-pdf";
    public const string FigureJson = "figure-json";
    public const string ReportHtml = "report-html";
    public const string ReportPdf = "report-pdf";
    public const string NotebookIpynb = "notebook-ipynb";
    public const string NotebookHtml = "notebook-html";
    public const string TableCsv = "table-csv";
}
