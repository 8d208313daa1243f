using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Testing;

namespace AmlNavigator.Domain.Tests.DiseaseStatus;

/// <summary>Each sample case exercises the disease-status branch it was written for.</summary>
public class SampleStatusTests
{
    public static TheoryData<string, DiseaseCategory?, RelapseTiming?, bool, string?> Expected => new()
    {
        { "npm1-flt3itd-late-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "flt3itd-early-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Early, false, null },
        { "idh1-late-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "idh2-relapse-after-venetoclax", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "kmt2a-relapse-after-transplant", DiseaseCategory.FirstRelapse, RelapseTiming.Late, true, null },
        { "cbf-t821-late-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "tp53-complex-primary-refractory", DiseaseCategory.PrimaryRefractory, null, false, null },
        { "unfit-elderly-relapse-after-ven-aza", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "second-relapse-after-transplant", DiseaseCategory.SecondOrLaterRelapse, null, true, null },
        { "cns-extramedullary-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "mostly-missing-referral", DiseaseCategory.FirstRelapse, null, false, "first-remission-date" },
        { "eu-flt3-tkd-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "npm1-molecular-relapse", DiseaseCategory.FirstRelapse, RelapseTiming.Late, false, null },
        { "no-remission-after-ven-aza", null, null, false, null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Sample_HasItsIntendedStatus(string sample, DiseaseCategory? category, RelapseTiming? timing, bool afterAllo, string? missing)
    {
        // Given
        string json = File.ReadAllText(RepositoryFiles.PathOf($"samples/cases/{sample}.json"));
        CaseReadResult read = CaseJsonReader.Read(json, new DateOnly(2026, 11, 28));
        read.Errors.ShouldBeEmpty();

        // When
        AssessmentLog log = new();
        DiseaseStatusAssessment status = DiseaseStatusEvaluator.Evaluate(read.Case!, new DateOnly(2026, 11, 28), log);

        // Then
        status.Category.ShouldBe(category);
        status.RelapseTiming.ShouldBe(timing);
        status.AfterAllogeneicTransplant.ShouldBe(afterAllo);
        if (missing is not null)
        {
            log.IsMissing(missing).ShouldBeTrue();
        }

        status.Basis.ShouldNotBeEmpty();
    }

    [Fact]
    public void EverySample_IsListed()
    {
        string[] files = [.. Directory.GetFiles(RepositoryFiles.PathOf("samples/cases"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!];

        files.ShouldBe(Expected.Select(row => (string)row[0]).Order(), ignoreOrder: true);
    }
}
