using AnalysisHelpers.Charts;
using AnalysisHelpers.Formatting;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace AnalysisHelpers.Kernel.Display;

/// <summary>
/// The kernel's formatters: the library's own (<see cref="DisplayFormatters"/>: DataFrames, claims, quantities,
/// derived figures), registered before any cell runs so a notebook's own <c>DisplayFormatters.Register()</c> finds
/// them in place; then charts as <c>application/vnd.plotly.v1+json</c>, which notebook front ends draw natively, plus
/// <c>text/html</c> that draws them with plotly.js carried by the first chart of the session.
/// </summary>
internal static class WorkbookDisplay
{
    private static readonly Lock Gate = new();
    private static bool Registered;
    private static volatile ChartSession Session = new(true);

    /// <summary>Registers the formatters, once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (Registered) return;
            Registered = true;
            DisplayFormatters.Register();

            Formatter.Register<GenericChart>((chart, writer) => writer.Write(PlotlyFigureJson.Of(chart)), ChartMime.PlotlyMimeType);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(Session.Html(ChartMime.Html(chart))), HtmlFormatter.MimeType);
            Formatter.Register<ChartSpec>((spec, writer) => writer.Write(spec.FigureJson), ChartMime.PlotlyMimeType);
            Formatter.Register<ChartSpec>((spec, writer) => writer.Write(Session.Html(ChartMime.Html(spec))), HtmlFormatter.MimeType);
            foreach (var type in new[] { typeof(GenericChart), typeof(ChartSpec) })
            {
                Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, ChartMime.PlotlyMimeType);
            }
        }
    }

    /// <summary>Starts a new chart session, for a kernel about to serve: its first chart carries plotly.js again.</summary>
    public static void NewSession(bool embedPlotlyJs) => Session = new ChartSession(embedPlotlyJs);

    /// <summary>The session's next chart carries plotly.js again (when the session embeds it at all).</summary>
    public static void ResendScript() => Session.Resend();

    private sealed class ChartSession(bool embedPlotlyJs)
    {
        private int _scriptSent = embedPlotlyJs ? 0 : 1;

        public string Html(string chartHtml) =>
            Interlocked.Exchange(ref _scriptSent, 1) == 0 ? PlotlyScript.ScriptElement + chartHtml : chartHtml;

        public void Resend()
        {
            if (embedPlotlyJs) Volatile.Write(ref _scriptSent, 0);
        }
    }
}
