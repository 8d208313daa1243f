using System.Net;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Reports.Documents;

namespace AmlNavigator.Web.Pages;

/// <summary>The page frame: navigation, the no-login notice, the disclaimer.</summary>
internal static class Layout
{
    public const string NoLoginNotice =
        "Local mode: no login yet — not for deployment with real patient data. Every change and view is recorded in the audit log as \"local-user\".";

    private const string AppStyles = """
        header.app{display:flex;gap:1.2rem;align-items:baseline;border-bottom:1px solid #ccc;padding-bottom:.4rem;margin-bottom:.6rem}
        header.app strong{font-size:1.15rem;color:#1f4e8c}header.app a{color:#1f4e8c}
        .nologin{background:#fff4d6;border:1px solid #e0a000;padding:.35rem .6rem;margin:.4rem 0 1rem;font-size:.9rem}
        footer.app{margin-top:2rem;border-top:1px solid #ccc;padding-top:.5rem;color:#555;font-size:.85rem}
        table.list{border-collapse:collapse;width:100%}table.list th,table.list td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}table.list th{background:#eef2f7}
        form.inline{display:inline}label{display:block;margin:.35rem 0 .1rem;font-weight:bold;font-size:.9rem}
        input[type=text],input[type=number],input[type=date],select{padding:.25rem;font-size:.95rem;min-width:14rem}
        textarea{width:100%;font-family:"DejaVu Sans Mono",monospace;font-size:.85rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.2rem 1.2rem}
        .errors{border:1px solid #b3261e;background:#fdf1f0;padding:.4rem .7rem}.ok{border:1px solid #2e7d32;background:#eef8ee;padding:.4rem .7rem}
        .field-error{outline:2px solid #b3261e}button,.button{background:#1f4e8c;color:#fff;border:0;padding:.4rem .9rem;border-radius:.25rem;cursor:pointer;text-decoration:none;font-size:.95rem}
        .actions{display:flex;gap:.6rem;flex-wrap:wrap;align-items:center;margin:.6rem 0}
        """;

    public static IResult Html(string title, string body, string? script = null, int status = 200) =>
        TypedResults.Content(Page(title, body, script), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static string Page(string title, string body, string? script = null) =>
        $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · AML Navigator</title>
        <style>
        {{HtmlRenderer.Styles}}
        {{AppStyles}}
        </style>
        </head>
        <body>
        <header class="app noprint"><strong>AML Navigator</strong><a href="/">Cases</a><a href="/cases/new">New case</a><a href="/openapi/v1.json">API (OpenAPI)</a></header>
        <div class="nologin noprint" role="alert" id="no-login-notice">{{E(NoLoginNotice)}}</div>
        <main>
        {{body}}
        </main>
        <footer class="app">{{E(Disclaimer.Text)}}</footer>
        {{(script is null ? "" : "<script>\n" + script + "\n</script>")}}
        </body>
        </html>
        """;

    public static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    public static string U(string s) => Uri.EscapeDataString(s);
}
