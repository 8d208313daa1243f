using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Prognosis;

using static AmlNavigator.Domain.Tests.Prognosis.RelapseTestData;

namespace AmlNavigator.Domain.Tests.Prognosis;

public class GoelamsScoreTests
{
    private static RelapseFacts Facts(double? rfi, bool? itd, DiseaseCategory category = DiseaseCategory.FirstRelapse) =>
        FirstRelapse(rfiMonths: rfi) with
        {
            Category = category,
            Relapse = itd switch
            {
                true => Profile(variants: [Variant("FLT3", VariantType.Itd)], tested: ["FLT3"]),
                false => Profile(tested: ["FLT3"]),
                null => Profile(tested: ["NPM1"]),
            },
        };

    [Theory]
    [InlineData(11.9, 1)]
    [InlineData(12.0, 0)]
    [InlineData(30.0, 0)]
    public void EarlyRelapse_Under12Months(double rfi, double points)
    {
        GoelamsScore.Evaluate(Facts(rfi, false), new AssessmentLog()).Components[0].Points.ShouldBe(points);
    }

    [Fact]
    public void PrimaryRefractory_CountsAsEarly()
    {
        RelapseScore s = GoelamsScore.Evaluate(Facts(null, true, DiseaseCategory.PrimaryRefractory), new AssessmentLog());

        s.Applicable.ShouldBeTrue();
        s.Components[0].Points.ShouldBe(1);
        s.Group.ShouldBe("poor"); // 1 + 1 + (0–1) ≥ 2
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Flt3Itd_AtRelapse(bool itd, double points)
    {
        GoelamsScore.Evaluate(Facts(30, itd), new AssessmentLog()).Components[1].Points.ShouldBe(points);
    }

    [Fact]
    public void HighRiskCytogenetics_IsNeverScored_SoScoreIsARange()
    {
        RelapseScore s = GoelamsScore.Evaluate(Facts(30, false), new AssessmentLog());

        s.Components[2].Points.ShouldBeNull();
        (s.ScoreMin, s.ScoreMax).ShouldBe((0d, 1d));
        s.Group.ShouldBeNull(); // favourable or intermediate
    }

    [Fact]
    public void Flt3Untested_RequestsFlt3AtRelapse()
    {
        AssessmentLog log = new();
        GoelamsScore.Evaluate(Facts(30, null), log);

        log.IsMissing("flt3-relapse").ShouldBeTrue();
    }

    [Theory]
    [InlineData(DiseaseCategory.SecondOrLaterRelapse)]
    [InlineData(DiseaseCategory.NoRelapseRecorded)]
    public void OutsideCohort_NotApplicable(DiseaseCategory category)
    {
        GoelamsScore.Evaluate(Facts(30, false, category), new AssessmentLog()).Applicable.ShouldBeFalse();
    }

    [Fact]
    public void AgeOutside19To70_NotApplicable()
    {
        RelapseScore s = GoelamsScore.Evaluate(Facts(30, false) with { Age = new AgeRange(75, 75) }, new AssessmentLog());

        s.Applicable.ShouldBeFalse();
        s.Reason!.ShouldContain("19–70");
    }
}

public class PostTransplantStrataTests
{
    private static RelapseFacts AfterAllo(double? months, GvhdStatus? gvhd = null) => FirstRelapse() with
    {
        AfterAllogeneic = true,
        PriorTransplants = [Allo(new DateOnly(2024, 1, 1), gvhd, Conditioning.RIC)],
        LastAllogeneic = Allo(new DateOnly(2024, 1, 1), gvhd, Conditioning.RIC),
        MonthsFromAllogeneicToRelapse = months,
    };

    [Theory]
    [InlineData(2, "under-6-months", "4%")]
    [InlineData(5.99, "under-6-months", "4%")]
    [InlineData(6, "6-to-24-months", "12%")]
    [InlineData(23.9, "6-to-24-months", "12%")]
    [InlineData(24, "24-to-36-months", "26%")]
    [InlineData(36, "36-months-or-more", "38%")]
    [InlineData(80, "36-months-or-more", "38%")]
    public void Stratum_ByTimeFromHct(double months, string stratum, string os)
    {
        RelapseScore s = PostTransplantStrata.Evaluate(AfterAllo(months), new AssessmentLog());

        s.Applicable.ShouldBeTrue();
        s.Group.ShouldBe(stratum);
        s.GroupOutcome!.ShouldContain(os);
    }

    [Fact]
    public void NearStratumEdge_IsFlagged()
    {
        PostTransplantStrata.Evaluate(AfterAllo(6.2), new AssessmentLog()).Cautions.ShouldContain(c => c.Contains("6-month"));
    }

    [Fact]
    public void ContextFactors_ShowRelativeRisks_NotPoints()
    {
        RelapseScore s = PostTransplantStrata.Evaluate(AfterAllo(10, GvhdStatus.Active), new AssessmentLog());

        s.Components.Skip(1).ShouldAllBe(c => c.Points == null);
        s.Components.ShouldContain(c => c.Value.Contains("RR 1.25"));
        s.Components.ShouldContain(c => c.Value.Contains("RR 0.77"));
        s.Components.ShouldContain(c => c.Value.Contains("RR 1.42")); // age 50 > 40
    }

    [Fact]
    public void NoAllograft_NotApplicable()
    {
        PostTransplantStrata.Evaluate(FirstRelapse(), new AssessmentLog()).Applicable.ShouldBeFalse();
    }

    [Fact]
    public void UnknownTransplantDate_NotApplicable_AndRequested()
    {
        AssessmentLog log = new();
        RelapseScore s = PostTransplantStrata.Evaluate(AfterAllo(null), log);

        s.Applicable.ShouldBeFalse();
        log.IsMissing("transplant-date").ShouldBeTrue();
    }
}

public class SecondTransplantScoreTests
{
    private static RelapseFacts Facts(double? bloodBlasts, DateOnly hct, AmlNavigator.Domain.Cytogenetics.KaryotypeResult? karyotype = null) =>
        FirstRelapse(diagnosis: karyotype ?? Normal, transplants: [Allo(hct)]) with
        {
            RelapseDate = new DateOnly(2025, 1, 1),
            BloodBlastPercent = bloodBlasts,
        };

    [Fact]
    public void KnownFactorsReachTwo_HighGroup()
    {
        // Poor cytogenetics 1 + blasts ≥20% 1 + relapse 6 months after HCT 1 = 3, + post-SCT2 response 0–1.
        RelapseScore s = SecondTransplantScore.Evaluate(Facts(25, new DateOnly(2024, 7, 1), Complex), new AssessmentLog());

        (s.ScoreMin, s.ScoreMax).ShouldBe((3d, 4d));
        s.Group.ShouldBe("high");
        s.GroupOutcome.ShouldBe("4-year OS 2.8%");
    }

    [Fact]
    public void LowKnownFactors_GroupDependsOnResponseAfterSecondTransplant()
    {
        // Normal karyotype 0.5 + blasts 5% 0 + relapse 24 months after HCT 0 = 0.5, + 0–1 → 0.5–1.5: low.
        RelapseScore s = SecondTransplantScore.Evaluate(Facts(5, new DateOnly(2023, 1, 1)), new AssessmentLog());

        (s.ScoreMin, s.ScoreMax).ShouldBe((0.5, 1.5));
        s.Group.ShouldBe("low");
    }

    [Theory]
    [InlineData(19.9, 0)]
    [InlineData(20, 1)]
    public void BloodBlasts_AtLeast20(double blasts, double points)
    {
        SecondTransplantScore.Evaluate(Facts(blasts, new DateOnly(2023, 1, 1)), new AssessmentLog()).Components[1].Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(2024, 5, 1, 1)] // 8 months
    [InlineData(2024, 3, 1, 0)] // 10 months
    public void RelapseUnder9MonthsAfterFirstTransplant(int y, int m, int d, double points)
    {
        SecondTransplantScore.Evaluate(Facts(5, new DateOnly(y, m, d)), new AssessmentLog()).Components[2].Points.ShouldBe(points);
    }

    [Theory]
    [InlineData("t821", 0)]
    [InlineData("normal", 0.5)]
    [InlineData("complex", 1)]
    public void Cytogenetics(string karyotype, double points)
    {
        var k = karyotype switch { "t821" => T821, "complex" => Complex, _ => Normal };

        SecondTransplantScore.Evaluate(Facts(5, new DateOnly(2023, 1, 1), k), new AssessmentLog()).Components[0].Points.ShouldBe(points);
    }

    [Fact]
    public void NoPriorTransplant_NotApplicable()
    {
        SecondTransplantScore.Evaluate(FirstRelapse(), new AssessmentLog()).Applicable.ShouldBeFalse();
    }

    [Fact]
    public void UnknownBloodBlasts_Requested()
    {
        AssessmentLog log = new();
        SecondTransplantScore.Evaluate(Facts(null, new DateOnly(2023, 1, 1)), log);

        log.IsMissing("blood-blasts-relapse").ShouldBeTrue();
    }
}
