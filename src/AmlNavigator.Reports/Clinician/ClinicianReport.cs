using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Reports.Charts;
using AmlNavigator.Reports.Documents;

namespace AmlNavigator.Reports.Clinician;

/// <summary>
/// The clinician report: every section of the assessment with its basis, each statement followed by its citation,
/// the references with the knowledge-base version, the case's timeline and VAF chart, and the disclaimer.
/// </summary>
/// <remarks>
/// Built from the assessment's contract JSON (CONTRACT §3), so sections other engineers add are rendered generically.
/// Deterministic: same assessment, knowledge base and case → same bytes (no clock, invariant culture).
/// </remarks>
public static class ClinicianReport
{
    /// <summary>Top-level properties shown in the header rather than as sections.</summary>
    private static readonly HashSet<string> HeaderProperties = new(StringComparer.Ordinal)
    {
        "caseId", "asOf", "engineVersion", "knowledgeBase", "disclaimer",
    };

    /// <summary>Section order and titles; anything else follows in the assessment's own order.</summary>
    private static readonly (string Property, string Title)[] Sections =
    [
        ("diseaseStatus", "Disease status"),
        ("risk", "Risk classification"),
        ("prognosis", "Prognosis scores"),
        ("fitness", "Fitness for therapy"),
        ("genetics", "Genetics: diagnosis versus relapse"),
        ("options", "Treatment options"),
        ("interactions", "Drug interactions"),
        ("supportiveCare", "Supportive care"),
        ("trials", "Clinical trials"),
        ("missingInformation", "Missing information (order or confirm)"),
        ("warnings", "Input warnings"),
    ];

    public static ReportDocument Build(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Build(AmlJson.Serialize(assessment), knowledge, patientCase);
    }

    /// <summary>Builds the report from an assessment's JSON as stored (a past assessment renders exactly as made).</summary>
    public static ReportDocument Build(string assessmentJson, KnowledgeBase knowledge, PatientCase? patientCase = null)
    {
        ArgumentNullException.ThrowIfNull(assessmentJson);
        ArgumentNullException.ThrowIfNull(knowledge);
        using JsonDocument json = JsonDocument.Parse(assessmentJson);
        JsonElement root = json.RootElement;
        AssessmentHeader assessment = AssessmentHeader.From(root);
        DocumentBuilder doc = new(knowledge);
        JsonBlocks blocks = new(doc);

        doc.Add(new Block.Notice("info", [new Inline.Text(assessment.Disclaimer)]));
        if (patientCase is not null)
        {
            CaseSummary(doc, patientCase, assessment.AsOf);
        }

        foreach ((string property, string title) in Sections)
        {
            if (!root.TryGetProperty(property, out JsonElement value))
            {
                continue;
            }

            doc.Heading(1, title);
            switch (property)
            {
                case "risk" or "prognosis" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty scheme in value.EnumerateObject())
                    {
                        blocks.Property(scheme.Name, scheme.Value, 2);
                    }

                    break;
                case "genetics":
                    if (patientCase is not null && CaseCharts.Vaf(patientCase) is { } vaf)
                    {
                        doc.Add(new Block.Chart(vaf));
                    }

                    blocks.Object(value, 2);
                    break;
                case "options":
                    Options(doc, blocks, value);
                    break;
                case "missingInformation" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0:
                    doc.Paragraph(new Inline.Text("Nothing flagged as missing.", Muted: true));
                    break;
                default:
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        blocks.Array(value, 2);
                    }
                    else
                    {
                        blocks.Object(value, 2);
                    }

                    break;
            }
        }

        foreach (JsonProperty extra in root.EnumerateObject()
            .Where(p => !HeaderProperties.Contains(p.Name) && !Sections.Any(s => s.Property == p.Name)))
        {
            doc.Heading(1, JsonBlocks.Humanize(extra.Name));
            if (extra.Value.ValueKind == JsonValueKind.Array)
            {
                blocks.Array(extra.Value, 2);
            }
            else
            {
                blocks.Object(extra.Value, 2);
            }
        }

        doc.Add(new Block.Notice("info", [new Inline.Text(
            $"Every statement above names its source; the references below are from knowledge base {assessment.KnowledgeBase.Version} " +
            $"(content hash {Short(assessment.KnowledgeBase.ContentHash)}). Verify each against its source before acting.")]));
        return doc.Build(
            "AML Navigator — clinician report",
            $"Case {assessment.CaseId} · as of {assessment.AsOf:yyyy-MM-dd} · engine {assessment.EngineVersion} · knowledge base {assessment.KnowledgeBase.Version}",
            "clinician");
    }

    /// <summary>Print-ready HTML.</summary>
    public static string RenderHtml(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null) =>
        HtmlRenderer.Render(Build(assessment, knowledge, patientCase));

    /// <summary>PDF (A4).</summary>
    public static byte[] RenderPdf(CaseAssessment assessment, KnowledgeBase knowledge, PatientCase? patientCase = null) =>
        Pdf.PdfRenderer.Render(Build(assessment, knowledge, patientCase), assessment.AsOf);

    /// <summary>The header fields every assessment carries (CONTRACT §3).</summary>
    private sealed record AssessmentHeader(string CaseId, DateOnly AsOf, string EngineVersion, KnowledgeBaseStamp KnowledgeBase, string Disclaimer)
    {
        public static AssessmentHeader From(JsonElement root)
        {
            JsonElement kb = root.TryGetProperty("knowledgeBase", out JsonElement k) ? k : default;
            string? asOf = JsonBlocks.Str(root, "asOf");
            return new AssessmentHeader(
                JsonBlocks.Str(root, "caseId") ?? "?",
                asOf is not null && DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : default,
                JsonBlocks.Str(root, "engineVersion") ?? "?",
                new KnowledgeBaseStamp(JsonBlocks.Str(kb, "version") ?? "?", JsonBlocks.Str(kb, "contentHash") ?? ""),
                JsonBlocks.Str(root, "disclaimer") ?? Domain.Assessment.Disclaimer.Text);
        }
    }

    private static void Options(DocumentBuilder doc, JsonBlocks blocks, JsonElement options)
    {
        if (options.ValueKind != JsonValueKind.Array || options.GetArrayLength() == 0)
        {
            doc.Paragraph(new Inline.Text("No options evaluated.", Muted: true));
            return;
        }

        doc.Add(new Block.Table(["Option", "Category", "Suitability"], [.. options.EnumerateArray().Select(o => ImmutableArray.Create<ImmutableArray<Inline>>(
            [new Inline.Text(JsonBlocks.Str(o, "name") ?? JsonBlocks.Str(o, "id") ?? "?")],
            [new Inline.Text(JsonBlocks.Str(o, "category") ?? "")],
            [new Inline.Badge(JsonBlocks.Str(o, "suitability") ?? "not-determined")]))]));
        foreach (JsonElement option in options.EnumerateArray())
        {
            doc.Heading(2, $"{JsonBlocks.Str(option, "name") ?? JsonBlocks.Str(option, "id")}");
            doc.Paragraph(new Inline.Badge(JsonBlocks.Str(option, "suitability") ?? "not-determined"),
                new Inline.Text($"  {JsonBlocks.Str(option, "category")} · id {JsonBlocks.Str(option, "id")}", Muted: true));
            foreach (JsonProperty p in option.EnumerateObject().Where(p => p.Name is not ("id" or "name" or "category" or "suitability")))
            {
                if (p.Name == "reasons" && p.Value.ValueKind == JsonValueKind.Array)
                {
                    if (p.Value.GetArrayLength() > 0)
                    {
                        doc.Heading(3, "Reasons");
                        doc.Add(ReasonList(p.Value, blocks));
                    }

                    continue;
                }

                if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0)
                {
                    continue;
                }

                if (p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(JsonBlocks.IsScalar))
                {
                    doc.Heading(3, JsonBlocks.Humanize(p.Name));
                    doc.Add(new Block.BulletList([.. p.Value.EnumerateArray().Select(v => blocks.Value(p.Name, v))]));
                    continue;
                }

                if (JsonBlocks.IsScalar(p.Value))
                {
                    doc.Add(new Block.Definitions([new Definition(JsonBlocks.Humanize(p.Name), blocks.Value(p.Name, p.Value))]));
                    continue;
                }

                blocks.Property(p.Name, p.Value, 3);
            }
        }
    }

    private static Block.BulletList ReasonList(JsonElement reasons, JsonBlocks blocks) =>
        new Block.BulletList([.. reasons.EnumerateArray().Select(r =>
        {
            if (r.ValueKind != JsonValueKind.Object)
            {
                return blocks.Value("", r);
            }

            List<Inline> line = [new Inline.Text(JsonBlocks.Str(r, "text") ?? JsonBlocks.Str(r, "finding") ?? "")];
            if (JsonBlocks.Str(r, "rule") is { } rule)
            {
                line.Add(new Inline.Text($" — {rule}", Muted: true));
            }

            foreach (JsonProperty p in r.EnumerateObject().Where(p => p.Name is not ("text" or "finding" or "rule")))
            {
                line.Add(new Inline.Text(" "));
                line.AddRange(blocks.Value(p.Name, p.Value));
            }

            return line.ToImmutableArray();
        })]);

    private static void CaseSummary(DocumentBuilder doc, PatientCase c, DateOnly asOf)
    {
        doc.Heading(1, "Case summary");
        List<Definition> items = [];
        void Add(string term, string? value)
        {
            items.Add(new Definition(term, value is null ? [new Inline.Text("unknown", Muted: true)] : [new Inline.Text(value)]));
        }

        PatientInfo? p = c.Patient;
        Add("Age at diagnosis", p?.AgeAtDiagnosis?.ToString(CultureInfo.InvariantCulture) ?? (p?.BirthDate is { } b ? $"born {b:yyyy-MM-dd}" : null));
        Add("Sex", p?.Sex is { } sex ? Enum(sex) : null);
        Add("ECOG", p?.Ecog?.ToString(CultureInfo.InvariantCulture));
        Add("HCT-CI (as given)", p?.HctCi?.ToString(CultureInfo.InvariantCulture));
        Add("AML type", c.Diagnosis?.AmlType is { } type ? Enum(type) : null);
        Add("Diagnosis date", c.Diagnosis?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("Relapse date", c.Relapse?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("Marrow blasts at relapse (%)", c.Relapse?.MarrowBlastPercent?.ToString("0.#", CultureInfo.InvariantCulture));
        Add("Karyotype at diagnosis", c.Diagnosis?.Genetics?.Karyotype);
        Add("Karyotype at relapse", c.Relapse?.Genetics?.Karyotype);
        Add("Current medicines", c.Medications.IsEmpty ? null : string.Join(", ", c.Medications.Select(m => m.Name)));
        Add("Jurisdiction (approvals)", Enum(c.EffectiveJurisdiction));
        doc.Add(new Block.Definitions([.. items]));
        if (CaseCharts.Timeline(c, asOf) is { } timeline)
        {
            doc.Add(new Block.Chart(timeline));
        }
    }

    private static string Enum<T>(T value) where T : struct, Enum
    {
        string json = JsonSerializer.Serialize(value, AmlJson.TypeInfo<T>());
        return json.Trim('"');
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
