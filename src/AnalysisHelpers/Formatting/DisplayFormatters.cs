using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Quantities;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace AnalysisHelpers.Formatting;

/// <summary>Registers the workbook's notebook formatters: DataFrames as escaped HTML tables, charts as Plotly
/// figures drawn by the page's plotly.js, and claims, quantities, intervals and derived figures in house format.
/// Calling <see cref="Register"/> again does nothing.</summary>
public static class DisplayFormatters
{
    public const string Html = "text/html";
    public const string PlainText = "text/plain";

    private static readonly Lock Gate = new();
    private static bool Registered;

    /// <summary>Rows of a DataFrame shown before the "showing N of M rows" note.</summary>
    public static int MaxRows { get; set; } = DataFrameHtml.DefaultMaxRows;

    public static bool IsRegistered
    {
        get { lock (Gate) return Registered; }
    }

    public static void Register()
    {
        lock (Gate)
        {
            if (Registered) return;
            Registered = true;

            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.Render(frame, MaxRows)), Html);
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameText.Render(frame, MaxRows)), PlainText);

            Formatter.Register<ChartSpec>((spec, writer) => writer.Write(ChartMime.Html(spec)), Html);
            Formatter.Register<ChartSpec>((spec, writer) => writer.Write($"{spec.Id}: {spec.Title} ({spec.Width}×{spec.Height}) — {spec.Caption}"), PlainText);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartMime.Html(chart)), Html);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyFigureJson.Of(chart)), PlainText);

            Formatter.Register<Claim>((claim, writer) => writer.Write(ValueDisplay.Html(claim)), Html);
            Formatter.Register<Claim>((claim, writer) => writer.Write(ValueDisplay.PlainText(claim)), PlainText);
            Formatter.Register<Quantity>((quantity, writer) => writer.Write(ValueDisplay.Html(quantity)), Html);
            Formatter.Register<Quantity>((quantity, writer) => writer.Write(ValueDisplay.PlainText(quantity)), PlainText);
            Formatter.Register<Interval>((interval, writer) => writer.Write(ValueDisplay.Html(interval)), Html);
            Formatter.Register<Interval>((interval, writer) => writer.Write(ValueDisplay.PlainText(interval)), PlainText);
            Formatter.Register<DerivedFigure>((figure, writer) => writer.Write(ValueDisplay.Html(figure)), Html);
            Formatter.Register<DerivedFigure>((figure, writer) => writer.Write(ValueDisplay.PlainText(figure)), PlainText);

            foreach (var type in new[] { typeof(DataFrame), typeof(ChartSpec), typeof(GenericChart), typeof(Claim), typeof(DerivedFigure) })
            {
                Formatter.SetPreferredMimeTypesFor(type, Html);
            }
        }
    }
}
