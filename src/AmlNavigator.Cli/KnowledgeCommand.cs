using System.Net;
using System.Text;
using System.Text.Json;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Options;
using AmlNavigator.Knowledge;

namespace AmlNavigator.Cli;

/// <summary><c>amlnav knowledge</c>: export the knowledge base for clinician review (version, every entry with its
/// sources, and the suitability rules that use each option).</summary>
/// <remarks>Extension point: other areas (e.g. the ELN risk rule catalog) add a markdown section to
/// <see cref="Sections"/>; md and html render every section, json carries them as markdown strings.</remarks>
internal static class KnowledgeCommand
{
    /// <summary>Sections in output order: (title, markdown body).</summary>
    public static readonly List<Func<KnowledgeBase, (string Title, string Markdown)>> Sections =
    [
        kb => ("Treatment options", OptionsMarkdown(kb)),
        kb => ("Drugs", DrugsMarkdown(kb)),
        kb => ("Interaction rules and drug classes", InteractionsMarkdown(kb)),
        kb => ("Supportive care", SupportiveMarkdown(kb)),
        kb => ("Genetic risk rules (ELN 2022, 2017, 2024 less-intensive)", RiskRulesMarkdown()),
        kb => ("Citations", CitationsMarkdown(kb)),
    ];

    public static int Run(CommandLine line, CliConsole console)
    {
        line.AllowOnly("--format", "--out");
        string format = line.Choice("--format", "md", "md", "html", "json");
        KnowledgeBase kb = KnowledgeBaseLoader.Default;
        var sections = Sections.Select(s => s(kb)).ToList();
        string text = format switch
        {
            "json" => Json(kb, sections),
            "html" => Html(kb, sections),
            _ => Markdown(kb, sections),
        };
        CliIo.WriteOutput(text, line.Option("--out"), console);
        return ExitCodes.Ok;
    }

    private static string Markdown(KnowledgeBase kb, List<(string Title, string Markdown)> sections)
    {
        var sb = new StringBuilder();
        sb.Append("# AML Navigator knowledge base ").Append(kb.Version).Append("\n\n");
        sb.Append("Content hash: `").Append(kb.ContentHash).Append("`. Decision support, not decision making: verify every entry against its source.\n");
        foreach ((string title, string body) in sections)
        {
            sb.Append("\n## ").Append(title).Append("\n\n").Append(body);
        }

        return sb.ToString();
    }

    private static string Html(KnowledgeBase kb, List<(string Title, string Markdown)> sections)
    {
        // A plain, dependency-free rendering: each markdown line as a paragraph or list item, escaped.
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>AML Navigator knowledge base ");
        sb.Append(WebUtility.HtmlEncode(kb.Version)).Append("</title></head><body>\n<h1>AML Navigator knowledge base ")
          .Append(WebUtility.HtmlEncode(kb.Version)).Append("</h1>\n<p>Content hash: <code>").Append(kb.ContentHash).Append("</code></p>\n");
        foreach ((string title, string body) in sections)
        {
            sb.Append("<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2>\n");
            foreach (string raw in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string l = raw.TrimEnd();
                if (l.StartsWith("### ", StringComparison.Ordinal))
                {
                    sb.Append("<h3>").Append(WebUtility.HtmlEncode(l[4..])).Append("</h3>\n");
                }
                else if (l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                {
                    sb.Append("<li>").Append(WebUtility.HtmlEncode(l.TrimStart()[2..])).Append("</li>\n");
                }
                else
                {
                    sb.Append("<p>").Append(WebUtility.HtmlEncode(l)).Append("</p>\n");
                }
            }
        }

        return sb.Append("</body></html>\n").ToString();
    }

    private static string Json(KnowledgeBase kb, List<(string Title, string Markdown)> sections)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("version", kb.Version);
            w.WriteString("contentHash", kb.ContentHash);
            w.WriteStartArray("sections");
            foreach ((string title, string body) in sections)
            {
                w.WriteStartObject();
                w.WriteString("title", title);
                w.WriteString("markdown", body);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("citations");
            foreach (Citation c in kb.Citations.Values)
            {
                w.WriteStartObject();
                w.WriteString("key", c.Key);
                w.WriteString("title", c.Title);
                w.WriteString("kind", c.Kind);
                w.WriteString("status", c.Status);
                w.WriteString("url", c.Url);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string OptionsMarkdown(KnowledgeBase kb)
    {
        var sb = new StringBuilder();
        foreach (TherapyOption o in kb.Therapy.Options)
        {
            sb.Append("### ").Append(o.Name).Append(" (`").Append(o.Id).Append("`)\n\n");
            sb.Append("- Category: ").Append(o.Category).Append("; intensity: ").Append(EnumText.Of(o.Intensity));
            if (!o.Drugs.IsEmpty)
            {
                sb.Append("; drugs: ").Append(string.Join(", ", o.Drugs));
            }

            if (!o.RequiresAnyOf.IsEmpty)
            {
                sb.Append("; requires any of: ").Append(string.Join(", ", o.RequiresAnyOf.Select(m => EnumText.Of(m))));
            }

            if (o.MinimumAge is { } age)
            {
                sb.Append("; minimum age ").Append(age);
            }

            sb.Append('\n');
            foreach (ApprovalEntry a in o.Approvals)
            {
                sb.Append("- ").Append(EnumText.Of(a.Jurisdiction)).Append(": **").Append(EnumText.Of(a.Status)).Append("** — ").Append(a.Indication);
                if (a.Date is { } d)
                {
                    sb.Append(" (").Append(d).Append(')');
                }

                if (a.CompanionTest is { } t)
                {
                    sb.Append("; companion test ").Append(t);
                }

                sb.Append(" [").Append(a.Citation).Append("]\n");
            }

            foreach (EvidenceEntry e in o.Evidence)
            {
                sb.Append("- Evidence — ").Append(e.Study).Append(": ").Append(e.Text).Append(" [").Append(e.Citation).Append("]\n");
            }

            foreach (CautionEntry c in o.Cautions)
            {
                sb.Append("- Caution: ").Append(c.Text).Append(" [").Append(c.Citation).Append("]\n");
            }

            sb.Append("- Rules: ").Append(string.Join(", ", OptionRuleCatalog.RulesFor(o, kb.Therapy).Select(r => r.Id))).Append("\n\n");
        }

        sb.Append("### Suitability rules\n\n");
        foreach (OptionRule r in OptionRuleCatalog.Rules)
        {
            sb.Append("- `").Append(r.Id).Append("`: ").Append(r.Description).Append(" [").Append(string.Join(", ", r.Citations)).Append("]\n");
        }

        return sb.ToString();
    }

    private static string DrugsMarkdown(KnowledgeBase kb)
    {
        var sb = new StringBuilder();
        foreach (DrugEntry d in kb.Therapy.Drugs)
        {
            sb.Append("### ").Append(d.Name).Append(d.Brand is { } b ? $" ({b})" : "").Append(" — `").Append(d.Id).Append("`\n\n");
            sb.Append("- Class: ").Append(d.DrugClass);
            if (!d.Targets.IsEmpty)
            {
                sb.Append("; targets: ").Append(string.Join(", ", d.Targets));
            }

            sb.Append("\n- Dose: ").Append(d.StandardDose).Append(" [").Append(string.Join(", ", d.Citations)).Append("]\n");
            foreach (CautionEntry w in d.Warnings)
            {
                sb.Append("- Warning: ").Append(w.Text).Append(" [").Append(w.Citation).Append("]\n");
            }

            foreach (string m in d.Monitoring)
            {
                sb.Append("- Monitoring: ").Append(m).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string InteractionsMarkdown(KnowledgeBase kb)
    {
        var sb = new StringBuilder();
        foreach (InteractionRule r in kb.Therapy.InteractionRules)
        {
            sb.Append("- `").Append(r.Id).Append("` ").Append(r.Drug).Append(" + ").Append(r.WithDrug ?? $"class {r.WithClass}")
              .Append(" (").Append(EnumText.Of(r.Severity)).Append("): ").Append(r.Action);
            if (r.DoseAdjustment is { } dose)
            {
                sb.Append(" Dose: ").Append(dose).Append('.');
            }

            sb.Append(" [").Append(r.Citation).Append("]\n");
        }

        sb.Append('\n');
        foreach (DrugClass c in kb.Therapy.DrugClasses)
        {
            sb.Append("- Class `").Append(c.Id).Append("` ").Append(c.Name).Append(": ").Append(string.Join(", ", c.Members)).Append(" [").Append(c.Citation).Append("]\n");
        }

        return sb.ToString();
    }

    private static string SupportiveMarkdown(KnowledgeBase kb)
    {
        var sb = new StringBuilder();
        foreach (SupportiveCareEntry s in kb.Therapy.SupportiveCare)
        {
            sb.Append("- `").Append(s.Id).Append("` (").Append(EnumText.Of(s.Trigger));
            if (!s.Drugs.IsEmpty)
            {
                sb.Append(": ").Append(string.Join(", ", s.Drugs));
            }

            sb.Append("): ").Append(s.Text).Append(" [").Append(s.Citation).Append("]\n");
        }

        return sb.ToString();
    }

    /// <summary>The ELN risk rule catalog (data in the domain), so clinicians review it beside the rest.</summary>
    private static string RiskRulesMarkdown()
    {
        var sb = new StringBuilder();
        foreach (AmlNavigator.Domain.Classification.RiskRule r in AmlNavigator.Domain.Classification.RiskRuleCatalog.All)
        {
            sb.Append("- **").Append(r.Id).Append("** (").Append(r.Scheme).Append(", ").Append(r.Kind).Append(" → ")
                .Append(r.Outcome).Append(", ").Append(r.Status).Append(") ").Append(r.Text).Append(" [").Append(r.Citation).Append("]\n");
        }

        return sb.ToString();
    }

    private static string CitationsMarkdown(KnowledgeBase kb)
    {
        var sb = new StringBuilder();
        foreach (Citation c in kb.Citations.Values)
        {
            sb.Append("- **").Append(c.Key).Append("** ").Append(c.Title);
            if (c.Pmid is { } p)
            {
                sb.Append(" PMID ").Append(p).Append('.');
            }

            if (c.Doi is { } doi)
            {
                sb.Append(" doi:").Append(doi).Append('.');
            }

            if (c.Url is { } u)
            {
                sb.Append(' ').Append(u);
            }

            if (c.Status is { } st)
            {
                sb.Append(" (").Append(st).Append(')');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
