namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>The stylesheet of executed-notebook pages. A table wider than the column (a DataFrame with many columns)
/// takes its natural width and scrolls inside its output, with a shadow at the edge that has more to show; a long
/// cell wraps at spaces within a readable width.</summary>
internal static class NotebookHtmlStyles
{
    public const string Css = """
        :root { --text: #1f2328; --muted: #656d76; --border: #d0d7de; --code-bg: #f6f8fa; --error-bg: #fff1f0; --error: #b42318; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: var(--text); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        .notebook-header { color: var(--muted); font-size: 0.875rem; border-bottom: 1px solid var(--border); padding-bottom: 0.5rem; margin-bottom: 1.5rem; }
        .run-failure { background: var(--error-bg); border: 1px solid var(--error); color: var(--error); border-radius: 6px; padding: 0.75rem 1rem; margin-bottom: 1.5rem; white-space: pre-wrap; }
        .cell { margin: 0 0 1.25rem; }
        .cell.not-run { opacity: 0.55; }
        .markdown h1, .markdown h2, .markdown h3 { line-height: 1.25; margin: 1.5rem 0 0.75rem; }
        .markdown table { border-collapse: collapse; margin: 0.75rem 0; }
        .markdown th, .markdown td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
        .markdown th { background: var(--code-bg); }
        .markdown blockquote { margin: 0.75rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--border); }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.875rem; }
        :not(pre) > code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
        pre { background: var(--code-bg); padding: 0.75rem 1rem; border-radius: 6px; overflow-x: auto; margin: 0.5rem 0; }
        .source { position: relative; border-left: 3px solid #0969da; }
        .prompt { color: var(--muted); font-size: 0.75rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .outputs { margin-left: 0.25rem; }
        .output-text, .stream { background: transparent; border: 1px solid var(--border); }
        .stream.stderr { border-color: #d4a72c; background: #fff8c5; }
        .error { background: var(--error-bg); border: 1px solid var(--error); color: var(--error); white-space: pre-wrap; }
        .output-html { overflow-x: auto; max-width: 100%; margin: 0.5rem 0; scrollbar-width: thin; overscroll-behavior-x: contain;
          background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left center / 40px 100% no-repeat local,
                      linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right center / 40px 100% no-repeat local,
                      radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) left center / 12px 100% no-repeat scroll,
                      radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) right center / 12px 100% no-repeat scroll; }
        .output-html table { border-collapse: collapse; width: max-content; background: #fff; }
        .output-html th, .output-html td { border: 1px solid var(--border); padding: 0.2rem 0.5rem; vertical-align: top; }
        .output-html th { white-space: nowrap; }
        .output-html td { max-width: 40em; overflow-wrap: normal; }
        @media print { .output-html { overflow: visible; background: none; } .output-html table { width: auto; } }
        img { max-width: 100%; }
        """;
}
