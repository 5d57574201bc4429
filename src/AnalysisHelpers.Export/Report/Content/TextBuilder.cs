namespace AnalysisHelpers.Export.Report.Content;

/// <summary>Builds a <see cref="ReportText"/> span by span, so that a sentence can link each id it names.</summary>
internal sealed class TextBuilder
{
    private readonly List<ReportSpan> _spans = [];

    public TextBuilder Add(string text)
    {
        if (text.Length > 0) _spans.Add(ReportSpan.Plain(text));
        return this;
    }

    public TextBuilder Strong(string text)
    {
        _spans.Add(ReportSpan.Strong(text));
        return this;
    }

    public TextBuilder Muted(string text)
    {
        if (text.Length > 0) _spans.Add(ReportSpan.Muted(text));
        return this;
    }

    /// <summary>A line break: the next words start a new line.</summary>
    public TextBuilder Break()
    {
        _spans.Add(ReportSpan.LineBreak());
        return this;
    }

    public TextBuilder Link(string text, string anchor)
    {
        _spans.Add(ReportSpan.Link(text, anchor));
        return this;
    }

    /// <summary>"Figure N" or "Table N" for the figure or table with this id.</summary>
    public TextBuilder NumberOf(string figureOrTableId)
    {
        _spans.Add(ReportSpan.NumberOf(figureOrTableId));
        return this;
    }

    /// <summary>Items joined as a reader lists them: "a", "a and b", "a, b and c".</summary>
    public TextBuilder Join<T>(IReadOnlyList<T> items, Action<TextBuilder, T> add, string separator = ", ", string last = " and ")
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) Add(i == items.Count - 1 ? last : separator);
            add(this, items[i]);
        }
        return this;
    }

    public bool IsEmpty => _spans.Count == 0;

    public ReportText Build() => new(_spans.ToArray());
}
