using System.Text;
using System.Text.Json;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Knowledge;
using AmlNavigator.Reports.Clinician;

namespace AmlNavigator.Reports.Tests;

public sealed class ClinicianReportTests
{
    public static TheoryData<string> SampleNames => Samples.Names();

    [Theory, MemberData(nameof(SampleNames))]
    public void RenderHtml_EverySample_HasEverySectionDisclaimerAndVersions(string sample)
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(sample);

        string html = ClinicianReport.RenderHtml(a, KnowledgeBaseLoader.Default, c);

        html.ShouldStartWith("<!doctype html>");
        html.ShouldContain(System.Net.WebUtility.HtmlEncode(a.Disclaimer));
        html.ShouldContain($"knowledge base {a.KnowledgeBase.Version}");
        html.ShouldContain($"engine {a.EngineVersion}");
        foreach (string section in new[] { "Disease status", "Risk classification", "Prognosis scores", "Genetics: diagnosis versus relapse", "Treatment options" })
        {
            html.ShouldContain($">{section}</h2>");
        }

        html.ShouldContain("<svg class=\"chart timeline\"");
        html.ShouldNotContain("<script");
    }

    [Theory, MemberData(nameof(SampleNames))]
    public void RenderHtml_EveryCitationInTheAssessment_IsCitedAndListed(string sample)
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(sample);
        HashSet<string> keys = [];
        CollectCitations(JsonDocument.Parse(AmlJson.Serialize(a)).RootElement, keys);

        string html = ClinicianReport.RenderHtml(a, KnowledgeBaseLoader.Default, c);

        foreach (string key in keys)
        {
            html.ShouldContain($"href=\"#ref-{key}\"");
            html.ShouldContain($"<li id=\"ref-{key}\">");
        }
    }

    [Fact]
    public void RenderHtml_SameInputs_SameBytes()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);
        ClinicianReport.RenderHtml(a, KnowledgeBaseLoader.Default, c).ShouldBe(ClinicianReport.RenderHtml(a, KnowledgeBaseLoader.Default, c));
    }

    [Fact]
    public void RenderHtml_UnknownValues_ShowAsNotDeterminedNeverAsValues()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);
        CaseAssessment unknown = a with { Risk = new Domain.Classification.RiskAssessment() };

        string html = ClinicianReport.RenderHtml(unknown, KnowledgeBaseLoader.Default, c);

        html.ShouldContain("<span class=\"muted\">not determined</span>");
    }

    [Fact]
    public void RenderPdf_IsAMultiPagePdfWithTheReportDate()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);

        byte[] pdf = ClinicianReport.RenderPdf(a, KnowledgeBaseLoader.Default, c);

        string text = Encoding.Latin1.GetString(pdf);
        text.ShouldStartWith("%PDF-");
        text.ShouldContain("/Producer");
        text.ShouldContain("D:20261128");
        System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page\b").ShouldBeGreaterThan(1);
    }

    private static void CollectCitations(JsonElement e, HashSet<string> keys)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty p in e.EnumerateObject())
                {
                    if (p.Name == "citation" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        keys.Add(p.Value.GetString()!);
                    }
                    else
                    {
                        CollectCitations(p.Value, keys);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement i in e.EnumerateArray())
                {
                    CollectCitations(i, keys);
                }

                break;
            default:
                break;
        }
    }
}
