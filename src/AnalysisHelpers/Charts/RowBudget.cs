namespace AnalysisHelpers.Charts;

/// <summary>Fits row panels into a figure of at most a given height. Valid data may hold any number of rows, but a
/// figure taller than <see cref="HouseStyle.MaxHeight"/> cannot be exported or printed, so when the rows do not fit
/// each panel keeps its first rows, in the order the chart gives them, and counts the rest in
/// <see cref="RowPanel.NotDrawn"/>. The rows are shared out in turn, so a small panel keeps all its rows beside a
/// large one, and rows of one group (<see cref="BoundedRow.Group"/>) are kept or left out together.</summary>
internal static class RowBudget
{
    /// <param name="figureHeight">The height of the whole figure drawing the given panels; it depends on the rows
    /// kept, since the source line under the plot names their claims.</param>
    public static IReadOnlyList<RowPanel> Fit(IReadOnlyList<RowPanel> panels, Func<IReadOnlyList<RowPanel>, int> figureHeight, int maxHeight)
    {
        if (figureHeight(panels) <= maxHeight) return panels;
        int minimum = panels.Count(p => p.Rows.Count > 0);
        // No figure holds more rows than its whole height allows; fewer rows also shorten the source line, so the
        // search goes down from there one row at a time.
        int budget = Math.Min(panels.Sum(p => p.Rows.Count), maxHeight / RowPanels.RowHeight);
        while (true)
        {
            var fitted = Take(panels, budget);
            if (budget <= minimum || figureHeight(fitted) <= maxHeight) return fitted;
            budget--;
        }
    }

    private static List<RowPanel> Take(IReadOnlyList<RowPanel> panels, int budget)
    {
        var take = new int[panels.Count];
        bool progress = true;
        while (budget > 0 && progress)
        {
            progress = false;
            for (int i = 0; i < panels.Count && budget > 0; i++)
            {
                if (take[i] >= panels[i].Rows.Count) continue;
                take[i]++;
                budget--;
                progress = true;
            }
        }
        return panels.Select((panel, i) => Keep(panel, WholeGroups(panel.Rows, take[i]))).ToList();
    }

    /// <summary>Moves a cut that falls inside a group to the group's start, unless the group is all the panel keeps.</summary>
    private static int WholeGroups(IReadOnlyList<BoundedRow> rows, int count)
    {
        int cut = count;
        while (cut > 0 && cut < rows.Count && rows[cut].Group.Length > 0 && rows[cut].Group == rows[cut - 1].Group) cut--;
        return cut == 0 ? count : cut;
    }

    private static RowPanel Keep(RowPanel panel, int count)
    {
        if (count >= panel.Rows.Count) return panel;
        var kept = panel.Rows.Take(count).ToList();
        // The axis covers the rows drawn, as it did all of them.
        var axis = ValueAxis.Covering(kept.SelectMany(r => r.DrawnValues), panel.Axis.Unit, panel.Axis.Log);
        return panel with { Rows = kept, Axis = axis, NotDrawn = panel.NotDrawn + panel.Rows.Count - count };
    }
}
