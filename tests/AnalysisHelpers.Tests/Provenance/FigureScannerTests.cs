using AnalysisHelpers.Provenance;

namespace AnalysisHelpers.Tests.Provenance;

/// <summary>What the scanner proposes as figures, with the parser deciding: hedges and scale words travel with the
/// number, names with digits and list numbers are not figures.</summary>
public class FigureScannerTests
{
    private static IReadOnlyList<FigureSpan> Scan(string line) => FigureScanner.Scan("s", "a.txt", 1, line);

    [Theory]
    [InlineData("It fell by more than 90% over a year.", "more than 90%", FigureKind.Percent)]
    [InlineData("The cost was $100 million+ in all.", "$100 million+", FigureKind.Money)]
    [InlineData("Meituan pledged “billions of yuan” for AI.", "billions of yuan", FigureKind.Money)]
    [InlineData("a cost of approximately $6 million.", "approximately $6 million", FigureKind.Money)]
    [InlineData("It could leave China a decade behind.", "a decade", FigureKind.Duration)]
    [InlineData("over the next three years in cloud", "three years", FigureKind.Duration)]
    [InlineData("launched in 2023, it grew", "2023", FigureKind.Year)]
    [InlineData("Europe's first reasoning model", "first", FigureKind.Rank)]
    [InlineData("questioning billion-dollar training budgets", "billion-dollar", FigureKind.Money)]
    [InlineData("a 12-month window", "12-month", FigureKind.Duration)]
    [InlineData("It has over 600 million downloads.", "over 600 million", FigureKind.Count)]
    public void A_figure_is_read_with_its_hedge_and_scale(string line, string span, FigureKind kind)
    {
        var found = Assert.Single(Scan(line));
        Assert.Equal((span, kind), (found.Text, found.Kind));
        Assert.Equal(line.IndexOf(span, StringComparison.Ordinal) + 1, found.Column);
    }

    [Theory]
    [InlineData("OpenAI's GPT-4 and DeepSeek's R1 trained on H800 chips.")]
    [InlineData("replicating its 5G success at 01.AI with Qwen2.5 and Grok-1")]
    [InlineData("no one wants to fund pioneer models anymore")]
    [InlineData("  1. Key Highlights:")]
    [InlineData("a few companies and several startups, most of them small")]
    public void Names_list_numbers_pronouns_and_vague_words_are_not_figures(string line)
    {
        Assert.Empty(Scan(line));
    }

    [Fact]
    public void A_year_after_mid_is_found_where_its_digits_stand()
    {
        var found = Assert.Single(Scan("Baichuan halted pretraining in mid-2024 to focus"));
        Assert.Equal(("2024", FigureKind.Year), (found.Text, found.Kind));
        Assert.Equal("Baichuan halted pretraining in mid-".Length + 1, found.Column);
    }

    [Fact]
    public void Several_figures_on_one_line_are_found_left_to_right()
    {
        var spans = Scan("investors put $1.2 billion across 144 deals, a fall of 30%.");
        Assert.Equal(["$1.2 billion", "144", "30%"], spans.Select(s => s.Text));
        Assert.Equal([FigureKind.Money, FigureKind.Count, FigureKind.Percent], spans.Select(s => s.Kind));
    }
}
