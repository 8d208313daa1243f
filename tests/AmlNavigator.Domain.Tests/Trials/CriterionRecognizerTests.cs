using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Trials;

using CsCheck;

namespace AmlNavigator.Domain.Tests.Trials;

/// <summary>
/// Table-driven recognition tests: each pattern with a case that meets it, one that fails it, and the negations,
/// exceptions and conditions that change its meaning. The case is a fit 58-year-old in first relapse (see Fit()).
/// </summary>
public class CriterionRecognizerTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static PatientCase Fit(Action<CaseTweaks>? tweak = null)
    {
        CaseTweaks t = new();
        tweak?.Invoke(t);
        return new PatientCase
        {
            Id = "t",
            Patient = new PatientInfo { AgeAtDiagnosis = t.Age, Sex = t.Sex, Ecog = t.Ecog },
            Diagnosis = new DiagnosisEpisode
            {
                Date = new DateOnly(2023, 2, 1),
                AmlType = t.AmlType,
                Genetics = new GeneticsFindings { Karyotype = t.Karyotype, TestedGenes = ["FLT3", "NPM1", "IDH1", "IDH2", "TP53"], Fusions = t.Fusions },
            },
            Therapies = t.Therapies,
            Transplants = t.Transplants,
            Relapse = new RelapseEpisode
            {
                Date = new DateOnly(2024, 7, 20),
                MarrowBlastPercent = 38,
                ExtramedullarySites = t.Sites,
                Genetics = new GeneticsFindings
                {
                    Karyotype = t.Karyotype,
                    Variants = t.Variants,
                    Fusions = t.Fusions,
                    TestedGenes = ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "KMT2A"],
                    Cd33Positive = t.Cd33,
                },
            },
            Labs = new Labs { BilirubinUln = t.Bilirubin, AstUln = 1.1, AltUln = 0.9, CreatinineClearance = t.CrCl, QtcMs = t.Qtc, Lvef = 60, Wbc = t.Wbc },
            Medications = t.Medications,
        };
    }

    private sealed class CaseTweaks
    {
        public int Age { get; set; } = 58;
        public Sex Sex { get; set; } = Sex.Female;
        public int Ecog { get; set; } = 1;
        public AmlType AmlType { get; set; } = AmlType.DeNovo;
        public string Karyotype { get; set; } = "46,XX[20]";
        public System.Collections.Immutable.ImmutableArray<string> Fusions { get; set; } = [];
        public System.Collections.Immutable.ImmutableArray<GeneVariant> Variants { get; set; } = [new GeneVariant { Gene = "FLT3", Type = VariantType.Itd }];
        public bool? Cd33 { get; set; } = true;
        public System.Collections.Immutable.ImmutableArray<string> Sites { get; set; } = [];
        public double Bilirubin { get; set; } = 0.8;
        public double CrCl { get; set; } = 88;
        public double Qtc { get; set; } = 431;
        public double Wbc { get; set; } = 14.2;
        public System.Collections.Immutable.ImmutableArray<Medication> Medications { get; set; } = [new Medication { Name = "acyclovir" }];
        public System.Collections.Immutable.ImmutableArray<Transplant> Transplants { get; set; } = [];
        public System.Collections.Immutable.ImmutableArray<TherapyLine> Therapies { get; set; } =
        [
            new TherapyLine
            {
                Agents = ["cytarabine", "daunorubicin", "midostaurin"], Intent = TherapyIntent.Induction, Start = new DateOnly(2023, 2, 3),
                Response = new TherapyResponse { Best = ResponseCategory.CR, Date = new DateOnly(2023, 3, 10) },
            },
        ];
    }

    private static CriterionStatus StatusOf(string text, CriterionKind kind, PatientCase patientCase)
    {
        string list = (kind == CriterionKind.Inclusion ? "Inclusion Criteria:\n\n  - " : "Exclusion Criteria:\n\n  - ") + text;
        Trial trial = new Trial { NctId = "NCT00000001", Title = "t", OverallStatus = "RECRUITING", EligibilityCriteria = list }.Compiled();
        AssessmentLog log = new();
        TrialCaseFacts facts = TrialCaseFacts.From(patientCase, CaseGenetics.From(patientCase, log), DiseaseStatusEvaluator.Evaluate(patientCase, AsOf, log), AsOf);
        return TrialMatcher.MatchOne(trial, facts).Criteria.Single().Status;
    }

    private const CriterionStatus Met = CriterionStatus.Met;
    private const CriterionStatus NotMet = CriterionStatus.NotMet;
    private const CriterionStatus Unknown = CriterionStatus.Unknown;

    [Theory]
    // age
    [InlineData("Age ≥ 18 years", 58, Met)]
    [InlineData("Age ≥ 18 years", 12, NotMet)]
    [InlineData("Patients aged 18 to 65 years", 70, NotMet)]
    [InlineData("Eighteen years of age or older", 58, Met)]
    [InlineData("Be ≥ 55 years of age", 50, NotMet)]
    [InlineData("Age ≤ 21 years at study entry", 58, NotMet)]
    [InlineData("Lansky ≥ 50 for patients ≤ 16 years old", 58, Unknown)]
    public void Age(string text, int age, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Inclusion, Fit(t => t.Age = age)).ShouldBe(expected);

    [Theory]
    [InlineData("ECOG performance status 0-2", 1, Met)]
    [InlineData("ECOG performance status 0-2", 3, NotMet)]
    [InlineData("ECOG performance status of 0, 1, or 2", 3, NotMet)]
    [InlineData("ECOG performance status of 0 or 1", 2, NotMet)]
    [InlineData("Eastern Cooperative Oncology Group (ECOG) score ≤ 2", 2, Met)]
    [InlineData("Karnofsky performance status ≥ 70%", 1, Met)]
    [InlineData("Karnofsky performance status ≥ 70%", 2, NotMet)]
    public void Performance_status_with_karnofsky_conversion(string text, int ecog, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Inclusion, Fit(t => t.Ecog = ecog)).ShouldBe(expected);

    [Theory]
    [InlineData("Total bilirubin ≤ 1.5 x ULN", 0.8, Met)]
    [InlineData("Total bilirubin ≤ 1.5 x ULN", 3.5, NotMet)]
    [InlineData("Bilirubin ≤ 1.5 times upper limit of normal unless due to Gilbert's syndrome", 3.5, Unknown)]
    [InlineData("Bilirubin ≤ 2.0 mg/dL", 0.8, Unknown)]
    public void Bilirubin_in_multiples_of_uln_only(string text, double bilirubin, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Inclusion, Fit(t => t.Bilirubin = bilirubin)).ShouldBe(expected);

    [Theory]
    [InlineData("Creatinine clearance ≥ 50 mL/min", 88, Met)]
    [InlineData("Creatinine clearance ≥ 50 mL/min", 35, NotMet)]
    [InlineData("Serum creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 mL/min", 88, Met)]
    [InlineData("Serum creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 mL/min", 35, Unknown)]
    [InlineData("Serum creatinine =< 1.0 mg/dL; if serum creatinine > 1.0 mg/dL, then the GFR must be > 60 mL/min", 55, Unknown)]
    public void Renal_function_alternatives(string text, double crcl, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Inclusion, Fit(t => t.CrCl = crcl)).ShouldBe(expected);

    [Theory]
    [InlineData("QTcF > 470 ms", 431, Met)]
    [InlineData("QTcF > 470 ms", 480, NotMet)]
    [InlineData("Prolonged QTcF interval on pre-entry ECG (≥450 ms)", 451, NotMet)]
    public void Qtc_exclusion(string text, double qtc, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Exclusion, Fit(t => t.Qtc = qtc)).ShouldBe(expected);

    [Theory]
    [InlineData("WBC < 25,000/µL", 14.2, Met)]
    [InlineData("WBC < 25,000/µL", 30, NotMet)]
    [InlineData("White blood cell count ≤ 25 × 10^9/L", 30, NotMet)]
    public void Wbc_units(string text, double wbc, CriterionStatus expected) =>
        StatusOf(text, CriterionKind.Inclusion, Fit(t => t.Wbc = wbc)).ShouldBe(expected);

    [Fact]
    public void Disease_status_relapsed_or_refractory()
    {
        StatusOf("Relapsed or refractory AML", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("Newly diagnosed, previously untreated AML", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
        StatusOf("AML in first complete remission (CR1)", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
        StatusOf("Patients with chronic myeloid leukemia", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
    }

    [Fact]
    public void Apl_exclusion_and_exception()
    {
        PatientCase apl = Fit(t => { t.Karyotype = "46,XX,t(15;17)(q24;q21)[20]"; t.Fusions = ["PML::RARA"]; });
        StatusOf("Acute promyelocytic leukemia", CriterionKind.Exclusion, Fit()).ShouldBe(Met);
        StatusOf("Acute promyelocytic leukemia", CriterionKind.Exclusion, apl).ShouldBe(NotMet);
        StatusOf("Must not have acute promyelocytic leukemia (M3 classification)", CriterionKind.Exclusion, apl).ShouldBe(NotMet);
        StatusOf("AML other than acute promyelocytic leukemia", CriterionKind.Inclusion, apl).ShouldBe(NotMet);
        StatusOf("AML other than acute promyelocytic leukemia", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("AML; if participants have APL, they must have failed ATRA and arsenic", CriterionKind.Inclusion, apl).ShouldBe(Met);
    }

    [Fact]
    public void Genetics_required_and_excluded()
    {
        StatusOf("FLT3-ITD positive AML", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("FLT3-ITD positive AML", CriterionKind.Inclusion, Fit(t => t.Variants = [])).ShouldBe(NotMet);
        StatusOf("Documented IDH2 mutation", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
        StatusOf("Absence of an activating FLT3 mutation", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
        StatusOf("Absence of an activating FLT3 mutation", CriterionKind.Inclusion, Fit(t => t.Variants = [])).ShouldBe(Met);
        StatusOf("CD33 positive AML", CriterionKind.Inclusion, Fit(t => t.Cd33 = null)).ShouldBe(Unknown);
        StatusOf("Patients who received other FLT3 inhibitors are eligible", CriterionKind.Inclusion, Fit()).ShouldBe(Unknown);
    }

    [Fact]
    public void Prior_therapy_and_lines()
    {
        StatusOf("Prior treatment with a FLT3 inhibitor", CriterionKind.Exclusion, Fit()).ShouldBe(NotMet);
        StatusOf("Prior therapy with venetoclax", CriterionKind.Exclusion, Fit()).ShouldBe(Met);
        StatusOf("No prior hypomethylating agent", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("No more than 2 prior lines of therapy", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("At least 2 prior regimens", CriterionKind.Inclusion, Fit()).ShouldBe(NotMet);
        StatusOf("No history of cytarabine-related neurotoxicity", CriterionKind.Inclusion, Fit()).ShouldBe(Unknown);
        StatusOf("Prior therapy with venetoclax", CriterionKind.Exclusion, Fit(t => t.Therapies = [])).ShouldBe(Unknown);
    }

    [Fact]
    public void Transplant_and_gvhd()
    {
        var allo = new Transplant { Type = TransplantType.Allogeneic, Date = new DateOnly(2024, 6, 1), Gvhd = GvhdStatus.Active };
        StatusOf("Prior allogeneic stem cell transplant", CriterionKind.Exclusion, Fit()).ShouldBe(Met);
        StatusOf("Prior allogeneic stem cell transplant", CriterionKind.Exclusion, Fit(t => t.Transplants = [allo])).ShouldBe(NotMet);
        StatusOf("At least 90 days since prior allogeneic SCT", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("At least 90 days since prior allogeneic SCT", CriterionKind.Inclusion, Fit(t => t.Transplants = [allo])).ShouldBe(NotMet);
        StatusOf("Active graft-versus-host disease", CriterionKind.Exclusion, Fit(t => t.Transplants = [allo])).ShouldBe(NotMet);
        StatusOf("No evidence of graft vs host disease", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("Candidate for allogeneic transplant", CriterionKind.Inclusion, Fit()).ShouldBe(Unknown);
    }

    [Fact]
    public void Cns_and_interacting_medicines()
    {
        StatusOf("No active CNS leukemia", CriterionKind.Inclusion, Fit()).ShouldBe(Met);
        StatusOf("No active CNS leukemia", CriterionKind.Inclusion, Fit(t => t.Sites = ["CNS"])).ShouldBe(NotMet);
        StatusOf("Active central nervous system involvement by AML", CriterionKind.Exclusion, Fit(t => t.Sites = ["CNS"])).ShouldBe(NotMet);
        StatusOf("Patients receiving concomitant strong CYP3A4 inhibitors", CriterionKind.Exclusion, Fit()).ShouldBe(Met);
        StatusOf("Patients receiving concomitant strong CYP3A4 inhibitors", CriterionKind.Exclusion,
            Fit(t => t.Medications = [new Medication { Name = "posaconazole" }])).ShouldBe(NotMet);
        StatusOf("Patients receiving concomitant strong CYP3A4 inhibitors", CriterionKind.Exclusion, Fit(t => t.Medications = [])).ShouldBe(Unknown);
    }

    [Fact]
    public void Administrative_items_never_block_and_pregnancy_settles_for_men()
    {
        StatusOf("Signed informed consent", CriterionKind.Inclusion, Fit()).ShouldBe(Unknown);
        StatusOf("Pregnant or breastfeeding women", CriterionKind.Exclusion, Fit(t => t.Sex = Sex.Male)).ShouldBe(Met);
        StatusOf("At least 2 weeks since prior chemotherapy", CriterionKind.Inclusion, Fit()).ShouldBe(Unknown);
    }

    [Fact]
    public void Unknown_facts_never_make_a_trial_unlikely_and_a_well_matched_case_reaches_likely()
    {
        const string criteria = """
            Inclusion Criteria:

              - Relapsed or refractory acute myeloid leukemia
              - Age ≥ 18 years
              - ECOG performance status 0-2
              - Total bilirubin ≤ 1.5 x ULN
              - Signed informed consent

            Exclusion Criteria:

              - Acute promyelocytic leukemia
              - Active CNS leukemia
              - QTcF > 470 ms
              - Uncontrolled infection
            """;
        Trial trial = new Trial { NctId = "NCT00000002", Title = "t", OverallStatus = "RECRUITING", EligibilityCriteria = criteria }.Compiled();
        TrialMatch Match(PatientCase c)
        {
            AssessmentLog log = new();
            return TrialMatcher.MatchOne(trial, TrialCaseFacts.From(c, CaseGenetics.From(c, log), DiseaseStatusEvaluator.Evaluate(c, AsOf, log), AsOf));
        }

        TrialMatch fit = Match(Fit());
        fit.Fit.ShouldBe(TrialFit.Likely);
        fit.ManualChecks.ShouldBe(1);

        PatientCase unknownBilirubin = Fit() with { Labs = new Labs { QtcMs = 431 } };
        TrialMatch possible = Match(unknownBilirubin);
        possible.Fit.ShouldBe(TrialFit.Possible);
        possible.ToSettle.ShouldContain(s => s.Contains("bilirubin", StringComparison.Ordinal));

        Match(Fit(t => t.Ecog = 3)).Fit.ShouldBe(TrialFit.Unlikely);
    }
}

/// <summary>Property tests: the criteria reader never throws and every span lies inside the text.</summary>
public class CriteriaReaderPropertyTests
{
    [Fact]
    public void Never_throws_and_spans_are_inside_the_text()
    {
        Gen.String[Gen.Char["-*•:1234567890.() \n\tabcIiEeXxNnCcLlUuSsOoRrTtAa≤≥<>%"], 0, 400].Sample(text =>
        {
            CriteriaList list = CriteriaReader.Read(text);
            foreach (Criterion c in list.Criteria)
            {
                c.Start.ShouldBeGreaterThanOrEqualTo(0);
                (c.Start + c.Length).ShouldBeLessThanOrEqualTo(text.Length);
                c.Parent.ShouldBeLessThan(list.Criteria.IndexOf(c));
            }

            _ = CriterionRecognizer.Compile(text);
        });
    }

    [Theory]
    [InlineData("Inclusion Criteria:\n\n  1. Age ≥ 18\n  2. AML\n\nExclusion Criteria:\n\n  1. APL", 3, 1)]
    [InlineData("Key Inclusion Criteria:\n- a\n  - b\n- c\nKEY EXCLUSION CRITERIA\n- d", 4, 1)]
    [InlineData("Patients must have AML.\n\nNo prior venetoclax.", 2, 0)]
    public void Splits_sections_bullets_and_paragraphs(string text, int count, int exclusions)
    {
        CriteriaList list = CriteriaReader.Read(text);
        list.Criteria.Length.ShouldBe(count);
        list.Criteria.Count(c => c.Kind == CriterionKind.Exclusion).ShouldBe(exclusions);
    }

    [Fact]
    public void Nesting_follows_indentation_and_continuations_join()
    {
        const string text = "Inclusion Criteria:\n\n  - Diagnosis of 1 of the following:\n       - Relapsed AML\n         after CR1\n       - Refractory AML\n  - ECOG 0-2";
        CriteriaList list = CriteriaReader.Read(text);
        list.Criteria.Select(c => (c.Text, c.Depth, c.Parent)).ShouldBe(
        [
            ("Diagnosis of 1 of the following:", 0, -1),
            ("Relapsed AML after CR1", 1, 0),
            ("Refractory AML", 1, 0),
            ("ECOG 0-2", 0, -1),
        ]);
    }
}
