namespace AnalysisHelpers.Export.Tests;

/// <summary>A report shaped like the workbook's: two charts, derived figures, sources, provenance and a fact check.</summary>
internal static class TestReports
{
    public const string HostileCell = "<img src=x onerror=\"window.__pwned=1\">";

    public static ReportModel Sample() => new(
        "DeepSeek claims <b>workbook</b>",
        "Four articles & their numbers",
        [
            new ReportChart("bars", "Three bars", "Heights 3, 7 and 5.", TestFigures.Bar, 640, 360),
            new ReportChart("hostile-bars", "Bars " + TestFigures.Hostile, "Caption </script>", TestFigures.HostileBar, 900, 400),
        ],
        [
            new ReportTable("derived", "Derived figures", "Computed from the claims.",
                ["Figure", "Value"],
                [["Ratio", "12.5"], ["Share", "40%"]]),
            new ReportTable("sources", "Sources", "",
                ["Article", "URL"],
                [["Example", "https://example.com/a?x=1&y=2"], ["Hostile", HostileCell]]),
        ],
        [
            new ReportSection("provenance", "Provenance", ["Generated from data/claims.csv.", "Second paragraph <i>plain</i>."]),
            new ReportSection("fact-check", "Fact check", ["Each claim against its source."],
                [new ReportTable("fact-check-table", "Verdicts", "One row per claim.",
                    ["Claim", "Verdict"],
                    [[HostileCell, "unsupported"], ["$6m training cost", "disputed"]])]),
        ]);
}
