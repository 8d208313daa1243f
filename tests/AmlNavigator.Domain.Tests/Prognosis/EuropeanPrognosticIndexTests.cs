using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Prognosis;

using static AmlNavigator.Domain.Tests.Prognosis.RelapseTestData;

namespace AmlNavigator.Domain.Tests.Prognosis;

public class EuropeanPrognosticIndexTests
{
    // Relapse-free interval: completed months ≤6 → 5, 7–18 → 3, ≥19 → 0 (Breems 2005 via bloodref).
    [Theory]
    [InlineData(3.0, 5)]
    [InlineData(6.0, 5)]
    [InlineData(6.99, 5)]
    [InlineData(7.0, 3)]
    [InlineData(12.0, 3)]
    [InlineData(18.0, 3)]
    [InlineData(18.99, 3)]
    [InlineData(19.0, 0)]
    [InlineData(60.0, 0)]
    public void RelapseFreeInterval_GivesPublishedPoints(double months, double points)
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(rfiMonths: months), new AssessmentLog());

        epi.Components[0].Factor.ShouldBe("relapse-free interval after CR1");
        epi.Components[0].Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(6.5, true)]
    [InlineData(18.4, true)]
    [InlineData(5.9, false)]
    [InlineData(7.0, false)]
    [InlineData(19.0, false)]
    public void RelapseFreeInterval_NearAmbiguousCutOff_IsFlagged(double months, bool flagged)
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(rfiMonths: months), new AssessmentLog());

        epi.Cautions.Any(c => c.Contains("Relapse-free interval")).ShouldBe(flagged);
    }

    public static TheoryData<string, double> CytogeneticsCases => new()
    {
        { "inv16", 0 },
        { "t821", 3 },
        { "normal", 5 },
        { "complex", 5 },
        { "plus8", 5 },
    };

    [Theory]
    [MemberData(nameof(CytogeneticsCases))]
    public void Cytogenetics_GivesPublishedPoints(string karyotype, double points)
    {
        KaryotypeResult k = karyotype switch
        {
            "inv16" => Inv16,
            "t821" => T821,
            "complex" => Complex,
            "plus8" => Trisomy8,
            _ => Normal,
        };

        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(diagnosis: k), new AssessmentLog());

        epi.Components[1].Points.ShouldBe(points);
    }

    [Theory]
    [InlineData("CBFB::MYH11", 0)]
    [InlineData("RUNX1::RUNX1T1", 3)]
    public void Cytogenetics_CbfFusionWithoutVisibleTranslocation_CountsAsTheTranslocation(string fusion, double points)
    {
        RelapseFacts facts = FirstRelapse() with { Diagnosis = Profile(Normal, fusions: [fusion]) };

        EuropeanPrognosticIndex.Evaluate(facts, new AssessmentLog()).Components[1].Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(15, 0)]
    [InlineData(35, 0)]
    [InlineData(36, 1)]
    [InlineData(45, 1)]
    [InlineData(46, 2)]
    [InlineData(60, 2)]
    public void Age_GivesPublishedPoints(int age, double points)
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(age: new AgeRange(age, age)), new AssessmentLog());

        epi.Components[2].Points.ShouldBe(points);
        epi.Applicable.ShouldBeTrue();
    }

    [Fact]
    public void Transplant_AnyPriorTransplant_GivesTwoPoints_AutologousWithCaution()
    {
        RelapseScore allo = EuropeanPrognosticIndex.Evaluate(FirstRelapse(transplants: [Allo(new DateOnly(2023, 1, 1))]), new AssessmentLog());
        RelapseScore auto = EuropeanPrognosticIndex.Evaluate(FirstRelapse(transplants: [Auto(new DateOnly(2023, 1, 1))]), new AssessmentLog());
        RelapseScore none = EuropeanPrognosticIndex.Evaluate(FirstRelapse(), new AssessmentLog());

        allo.Components[3].Points.ShouldBe(2);
        auto.Components[3].Points.ShouldBe(2);
        auto.Cautions.ShouldContain(c => c.Contains("autologous"));
        none.Components[3].Points.ShouldBe(0);
    }

    // Groups: favourable 0–6, intermediate 7–9, poor 10–14.
    [Theory]
    [InlineData(24, 20, "inv16", 0, "favorable")]
    [InlineData(24, 40, "t821", 4, "favorable")]
    [InlineData(24, 50, "normal", 7, "intermediate")]
    [InlineData(12, 40, "normal", 9, "intermediate")]
    [InlineData(12, 50, "normal", 10, "poor")]
    [InlineData(3, 50, "normal", 12, "poor")]
    public void Score_AndGroup(double rfi, int age, string karyotype, double score, string group)
    {
        KaryotypeResult k = karyotype switch { "inv16" => Inv16, "t821" => T821, _ => Normal };

        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(
            FirstRelapse(rfiMonths: rfi, age: new AgeRange(age, age), diagnosis: k), new AssessmentLog());

        epi.Score.ShouldBe(score);
        epi.Group.ShouldBe(group);
        epi.GroupOutcome.ShouldNotBeNull();
        epi.Applicable.ShouldBeTrue();
    }

    [Fact]
    public void MaximumScore_IsFourteen_Poor()
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(
            FirstRelapse(rfiMonths: 2, age: new AgeRange(55, 55), transplants: [Allo()]), new AssessmentLog());

        epi.Score.ShouldBe(14);
        epi.Group.ShouldBe("poor");
        epi.GroupOutcome.ShouldBe("66% of the cohort; 1-year OS 16%, 5-year OS 4%");
    }

    [Theory]
    [InlineData(DiseaseCategory.PrimaryRefractory, "primary refractory")]
    [InlineData(DiseaseCategory.SecondOrLaterRelapse, "second or later relapse")]
    [InlineData(DiseaseCategory.NoRelapseRecorded, "no relapse")]
    public void OutsideFirstRelapse_NotApplicable_NoScore_NoMissingRequests(DiseaseCategory category, string reason)
    {
        AssessmentLog log = new();
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(rfiMonths: null) with { Category = category }, log);

        epi.Applicable.ShouldBeFalse();
        epi.Score.ShouldBeNull();
        epi.Group.ShouldBeNull();
        epi.Reason!.ShouldContain(reason);
        log.MissingItems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(14, 14, false)]
    [InlineData(61, 61, false)]
    [InlineData(60, 61, false)]
    [InlineData(15, 15, true)]
    [InlineData(59, 60, true)]
    public void AgeOutside15To60_NotApplicable(int min, int max, bool applicable)
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(age: new AgeRange(min, max)), new AssessmentLog());

        epi.Applicable.ShouldBe(applicable);
        if (!applicable)
        {
            epi.Score.ShouldBeNull();
            epi.Components.Length.ShouldBe(4); // shown for transparency, without a score
        }
    }

    [Fact]
    public void Apl_NotApplicable()
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(diagnosis: T1517), new AssessmentLog());

        epi.Applicable.ShouldBeFalse();
        epi.Reason!.ShouldContain("APL");
    }

    [Fact]
    public void MolecularOnlyRelapse_NotApplicable()
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse() with { MolecularOnly = true }, new AssessmentLog());

        epi.Applicable.ShouldBeFalse();
        epi.Reason!.ShouldContain("molecular");
    }

    [Fact]
    public void UnknownInputs_GiveRange_AndMissingInformation_NeverAGuess()
    {
        AssessmentLog log = new();
        RelapseFacts facts = FirstRelapse(rfiMonths: null) with { Age = null, Diagnosis = Empty };

        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(facts, log);

        epi.Score.ShouldBeNull();
        epi.ScoreMin.ShouldBe(0);
        epi.ScoreMax.ShouldBe(12);
        epi.Group.ShouldBeNull();
        epi.Components.Take(3).ShouldAllBe(c => c.Points == null);
        log.MissingItems.Select(m => m.Code).ShouldBe(["first-remission-date", "karyotype-diagnosis", "age"]);
        log.MissingItems.ShouldAllBe(m => m.Affects.Contains("prognosis.epi"));
    }

    [Fact]
    public void UnknownCytogenetics_ButRangeInOneGroup_StatesGroup()
    {
        // RFI 3 months (5) + age 50 (2) + transplant (2) = 9, cytogenetics 0–5 → 9–14: not one group.
        // RFI 3 months (5) + age 50 (2) + transplant (2) + cytogenetics unknown but ≥3 is impossible to know → no group.
        // RFI 24 (0) + age 20 (0) + no SCT: 0–5 → favourable whatever the karyotype.
        RelapseFacts facts = FirstRelapse(rfiMonths: 24, age: new AgeRange(20, 20)) with { Diagnosis = Empty };

        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(facts, new AssessmentLog());

        epi.Score.ShouldBeNull();
        (epi.ScoreMin, epi.ScoreMax).ShouldBe((0d, 5d));
        epi.Group.ShouldBe("favorable");
    }

    [Fact]
    public void AgeKnownOnlyToOneYear_AcrossCutOff_GivesRange()
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(age: new AgeRange(45, 46)), new AssessmentLog());

        epi.Components[2].Points.ShouldBeNull();
        (epi.ScoreMin, epi.ScoreMax).ShouldBe((6d, 7d));
        epi.Group.ShouldBeNull();
    }

    [Fact]
    public void Source_NamesCohortEraAndLimits()
    {
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(FirstRelapse(), new AssessmentLog());

        epi.Source.Citation.ShouldBe(RelapseCitations.Breems2005);
        epi.Source.Cohort.ShouldContain("667");
        epi.Source.Limits.ShouldContain("15–60");
        epi.PublishedGroups.Length.ShouldBe(3);
    }

    [Fact]
    public void FromCase_DerivesRfiAgeAndTransplantFromHistory()
    {
        PatientCase c = new()
        {
            Id = "epi-from-case",
            Patient = new PatientInfo { AgeAtDiagnosis = 44 },
            Diagnosis = new DiagnosisEpisode { Date = new DateOnly(2023, 2, 1) },
            Therapies =
            [
                new TherapyLine { Intent = TherapyIntent.Induction, Response = new TherapyResponse { Best = ResponseCategory.CR, Date = new DateOnly(2023, 3, 10) } },
            ],
            Relapse = new RelapseEpisode { Date = new DateOnly(2024, 7, 20) },
        };
        CaseGenetics genetics = new(Profile(Normal), Empty);

        RelapseFacts facts = RelapseFacts.From(c, genetics, new DiseaseStatusAssessment());
        RelapseScore epi = EuropeanPrognosticIndex.Evaluate(facts, new AssessmentLog());

        facts.Category.ShouldBe(DiseaseCategory.FirstRelapse);
        facts.FirstRemissionMonths!.Value.ShouldBe(498 / 30.4375, 1e-9);
        facts.Age.ShouldBe(new AgeRange(45, 46));
        epi.Components[0].Points.ShouldBe(3);
        epi.Components[2].Points.ShouldBe(null); // 45 or 46 → 1 or 2 points
        (epi.ScoreMin, epi.ScoreMax).ShouldBe((9d, 10d));
    }
}
