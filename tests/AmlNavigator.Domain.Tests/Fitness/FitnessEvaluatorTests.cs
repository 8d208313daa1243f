using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Tests.Fitness;

public class FitnessEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    /// <summary>A fully documented fit 60-year-old.</summary>
    private static PatientCase Fit(Action<PatientInfoBuilder>? patient = null, Labs? labs = null)
    {
        PatientInfoBuilder b = new() { BirthDate = new DateOnly(1965, 6, 1), Ecog = 1, Comorbidities = ["diabetes"] };
        patient?.Invoke(b);
        return new PatientCase
        {
            Id = "fit",
            Patient = new PatientInfo { BirthDate = b.BirthDate, Ecog = b.Ecog, Comorbidities = [.. b.Comorbidities], HctCi = b.HctCi },
            Labs = labs ?? new Labs { Lvef = 60, AstUln = 1, AltUln = 1, BilirubinUln = 0.8, CreatinineClearance = 90 },
        };
    }

    internal sealed class PatientInfoBuilder
    {
        public DateOnly? BirthDate { get; set; }

        public int? Ecog { get; set; }

        public List<string> Comorbidities { get; set; } = [];

        public int? HctCi { get; set; }
    }

    private static FitnessAssessment Run(PatientCase c) =>
        FitnessEvaluator.Evaluate(c, new CaseGenetics(new GeneticProfile(null, null), new GeneticProfile(null, null)), AsOf, new AssessmentLog());

    private static FitnessCriterionStatus Status(FitnessAssessment f, string id) => f.Criteria.Single(c => c.Id == id).Status;

    [Fact]
    public void FullyDocumentedFitPatient_IsFitForBoth()
    {
        FitnessAssessment f = Run(Fit());

        f.UnfitForIntensive.ShouldBe(false);
        f.UnfitForNonIntensive.ShouldBe(false);
        f.Criteria.ShouldAllBe(c => c.Citation == "rel-ferrara2013");
    }

    [Fact]
    public void NothingRecorded_CannotAssess_NeverFit()
    {
        FitnessAssessment f = Run(new PatientCase { Id = "empty" });

        f.UnfitForIntensive.ShouldBeNull();
        f.UnfitForNonIntensive.ShouldBeNull();
        f.HctCi.Score.ShouldBeNull();
    }

    [Theory]
    [InlineData(1949, "ferrara-age", FitnessCriterionStatus.Met)]
    [InlineData(1951, "ferrara-age", FitnessCriterionStatus.NotMet)]
    public void Age_Over75(int birthYear, string id, FitnessCriterionStatus status)
    {
        FitnessAssessment f = Run(Fit(p => p.BirthDate = new DateOnly(birthYear, 1, 1)));

        Status(f, id).ShouldBe(status);
        f.UnfitForIntensive.ShouldBe(status == FitnessCriterionStatus.Met);
    }

    [Theory]
    [InlineData(45, FitnessCriterionStatus.Met)]
    [InlineData(50, FitnessCriterionStatus.Met)]
    [InlineData(55, FitnessCriterionStatus.NotMet)]
    public void Cardiac_EfAtMost50(double lvef, FitnessCriterionStatus status)
    {
        FitnessAssessment f = Run(Fit(labs: new Labs { Lvef = lvef, AstUln = 1, AltUln = 1 }));

        Status(f, "ferrara-cardiac").ShouldBe(status);
    }

    [Fact]
    public void Cardiac_LvefUnknown_IsUnknown_AndIntensiveCannotBeAssessed()
    {
        FitnessAssessment f = Run(Fit(labs: new Labs { AstUln = 1, AltUln = 1 }));

        Status(f, "ferrara-cardiac").ShouldBe(FitnessCriterionStatus.Unknown);
        f.UnfitForIntensive.ShouldBeNull();
    }

    [Theory]
    [InlineData(2, FitnessCriterionStatus.NotMet)]
    [InlineData(3, FitnessCriterionStatus.Met)]
    [InlineData(4, FitnessCriterionStatus.Met)]
    public void Ecog_Above2(int ecog, FitnessCriterionStatus status)
    {
        Status(Run(Fit(p => p.Ecog = ecog)), "ferrara-ecog").ShouldBe(status);
    }

    [Theory]
    [InlineData(3.0, FitnessCriterionStatus.NotMet)]
    [InlineData(3.5, FitnessCriterionStatus.Met)]
    public void Hepatic_TransaminasesAbove3Uln(double ast, FitnessCriterionStatus status)
    {
        Status(Run(Fit(labs: new Labs { Lvef = 60, AstUln = ast, AltUln = 1 })), "ferrara-hepatic").ShouldBe(status);
    }

    [Fact]
    public void TransaminasesAlone_DoNotMakeFrail()
    {
        FitnessAssessment f = Run(Fit(labs: new Labs { Lvef = 60, AstUln = 4, AltUln = 1 }));

        f.UnfitForIntensive.ShouldBe(true);
        f.UnfitForNonIntensive.ShouldBe(false);
    }

    [Theory]
    [InlineData(60, FitnessCriterionStatus.Met)]
    [InlineData(70, FitnessCriterionStatus.NotMet)]
    public void Pulmonary_DlcoAtMost65_UnfitForBoth(double dlco, FitnessCriterionStatus status)
    {
        FitnessAssessment f = Run(Fit(labs: new Labs { Lvef = 60, AstUln = 1, AltUln = 1, Dlco = dlco }));

        Status(f, "ferrara-pulmonary").ShouldBe(status);
        f.UnfitForNonIntensive.ShouldBe(status == FitnessCriterionStatus.Met);
    }

    [Fact]
    public void Dialysis_OnlyCountsAbove60()
    {
        Status(Run(Fit(p => { p.Comorbidities = ["dialysis"]; p.BirthDate = new DateOnly(1950, 1, 1); })), "ferrara-renal").ShouldBe(FitnessCriterionStatus.Met);
        Status(Run(Fit(p => { p.Comorbidities = ["dialysis"]; p.BirthDate = new DateOnly(1980, 1, 1); })), "ferrara-renal").ShouldBe(FitnessCriterionStatus.NotMet);
    }

    [Fact]
    public void CognitiveImpairment_UnfitForBoth()
    {
        FitnessAssessment f = Run(Fit(p => p.Comorbidities = ["cognitive-impairment"]));

        f.UnfitForIntensive.ShouldBe(true);
        f.UnfitForNonIntensive.ShouldBe(true);
    }

    [Fact]
    public void RecordedInfection_NeedsResistanceStatus()
    {
        Status(Run(Fit(p => p.Comorbidities = ["infection"])), "ferrara-infection").ShouldBe(FitnessCriterionStatus.Unknown);
    }

    [Fact]
    public void HctCi_Given_IsShownAsGiven()
    {
        FitnessAssessment f = Run(Fit(p => p.HctCi = 4));

        (f.HctCi.Score, f.HctCi.Source, f.HctCi.Group).ShouldBe((4, "given", "high"));
    }

    [Theory]
    [InlineData(new[] { "diabetes" }, 1, "intermediate")]
    [InlineData(new[] { "diabetes", "peptic-ulcer" }, 3, "high")]
    [InlineData(new[] { "prior-solid-tumor" }, 3, "high")]
    [InlineData(new[] { "hepatic-mild", "cirrhosis" }, 3, "high")] // hepatic scored once, at the higher level
    [InlineData(new[] { "heart-failure", "cardiac" }, 1, "intermediate")]
    public void HctCi_ComputedFromComorbidities(string[] items, int score, string group)
    {
        FitnessAssessment f = Run(Fit(p => p.Comorbidities = [.. items], labs: new Labs { Lvef = 60 }));

        (f.HctCi.Score, f.HctCi.Source, f.HctCi.Group).ShouldBe((score, "computed", group));
    }

    [Theory]
    [InlineData(2.0, null, 1)]
    [InlineData(3.0, null, 3)]
    [InlineData(null, 70.0, 2)]
    [InlineData(null, 60.0, 3)]
    public void HctCi_LabsAddTheirItems(double? ast, double? dlco, int score)
    {
        FitnessAssessment f = Run(Fit(p => p.Comorbidities = ["none-of-the-items"], labs: new Labs { Lvef = 60, AstUln = ast, Dlco = dlco }));

        f.HctCi.Score.ShouldBe(score);
    }
}
