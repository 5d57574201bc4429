using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>Assembles a chart made of row panels in house style: fits its rows into the tallest figure allowed, sizes
/// it to them, adds the source line and serialises it into a <see cref="ChartSpec"/>.</summary>
internal static class RowChart
{
    /// <param name="evidence">The claims the chart rests on; those only on rows left out are dropped from the source
    /// line and the spec, unless a derived figure drawn was computed from them.</param>
    /// <param name="notDrawnWhere">Where a reader finds the rows a full chart leaves out ("the claims table").</param>
    /// <param name="sourceLineTail">More of the source line, from the rows drawn (such as reference figures).</param>
    /// <param name="decorate">Adds to the figure once the panels are drawn; it is given the panels as drawn.</param>
    public static ChartSpec Build(
        string id, string title, string caption, IReadOnlyList<RowPanel> panels,
        IReadOnlyList<Claim> evidence, IEnumerable<Source> sources, IReadOnlyList<DerivedFigure> derived,
        Action<FigureDraft, IReadOnlyList<RowPanel>>? decorate = null, int width = HouseStyle.DefaultWidth,
        string notDrawnWhere = "the claims table", Func<IReadOnlyList<RowPanel>, string>? sourceLineTail = null)
    {
        var sourceList = sources.ToList();
        string SourceLine(IReadOnlyList<RowPanel> drawn)
        {
            var (claims, figures) = Drawn(panels, drawn, evidence, derived);
            return SourceLabels.SourceLine(claims, sourceList, figures.Select(d => d.Id)) + (sourceLineTail?.Invoke(drawn) ?? "");
        }
        int Height(IReadOnlyList<RowPanel> drawn, ChartMargins margins) => margins.Top + margins.Bottom + RowPanels.PlotHeight(drawn);
        ChartMargins Margins(IReadOnlyList<RowPanel> drawn, string sourceLine) =>
            HouseStyle.MarginsFor(drawn.SelectMany(p => p.Rows).Select(r => r.Label), sourceLine, width);

        var fitted = RowBudget.Fit(panels, drawn => Height(drawn, Margins(drawn, SourceLine(drawn))), HouseStyle.MaxHeight);
        string sourceLine = SourceLine(fitted);
        var margins = Margins(fitted, sourceLine);
        int height = Height(fitted, margins);
        GenericChart Draw()
        {
            var draft = HouseStyle.NewFigure(title, sourceLine, width, height, margins);
            RowPanels.Draw(draft, fitted, notDrawnWhere);
            decorate?.Invoke(draft, fitted);
            return draft.ToChart();
        }

        int notDrawn = fitted.Sum(p => p.NotDrawn);
        if (notDrawn > 0)
        {
            int total = fitted.Sum(p => p.TotalRows);
            caption += $" The figure holds {Counted.Of(total - notDrawn, "row", "rows")} of {Counted.Number(total)}: each panel draws its first rows " +
                $"in the order given and counts the {Counted.Number(notDrawn)} left out, all of which are in {notDrawnWhere}.";
        }
        var (drawnClaims, _) = Drawn(panels, fitted, evidence, derived);
        return ChartSpec.From(id, title, caption, Draw, width, height, drawnClaims.Select(c => c.ClaimId));
    }

    /// <summary>The evidence and derived figures behind the rows drawn: a claim or derived figure only on rows left
    /// out is dropped, but a claim a drawn derived figure was computed from stays, as does evidence no row draws
    /// (a stated change the chart writes as a label).</summary>
    private static (IReadOnlyList<Claim> Claims, IReadOnlyList<DerivedFigure> Derived) Drawn(
        IReadOnlyList<RowPanel> all, IReadOnlyList<RowPanel> drawn, IReadOnlyList<Claim> evidence, IReadOnlyList<DerivedFigure> derived)
    {
        if (drawn.All(p => p.NotDrawn == 0)) return (evidence, derived);
        var left = all.SelectMany(p => p.Rows).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        left.ExceptWith(drawn.SelectMany(p => p.Rows).Select(r => r.Id));
        var figures = derived.Where(d => !left.Contains(d.Id)).ToList();
        var inputs = figures.SelectMany(d => d.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var claims = evidence.Where(c => !left.Contains(c.ClaimId) || inputs.Contains(c.ClaimId)).ToList();
        return (claims, figures);
    }
}
