using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Domain.Tests.DiseaseStatus;

public class DiseaseStatusEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    private static readonly DateOnly Diagnosed = new(2024, 1, 10);

    private static TherapyLine Course(string regimen, TherapyIntensity intensity, TherapyIntent intent, string start, ResponseCategory? best, string? responded) => new()
    {
        Regimen = regimen,
        Intensity = intensity,
        Intent = intent,
        Start = DateOnly.Parse(start),
        Response = best is null && responded is null ? null : new TherapyResponse { Best = best, Date = responded is null ? null : DateOnly.Parse(responded) },
    };

    private static TherapyLine SevenPlusThree(ResponseCategory? best, string? responded = "2024-02-20") =>
        Course("7+3", TherapyIntensity.Intensive, TherapyIntent.Induction, "2024-01-12", best, responded);

    private static PatientCase Case(RelapseEpisode? relapse, params TherapyLine[] therapies) => new()
    {
        Id = "t",
        Diagnosis = new DiagnosisEpisode { Date = Diagnosed },
        Therapies = [.. therapies],
        Relapse = relapse,
    };

    private static (DiseaseStatusAssessment Status, AssessmentLog Log) Evaluate(PatientCase c)
    {
        AssessmentLog log = new();
        return (DiseaseStatusEvaluator.Evaluate(c, AsOf, log), log);
    }

    // CR on 2024-02-20; relapse after n days → expected months and timing.
    [Theory]
    [InlineData("2024-08-19", 181, 5.9, RelapseTiming.Early)]
    [InlineData("2024-08-20", 182, 6.0, RelapseTiming.Early)] // 182 days = 5.98 months: still < 6 (comparison uses days)
    [InlineData("2024-08-21", 183, 6.0, RelapseTiming.Late)]  // 183 days = 6.01 months
    [InlineData("2025-06-30", 496, 16.3, RelapseTiming.Late)]
    public void FirstRelapse_Cr1Duration_GivesMonthsAndTiming(string relapseDate, int days, double months, RelapseTiming timing)
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { Date = DateOnly.Parse(relapseDate) }, SevenPlusThree(ResponseCategory.CR)));

        s.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        s.RelapseNumber.ShouldBe(1);
        s.FirstRemissionMonths.ShouldBe(months);
        s.RelapseTiming.ShouldBe(timing);
        s.Basis.ShouldContain(b => b.Rule == "cr1-duration" && b.Finding.Contains($"{days} days"));
        log.MissingItems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ResponseCategory.CRh)]
    [InlineData(ResponseCategory.CRi)]
    public void FirstRelapse_AfterCrhOrCri_CountsAsRemission(ResponseCategory best)
    {
        var (s, _) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 2, 20) }, SevenPlusThree(best)));

        s.FirstRemissionMonths.ShouldNotBeNull();
        s.RelapseTiming.ShouldBe(RelapseTiming.Late);
    }

    [Fact]
    public void FirstRelapse_MlfsIsNotRemission_Cr1Unknown()
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 2, 20) }, SevenPlusThree(ResponseCategory.MLFS)));

        s.FirstRemissionMonths.ShouldBeNull();
        s.RelapseTiming.ShouldBeNull();
        log.IsMissing("first-remission-date").ShouldBeTrue();
        log.Warnings.ShouldContain(w => w.Code == "relapse-without-remission");
    }

    [Fact]
    public void FirstRelapse_RemissionWithoutDate_NullAndMissing()
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 2, 20) }, SevenPlusThree(ResponseCategory.CR, responded: null)));

        s.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        s.FirstRemissionMonths.ShouldBeNull();
        s.RelapseTiming.ShouldBeNull();
        log.MissingItems.Single().Code.ShouldBe("first-remission-date");
    }

    [Fact]
    public void FirstRelapse_WithoutDate_NullAndMissingRelapseDate()
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { MarrowBlastPercent = 30 }, SevenPlusThree(ResponseCategory.CR)));

        s.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        s.FirstRemissionMonths.ShouldBeNull();
        log.IsMissing("relapse-date").ShouldBeTrue();
    }

    [Fact]
    public void FirstRelapse_NoTherapyRecorded_Cr1Missing()
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 2, 20) }));

        s.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        s.RelapseTiming.ShouldBeNull();
        log.IsMissing("first-remission-date").ShouldBeTrue();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void SecondOrLaterRelapse_TimingNotComputed(int number)
    {
        var (s, log) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2026, 2, 20), Number = number }, SevenPlusThree(ResponseCategory.CR)));

        s.Category.ShouldBe(DiseaseCategory.SecondOrLaterRelapse);
        s.RelapseNumber.ShouldBe(number);
        s.RelapseTiming.ShouldBeNull();
        s.FirstRemissionMonths.ShouldBeNull();
        log.MissingItems.ShouldBeEmpty();
    }

    [Fact]
    public void PrimaryRefractory_TwoIntensiveCoursesWithoutRemission()
    {
        var (s, _) = Evaluate(Case(null,
            SevenPlusThree(ResponseCategory.NR),
            Course("FLAG-Ida", TherapyIntensity.Intensive, TherapyIntent.ReInduction, "2024-03-01", ResponseCategory.PR, "2024-04-05")));

        s.Category.ShouldBe(DiseaseCategory.PrimaryRefractory);
        s.RelapseTiming.ShouldBeNull();
        s.Basis.ShouldContain(b => b.Rule == "primary-refractory" && b.Citation == DiseaseStatusEvaluator.CitationResponse);
    }

    [Fact]
    public void OneIntensiveCourseWithoutRemission_CategoryLeftOpen()
    {
        var (s, _) = Evaluate(Case(null, SevenPlusThree(ResponseCategory.NR)));

        s.Category.ShouldBeNull();
        s.Basis.ShouldContain(b => b.Rule == "induction-failure");
    }

    [Fact]
    public void TwoIntensiveCourses_OneWithoutResponse_NullAndMissingResponse()
    {
        var (s, log) = Evaluate(Case(null,
            SevenPlusThree(ResponseCategory.NR),
            Course("FLAG-Ida", TherapyIntensity.Intensive, TherapyIntent.Salvage, "2024-03-01", null, null)));

        s.Category.ShouldBeNull();
        log.IsMissing("induction-response").ShouldBeTrue();
    }

    [Fact]
    public void RemissionWithoutRelapse_NoRelapseRecorded()
    {
        var (s, _) = Evaluate(Case(null, SevenPlusThree(ResponseCategory.CR)));

        s.Category.ShouldBe(DiseaseCategory.NoRelapseRecorded);
    }

    [Fact]
    public void RefractoryThenRemissionAfterSalvage_NotRefractory()
    {
        var (s, _) = Evaluate(Case(null,
            SevenPlusThree(ResponseCategory.NR),
            Course("FLAG-Ida", TherapyIntensity.Intensive, TherapyIntent.Salvage, "2024-03-01", ResponseCategory.NR, "2024-04-01"),
            Course("gilteritinib", TherapyIntensity.Targeted, TherapyIntent.Salvage, "2024-04-10", ResponseCategory.CRh, "2024-07-01")));

        s.Category.ShouldBe(DiseaseCategory.NoRelapseRecorded);
    }

    [Fact]
    public void NonIntensiveWithoutRemission_LandmarkNotEncoded_CategoryOpen()
    {
        var (s, _) = Evaluate(Case(null,
            Course("venetoclax + azacitidine", TherapyIntensity.NonIntensive, TherapyIntent.Induction, "2024-01-15", ResponseCategory.NR, "2024-07-20")));

        s.Category.ShouldBeNull();
        s.Basis.ShouldContain(b => b.Rule == "non-intensive-no-remission");
    }

    [Fact]
    public void NothingRecorded_NoRelapseRecorded()
    {
        var (s, log) = Evaluate(new PatientCase { Id = "empty" });

        s.Category.ShouldBe(DiseaseCategory.NoRelapseRecorded);
        log.MissingItems.ShouldBeEmpty();
    }

    [Fact]
    public void TreatmentWithoutResponses_MissingInductionResponse()
    {
        var (s, log) = Evaluate(Case(null, SevenPlusThree(null, responded: null)));

        s.Category.ShouldBe(DiseaseCategory.NoRelapseRecorded);
        log.IsMissing("induction-response").ShouldBeTrue();
    }

    [Fact]
    public void RelapseAfterAllogeneicTransplant_MonthsFromLatestTransplantBeforeRelapse()
    {
        PatientCase c = Case(new RelapseEpisode { Date = new DateOnly(2025, 8, 1) }, SevenPlusThree(ResponseCategory.CR)) with
        {
            Transplants =
            [
                new Transplant { Type = TransplantType.Autologous, Date = new DateOnly(2024, 5, 1) },
                new Transplant { Type = TransplantType.Allogeneic, Date = new DateOnly(2024, 6, 1) },
            ],
        };

        var (s, _) = Evaluate(c);

        s.AfterAllogeneicTransplant.ShouldBeTrue();
        s.MonthsFromTransplantToRelapse.ShouldBe(14.0); // 426 days
        s.Basis.ShouldContain(b => b.Rule == "post-allogeneic-transplant" && b.Citation == DiseaseStatusEvaluator.CitationPostTransplant);
    }

    [Fact]
    public void TransplantAfterRelapse_NotAfterTransplant()
    {
        PatientCase c = Case(new RelapseEpisode { Date = new DateOnly(2025, 8, 1) }, SevenPlusThree(ResponseCategory.CR)) with
        {
            Transplants = [new Transplant { Type = TransplantType.Allogeneic, Date = new DateOnly(2025, 11, 1) }],
        };

        var (s, log) = Evaluate(c);

        s.AfterAllogeneicTransplant.ShouldBeFalse();
        s.MonthsFromTransplantToRelapse.ShouldBeNull();
        log.MissingItems.ShouldBeEmpty();
    }

    [Fact]
    public void UndatedAllogeneicTransplant_NotAssumed_MissingTransplantDate()
    {
        PatientCase c = Case(new RelapseEpisode { Date = new DateOnly(2025, 8, 1) }, SevenPlusThree(ResponseCategory.CR)) with
        {
            Transplants = [new Transplant { Type = TransplantType.Allogeneic }],
        };

        var (s, log) = Evaluate(c);

        s.AfterAllogeneicTransplant.ShouldBeFalse();
        log.IsMissing("transplant-date").ShouldBeTrue();
    }

    [Fact]
    public void ExtramedullaryAndMolecularOnly_AreCarriedWithBasis()
    {
        var (emd, _) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 8, 1), ExtramedullarySites = ["CNS"] }, SevenPlusThree(ResponseCategory.CR)));
        var (mol, _) = Evaluate(Case(new RelapseEpisode { Date = new DateOnly(2025, 8, 1), MolecularOnly = true }, SevenPlusThree(ResponseCategory.CR)));

        emd.Extramedullary.ShouldBe(["CNS"]);
        emd.Basis.ShouldContain(b => b.Rule == "extramedullary");
        mol.MolecularOnly.ShouldBe(true);
        mol.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        mol.Basis.ShouldContain(b => b.Rule == "molecular-only");
    }
}
