using System.Collections.Immutable;
using System.Net;
using System.Text;
using AmlNavigator.Reports.Charts;

namespace AmlNavigator.Reports.Documents;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained, print-ready HTML page (inline CSS and SVG, no
/// scripts). <see cref="RenderBody"/> gives the inner part for embedding in the web application's pages.
/// </summary>
public static class HtmlRenderer
{
    public const string Styles = """
        body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1b1b1b;max-width:60rem;margin:1.5rem auto;padding:0 1rem}
        .report h1{font-size:1.6rem;margin:.2rem 0}.report h2{font-size:1.25rem;border-bottom:2px solid #1f4e8c;padding-bottom:.15rem;margin-top:1.6rem}
        .report h3{font-size:1.05rem;margin:1.1rem 0 .3rem}.report .subtitle{color:#555;margin:0 0 1rem}
        .report table{border-collapse:collapse;width:100%;margin:.4rem 0}.report th,.report td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
        .report th{background:#eef2f7}.report dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.4rem 0}.report dt{font-weight:bold}.report dd{margin:0}
        .report .notice{border:1px solid #1f4e8c;background:#f2f6fb;padding:.5rem .75rem;margin:.75rem 0}.report .notice.warning{border-color:#b3261e;background:#fdf1f0}
        .report .cite{font-size:.75em;vertical-align:super}.report .cite a{text-decoration:none;color:#1f4e8c}.report .muted{color:#666;font-style:italic}
        .report .badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;font-size:.85em;background:#e6e6e6}
        .report .badge.recommended,.report .badge.likely,.report .badge.favorable{background:#d8efd9}.report .badge.consider,.report .badge.possible,.report .badge.intermediate{background:#fff1c2}
        .report .badge.not-suitable,.report .badge.unlikely,.report .badge.adverse,.report .badge.poor{background:#f7d4d1}.report .badge.needs-information,.report .badge.not-determined{background:#e3e3f7}
        .report details{margin:.2rem 0 .6rem}.report summary{cursor:pointer;color:#1f4e8c}.report svg.chart{max-width:100%;height:auto;margin:.4rem 0}
        .report ol.references li{margin-bottom:.2rem}.report.patient{font-size:16px}.report.patient h2{border-color:#2e7d32}
        @media print{body{margin:0;max-width:none}.report h2{break-after:avoid}.report details{display:block}.report details>*{display:block}.noprint{display:none}}
        """;

    /// <summary>A complete HTML document.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        StringBuilder sb = new();
        sb.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Styles).Append("\n</style>\n</head>\n<body>\n");
        sb.Append(RenderBody(document));
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The report as an <c>&lt;article&gt;</c> (needs <see cref="Styles"/> on the page).</summary>
    public static string RenderBody(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        StringBuilder sb = new();
        sb.Append("<article class=\"report ").Append(E(document.Audience)).Append("\">\n");
        sb.Append("<h1>").Append(E(document.Title)).Append("</h1>\n");
        sb.Append("<p class=\"subtitle\">").Append(E(document.Subtitle)).Append("</p>\n");
        Dictionary<string, Reference> refs = document.References.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (Block block in document.Blocks)
        {
            RenderBlock(sb, block, refs);
        }

        if (!document.References.IsEmpty)
        {
            sb.Append("<h2 id=\"references\">").Append(document.Audience == "patient" ? "Where this comes from" : "References").Append("</h2>\n");
            sb.Append("<p>Knowledge base version ").Append(E(document.KnowledgeBaseVersion)).Append(".</p>\n<ol class=\"references\">\n");
            foreach (Reference r in document.References)
            {
                sb.Append("<li id=\"ref-").Append(E(r.Key)).Append("\"><strong>").Append(E(r.Key)).Append("</strong>: ").Append(E(r.Describe())).Append("</li>\n");
            }

            sb.Append("</ol>\n");
        }

        sb.Append("</article>\n");
        return sb.ToString();
    }

    private static void RenderBlock(StringBuilder sb, Block block, Dictionary<string, Reference> refs)
    {
        switch (block)
        {
            case Block.Heading h:
                int level = Math.Clamp(h.Level + 1, 2, 6);
                sb.Append("<h").Append(level).Append('>').Append(E(h.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case Block.Paragraph p:
                sb.Append("<p>");
                Inlines(sb, p.Content, refs);
                sb.Append("</p>\n");
                break;
            case Block.BulletList l:
                sb.Append("<ul>\n");
                foreach (ImmutableArray<Inline> item in l.Items)
                {
                    sb.Append("<li>");
                    Inlines(sb, item, refs);
                    sb.Append("</li>\n");
                }

                sb.Append("</ul>\n");
                break;
            case Block.Definitions d:
                sb.Append("<dl>\n");
                foreach (Definition item in d.Items)
                {
                    sb.Append("<dt>").Append(E(item.Term)).Append("</dt><dd>");
                    Inlines(sb, item.Value, refs);
                    sb.Append("</dd>\n");
                }

                sb.Append("</dl>\n");
                break;
            case Block.Table t:
                sb.Append("<table>\n<thead><tr>");
                foreach (string c in t.Columns)
                {
                    sb.Append("<th>").Append(E(c)).Append("</th>");
                }

                sb.Append("</tr></thead>\n<tbody>\n");
                foreach (ImmutableArray<ImmutableArray<Inline>> row in t.Rows)
                {
                    sb.Append("<tr>");
                    foreach (ImmutableArray<Inline> cell in row)
                    {
                        sb.Append("<td>");
                        Inlines(sb, cell, refs);
                        sb.Append("</td>");
                    }

                    sb.Append("</tr>\n");
                }

                sb.Append("</tbody>\n</table>\n");
                break;
            case Block.Notice n:
                sb.Append("<div class=\"notice ").Append(E(n.Kind)).Append("\" role=\"note\">");
                Inlines(sb, n.Content, refs);
                sb.Append("</div>\n");
                break;
            case Block.Details d:
                sb.Append("<details><summary>").Append(E(d.Summary)).Append("</summary>\n");
                foreach (Block inner in d.Body)
                {
                    RenderBlock(sb, inner, refs);
                }

                sb.Append("</details>\n");
                break;
            case Block.Chart c:
                sb.Append("<figure>").Append(SvgCharts.Render(c.Data)).Append("</figure>\n");
                break;
            default:
                break;
        }
    }

    private static void Inlines(StringBuilder sb, ImmutableArray<Inline> inlines, Dictionary<string, Reference> refs)
    {
        foreach (Inline inline in inlines)
        {
            switch (inline)
            {
                case Inline.Text { Strong: true } t:
                    sb.Append("<strong>").Append(E(t.Value)).Append("</strong>");
                    break;
                case Inline.Text { Muted: true } t:
                    sb.Append("<span class=\"muted\">").Append(E(t.Value)).Append("</span>");
                    break;
                case Inline.Text t:
                    sb.Append(E(t.Value));
                    break;
                case Inline.Cite c:
                    string title = refs.TryGetValue(c.Key, out Reference? r) ? r.Describe() : c.Key;
                    sb.Append("<span class=\"cite\"><a href=\"#ref-").Append(E(c.Key)).Append("\" title=\"").Append(E(title)).Append("\">[")
                      .Append(E(c.Key)).Append("]</a></span>");
                    break;
                case Inline.Badge b:
                    sb.Append("<span class=\"badge ").Append(E(b.Value)).Append("\">").Append(E(b.Value)).Append("</span>");
                    break;
                default:
                    break;
            }
        }
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
