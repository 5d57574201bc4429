using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;

namespace AnalysisHelpers.Charts;

/// <summary>Assembles a chart made of row panels in house style: sizes it to its rows, adds the source line and
/// serialises it into a <see cref="ChartSpec"/>.</summary>
internal static class RowChart
{
    public static ChartSpec Build(
        string id, string title, string caption, IReadOnlyList<RowPanel> panels,
        IReadOnlyList<Claim> evidence, IEnumerable<Source> sources, IReadOnlyList<DerivedFigure> derived,
        Action<FigureDraft>? decorate = null, int width = HouseStyle.DefaultWidth)
    {
        string sourceLine = SourceLabels.SourceLine(evidence, sources, derived.Select(d => d.Id));
        var labels = panels.SelectMany(p => p.Rows).Select(r => r.Label);
        var margins = HouseStyle.MarginsFor(labels, sourceLine, width);
        int height = margins.Top + margins.Bottom + RowPanels.PlotHeight(panels);
        var draft = HouseStyle.NewFigure(title, sourceLine, width, height, margins);
        RowPanels.Draw(draft, panels);
        decorate?.Invoke(draft);
        return ChartSpec.From(id, title, caption, draft.ToChart(), width, height, evidence.Select(c => c.ClaimId));
    }
}
