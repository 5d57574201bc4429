namespace AnalysisHelpers.Export.Tests;

/// <summary>A report shaped like the workbook's: findings, two figures, a wide table, linked rows and citations, with
/// hostile text wherever the model takes text.</summary>
internal static class TestReports
{
    public const string HostileCell = "<img src=x onerror=\"window.__pwned=1\">";

    public static ReportModel Sample() => new(
        new ReportFrontMatter("DeepSeek claims <b>workbook</b>", "Four articles & their numbers", "Claims \"running\" </style>",
            new DateOnly(2026, 3, 4), "AnalysisHelpers 9.9.9 · data abc123"),
        [
            new ReportSection("findings", "Findings",
            [
                new ReportParagraph(new ReportText(
                [
                    ReportSpan.Strong("In brief. "), ReportSpan.Plain("The article says "), ReportSpan.Link("C001", "claim-C001"),
                    ReportSpan.Plain(" is 12.5 (see "), ReportSpan.NumberOf("derived"), ReportSpan.Plain(" and "), ReportSpan.NumberOf("bars"),
                    ReportSpan.Plain(") <i>plain</i>."),
                ])),
            ]),
            new ReportSection("charts", "Charts",
            [
                new ReportFigure("bars", "Three bars", "Heights 3, 7 and 5.", "claims C001", TestFigures.Bar, 640, 360),
                new ReportFigure("hostile-bars", "Bars " + TestFigures.Hostile, "Caption </script>", HostileCell, TestFigures.HostileBar, 720, 400),
            ]),
            new ReportSection("tables", "Tables",
            [
                new ReportTable("derived", "Derived figures", "Computed from the claims.",
                    [new("No.", ColumnKind.Key), new("Figure", ColumnKind.Text), new("Value", ColumnKind.Number)],
                    [new(["D1", "Ratio", "12.5"], "derived-d1"), new(["D2", "Share", "40%"], "derived-d2")]),
                new ReportTable("claims", "Claims", "",
                    [new("Claim", ColumnKind.Key), new("As stated", ColumnKind.Text), new("Article", ColumnKind.Label)],
                    [new(["C001", HostileCell, "Example article"], "claim-C001"), new(["C002", "$6m training cost", "Other"], "claim-C002")],
                    Wide: true),
            ],
            [
                new ReportSection("notes", "Notes", [new ReportParagraph("Second level <i>plain</i>.")]),
            ]),
            new ReportSection("sources", "Sources",
            [
                new ReportCitations([new ReportCitation("source-a", "Example article", "“A title”. Example Times.", "Note " + HostileCell)]),
            ]),
            new ReportSection("appendix", "Appendix",
            [
                new ReportTable("evidence", "Evidence by kind",
                    new ReportText([ReportSpan.Plain("Claims as in "), ReportSpan.NumberOf("claims"), ReportSpan.Plain(".")]),
                    [new("No.", ColumnKind.Key), new("Explanation", ColumnKind.Text, 40), new("Evidence", ColumnKind.Text, 45)],
                    [
                        ReportRow.Heading(new ReportText([ReportSpan.Strong("Kind one. "), ReportSpan.Plain("What it means.")])),
                        new(["1", "Two figures differ.", new ReportText([ReportSpan.Link("C001", "claim-C001"), ReportSpan.Muted(" a.txt:3"),
                            ReportSpan.Plain(" “12.5”"), ReportSpan.LineBreak(), ReportSpan.Link("C002", "claim-C002"), ReportSpan.Plain(" “$6m”")])], "conflict-1"),
                    ]),
            ], Landscape: true),
        ]);
}
