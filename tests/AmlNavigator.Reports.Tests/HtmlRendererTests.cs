using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Reports.Charts;
using AmlNavigator.Reports.Documents;
using AmlNavigator.Testing;

namespace AmlNavigator.Reports.Tests;

/// <summary>Approved-output tests of the renderer on a fixed document (independent of the clinical engine's output).</summary>
public sealed class HtmlRendererTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Empty with
    {
        Version = "9.9.9",
        Citations = KnowledgeBase.Empty.Citations
            .Add("eln2022", new Citation("eln2022", "Döhner H et al. Diagnosis and management of AML in adults: 2022 ELN recommendations. Blood 2022;140:1345", "guideline") { Pmid = "35797463" }),
    };

    private const string CaseJson = """
        {"id":"fixed","diagnosis":{"date":"2023-02-01","genetics":{"variants":[{"gene":"NPM1","notation":"c.860_863dup","vaf":0.42},
        {"gene":"FLT3","type":"ITD","allelicRatio":0.7}],"testedGenes":["NPM1","FLT3","IDH1"]}},
        "therapies":[{"regimen":"7+3","agents":["cytarabine","daunorubicin"],"intent":"induction","intensity":"intensive","start":"2023-02-03","end":"2023-03-05","response":{"best":"CR","date":"2023-03-10"}}],
        "relapse":{"date":"2024-07-20","genetics":{"variants":[{"gene":"NPM1","notation":"c.860_863dup","vaf":0.40},{"gene":"IDH1","notation":"p.R132H","vaf":0.21}],"testedGenes":["NPM1","IDH1"]}}}
        """;

    private static ReportDocument Fixed()
    {
        PatientCase c = CaseJsonReader.Read(CaseJson).Case!;
        DocumentBuilder doc = new(Kb);
        doc.Add(new Block.Notice("info", [new Inline.Text("Decision support, not decision making.")]));
        doc.Heading(1, "Section <one> & more");
        doc.Paragraph(new Inline.Text("Group: "), new Inline.Badge("adverse"), new Inline.Text(" because of TP53"), new Inline.Cite("eln2022"));
        doc.Add(new Block.BulletList([[new Inline.Text("first", Strong: true)], [new Inline.Text("unknown", Muted: true), new Inline.Cite("not-in-kb")]]));
        doc.Add(new Block.Definitions([new Definition("ECOG", [new Inline.Text("1")])]));
        doc.Add(new Block.Table(["A", "B"], [[[new Inline.Text("1")], [new Inline.Badge("consider")]]]));
        doc.Add(new Block.Details("Basis and sources", [new Block.Paragraph([new Inline.Text("rule x"), new Inline.Cite("eln2022")])]));
        doc.Add(new Block.Chart(CaseCharts.Timeline(c, new DateOnly(2024, 8, 1))!));
        doc.Add(new Block.Chart(CaseCharts.Vaf(c)!));
        return doc.Build("Title", "Subtitle", "clinician");
    }

    [Fact]
    public void Render_FixedDocument_MatchesApproved()
    {
        Approved.Verify(HtmlRenderer.Render(Fixed()), "tests/AmlNavigator.Reports.Tests/Approved/fixed-document.approved.html");
    }

    [Fact]
    public void Build_References_InOrderOfFirstUse_UnknownKeysFlagged()
    {
        ReportDocument doc = Fixed();
        doc.References.Select(r => r.Key).ShouldBe(["eln2022", "not-in-kb"]);
        doc.References[1].Describe().ShouldContain("verify the source");
    }

    [Fact]
    public void Vaf_UntestedGene_IsUnknownNotZero()
    {
        PatientCase c = CaseJsonReader.Read(CaseJson).Case!;
        ChartData.VafComparison vaf = CaseCharts.Vaf(c)!;

        VafRow idh1 = vaf.Rows.Single(r => r.Label == "IDH1 p.R132H");
        idh1.Diagnosis.State.ShouldBe(VafState.NotDetected);
        VafRow flt3 = vaf.Rows.Single(r => r.Label == "FLT3 ITD");
        flt3.Diagnosis.Describe().ShouldBe("present, VAF not given");
        flt3.Relapse.State.ShouldBe(VafState.NotTested);
        flt3.Relapse.Describe().ShouldBe("not tested (unknown)");
    }
}
