namespace AnalysisHelpers.Kernel.Tests;

public sealed class CancellationPointsTests
{
    [Theory]
    [InlineData("while (true)\n{\n    spins++;\n}")]
    [InlineData("for (var i = 0; i < 3; i++) { undefinedThing(); }")]
    [InlineData("foreach (var x in xs)\n    total += x;")]
    [InlineData("do { n--; } while (n > 0);")]
    public void Every_loop_gets_a_check_and_the_users_text_keeps_its_lines_and_leading_columns(string code)
    {
        var rewritten = CancellationPoints.Rewrite(code);

        Assert.Contains("CellCancellation.Check()", rewritten, StringComparison.Ordinal);
        var before = code.Split('\n');
        var after = rewritten.Split('\n');
        Assert.Equal(before.Length, after.Length);
        // Each line keeps its text at the same columns up to its last closing brace: errors stay where the code is.
        for (var i = 0; i < before.Length; i++)
        {
            var kept = before[i].LastIndexOf('}') is var brace and >= 0 ? before[i][..brace] : before[i];
            Assert.StartsWith(kept, after[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_cell_without_loops_or_that_does_not_parse_is_left_as_it_is()
    {
        const string plain = "var a = 1;\na + 1";
        const string broken = "while (true { x++; }";

        Assert.Same(plain, CancellationPoints.Rewrite(plain));
        Assert.Same(broken, CancellationPoints.Rewrite(broken));
    }
}
