using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>
/// What links and images may do in notebook prose, applied as a walk over Markdig's tree before rendering: a link
/// whose URL is not relative, an anchor, http(s) or mailto (javascript:, data:, vbscript: ...) loses its link and
/// keeps its text; an image on another host becomes a link to it, so that opening the page fetches nothing.
/// </summary>
internal static class MarkdownInline
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static void MakeSafe(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url ?? ""))
            {
                Unwrap(link);
                continue;
            }
            if (link.IsImage && !IsRelative(link.Url!))
            {
                // The image's alt text becomes the link's text.
                link.IsImage = false;
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (link.IsEmail) continue;
            if (!IsSafeUrl(link.Url) || IsRelative(link.Url)) link.ReplaceBy(new LiteralInline("<" + link.Url + ">"));
        }
    }

    /// <summary>Puts the link's children where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        Inline at = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            at.InsertAfter(child);
            at = child;
        }
        link.Remove();
    }

    private static bool IsRelative(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);

    /// <summary>Relative URLs, anchors, http(s) and mailto; never javascript: or data: URLs.</summary>
    private static bool IsSafeUrl(string url)
    {
        if (url.Length == 0) return false;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Links as Markdig writes them, and images as <c>&lt;img src alt&gt;</c> without a closing slash.</summary>
    internal sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        private readonly Markdig.Renderers.Html.Inlines.LinkInlineRenderer _links = new();

        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!link.IsImage)
            {
                _links.Write(renderer, link);
                return;
            }
            renderer.Write("<img src=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write("\" alt=\"");
            var plain = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = plain;
            renderer.Write("\">");
        }
    }
}
