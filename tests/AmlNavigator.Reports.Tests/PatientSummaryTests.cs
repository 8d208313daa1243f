using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Knowledge;
using AmlNavigator.Reports.Documents;
using AmlNavigator.Reports.Patient;

namespace AmlNavigator.Reports.Tests;

public sealed class PatientSummaryTests
{
    public static TheoryData<string> SampleNames => Samples.Names();

    [Theory, MemberData(nameof(SampleNames))]
    public void Build_EverySample_ReadsAtGradeEightOrBelow(string sample)
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(sample);

        ReportDocument summary = PatientSummary.Build(a, KnowledgeBaseLoader.Default, c);
        ReadabilityScore score = Readability.Score(summary);

        score.Words.ShouldBeGreaterThan(300);
        score.Grade.ShouldBeLessThanOrEqualTo(8.0, $"{sample}: {score}");
        Console.WriteLine($"{sample}: Flesch-Kincaid grade {score.Grade:0.0} ({score})");
    }

    [Theory, MemberData(nameof(SampleNames))]
    public void RenderHtml_EverySample_HasTheSharedDecisionParts(string sample)
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(sample);

        string html = PatientSummary.RenderHtml(a, KnowledgeBaseLoader.Default, c);

        html.ShouldContain("What has happened");
        html.ShouldContain("Why leukemia can come back");
        html.ShouldContain("drug resistance");
        html.ShouldContain("Choices to talk about");
        // Trials, transplant, supportive and palliative care are always described (under the option's name when the
        // engine lists it, otherwise under a generic heading).
        html.ShouldContain("A research study that tests a new drug");
        html.ShouldContain("Blood-making cells from a donor replace your own");
        html.ShouldContain("Care to ease symptoms and prevent problems");
        html.ShouldContain("Care from a team that helps with pain");
        html.ShouldContain("Good points");
        html.ShouldContain("Hard points");
        html.ShouldContain("What we do not know yet");
        html.ShouldContain("Questions to ask your team");
        html.ShouldContain(a.KnowledgeBase.Version);
        html.ShouldContain(Samples.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_EveryChoice_HasTheSameFourParts()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);

        ReportDocument summary = PatientSummary.Build(a, KnowledgeBaseLoader.Default, c);

        foreach (Block.Definitions d in summary.Blocks.OfType<Block.Definitions>())
        {
            d.Items.Select(i => i.Term).ShouldBe(["What it is", "What it involves", "Good points", "Hard points"]);
        }
    }

    [Fact]
    public void Build_MissingInformation_IsListedAsUnknownNotNegative()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);
        CaseAssessment withMissing = a with
        {
            MissingInformation = [new MissingInformation("flt3-relapse", "FLT3 test at relapse", "Needed for targeted drugs", ["options.gilteritinib"])],
        };

        string html = PatientSummary.RenderHtml(withMissing, KnowledgeBaseLoader.Default, c);

        html.ShouldContain("FLT3 test at relapse.");
        html.ShouldContain("A missing fact is not good news or bad news");
    }

    [Fact]
    public void RenderPdf_IsAPdf()
    {
        (PatientCase c, CaseAssessment a) = Samples.Load(Samples.First);

        byte[] pdf = PatientSummary.RenderPdf(a, KnowledgeBaseLoader.Default, c);

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }
}
