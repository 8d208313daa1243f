using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Options;
using static AmlNavigator.Knowledge.Tests.Options.OptionsHarness;

namespace AmlNavigator.Knowledge.Tests.Options;

/// <summary>Table-driven: each rule of <see cref="OptionRuleCatalog"/> with a case that fires it and one that does not.
/// Each row: scenario, option, expected suitability, a rule id that must (or must not) appear in reasons/cautions.</summary>
public class OptionRuleCatalogTests
{
    private static readonly FitnessAssessment UnfitIntensive = new() { UnfitForIntensive = true, UnfitForNonIntensive = false };
    private static readonly FitnessAssessment UnfitAll = new() { UnfitForIntensive = true, UnfitForNonIntensive = true };
    private static readonly FitnessAssessment Unknown = new();

    private static readonly Dictionary<string, (PatientCase Case, FitnessAssessment? Fitness, GeneticsAssessment? Genetics)> Scenarios = new()
    {
        ["base"] = (BaseCase, null, null),
        ["flt3-itd"] = (BaseCase.WithVariant("FLT3", VariantType.Itd), null, null),
        ["flt3-tkd"] = (BaseCase.WithVariant("FLT3", VariantType.Tkd), null, null),
        ["flt3-untyped"] = (BaseCase.WithVariant("FLT3"), null, null),
        ["flt3-untested"] = (BaseCase.Untested("FLT3"), null, null),
        ["flt3-at-diagnosis-only"] = (BaseCase.Untested("FLT3") with
        {
            Diagnosis = BaseCase.Diagnosis! with
            {
                Genetics = new GeneticsFindings { Variants = [new GeneVariant { Gene = "FLT3", Type = VariantType.Itd }], TestedGenes = ["FLT3"] },
            },
        }, null, null),
        ["idh1"] = (BaseCase.WithVariant("IDH1"), null, null),
        ["idh1-eu"] = (BaseCase.WithVariant("IDH1") with { Context = new CaseContext { Jurisdiction = Jurisdiction.EU } }, null, null),
        ["idh2"] = (BaseCase.WithVariant("IDH2"), null, null),
        ["npm1"] = (BaseCase.WithVariant("NPM1"), null, null),
        ["npm1-age-16"] = (BaseCase.WithVariant("NPM1") with { Patient = new PatientInfo { AgeAtDiagnosis = 15, Ecog = 1 } }, null, null),
        ["npm1-age-unknown"] = (BaseCase.WithVariant("NPM1") with { Patient = new PatientInfo { Ecog = 1 } }, null, null),
        ["kmt2a-fusion"] = (BaseCase.WithRelapseGenetics(g => g with { Fusions = ["KMT2A::MLLT3"] }), null, null),
        ["kmt2a-ptd-only"] = (BaseCase.WithVariant("KMT2A", VariantType.Ptd), null, null),
        ["kmt2a-npm1-untested"] = (BaseCase.Untested("KMT2A").Untested("NPM1"), null, null),
        ["cd33-negative"] = (BaseCase.WithRelapseGenetics(g => g with { Cd33Positive = false }), null, null),
        ["cd33-unknown"] = (BaseCase.WithRelapseGenetics(g => g with { Cd33Positive = null }), null, null),
        ["unfit-intensive"] = (BaseCase, UnfitIntensive, null),
        ["unfit-all"] = (BaseCase, UnfitAll, null),
        ["fitness-unknown"] = (BaseCase, Unknown, null),
        ["lvef-45"] = (BaseCase.WithLabs(l => l with { Lvef = 45 }), null, null),
        ["lvef-unknown"] = (BaseCase.WithLabs(l => l with { Lvef = null }), null, null),
        ["flt3-qtc-510"] = (BaseCase.WithVariant("FLT3", VariantType.Itd).WithLabs(l => l with { QtcMs = 510 }), null, null),
        ["flt3-qtc-unknown"] = (BaseCase.WithVariant("FLT3", VariantType.Itd).WithLabs(l => l with { QtcMs = null }), null, null),
        ["flt3-refractory-to-gilteritinib"] = (BaseCase.WithVariant("FLT3", VariantType.Itd)
            .WithTherapy(["gilteritinib"], ResponseCategory.NR, new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 1)), null, null),
        ["flt3-gilteritinib-long-ago"] = (BaseCase.WithVariant("FLT3", VariantType.Itd)
            .WithTherapy(["gilteritinib"], ResponseCategory.CR, new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 1)), null, null),
        ["flt3-after-midostaurin"] = (BaseCase.WithVariant("FLT3", VariantType.Itd)
            .WithTherapy(["midostaurin"], ResponseCategory.CR, new DateOnly(2023, 2, 8), new DateOnly(2023, 3, 1)), null, null),
        ["relapse-on-ven-aza"] = (BaseCase.WithTherapy(["venetoclax", "azacitidine"], ResponseCategory.CR, new DateOnly(2024, 1, 1), null), UnfitIntensive, null),
        ["ras-after-venetoclax"] = (BaseCase, UnfitIntensive,
            new GeneticsAssessment { Resistance = [new ResistanceFinding("NRAS p.G12D gained", "venetoclax", "RAS activation drives venetoclax resistance.", "tx-dinardo20")] }),
        ["wbc-30"] = (BaseCase.WithLabs(l => l with { Wbc = 30 }), null, null),
        ["wbc-unknown"] = (BaseCase.WithLabs(l => l with { Wbc = null }), null, null),
        ["hla-not-typed"] = (BaseCase with { DonorSearch = null }, null, null),
        ["allograft-4-months"] = (BaseCase.WithAllograft(new DateOnly(2024, 3, 20)), null, null),
        ["allograft-2-years"] = (BaseCase.WithAllograft(new DateOnly(2022, 6, 1)), null, null),
        ["allograft-active-gvhd"] = (BaseCase.WithAllograft(new DateOnly(2022, 6, 1), GvhdStatus.Active), null, null),
        ["transplant-unwilling"] = (BaseCase with { Preferences = new Preferences { TransplantWilling = false } }, null, null),
        ["no-relapse"] = (BaseCase with { Relapse = null, Therapies = [] }, null, null),
    };

    [Theory]
    // biomarker-required: present → supports; tested negative → not suitable; untested → needs information
    [InlineData("flt3-itd", "gilteritinib", Suitability.Recommended, "biomarker-required")]
    [InlineData("flt3-tkd", "gilteritinib", Suitability.Recommended, "biomarker-required")]
    [InlineData("base", "gilteritinib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("flt3-untested", "gilteritinib", Suitability.NeedsInformation, "biomarker-required")]
    [InlineData("flt3-at-diagnosis-only", "gilteritinib", Suitability.NeedsInformation, "biomarker-required")]
    [InlineData("flt3-tkd", "quizartinib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("flt3-untyped", "quizartinib", Suitability.NeedsInformation, "biomarker-required")]
    [InlineData("idh1", "ivosidenib", Suitability.Recommended, "biomarker-required")]
    [InlineData("idh1", "olutasidenib", Suitability.Recommended, "biomarker-required")]
    [InlineData("base", "ivosidenib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("idh2", "enasidenib", Suitability.Recommended, "biomarker-required")]
    [InlineData("idh1", "enasidenib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("kmt2a-fusion", "revumenib", Suitability.Recommended, "biomarker-required")]
    [InlineData("kmt2a-ptd-only", "revumenib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("kmt2a-npm1-untested", "revumenib", Suitability.NeedsInformation, "biomarker-required")]
    [InlineData("npm1", "revumenib", Suitability.Consider, "biomarker-required")]
    [InlineData("npm1", "ziftomenib", Suitability.Recommended, "biomarker-required")]
    [InlineData("kmt2a-fusion", "ziftomenib", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("base", "gemtuzumab-ozogamicin", Suitability.Consider, "biomarker-required")]
    [InlineData("cd33-negative", "gemtuzumab-ozogamicin", Suitability.NotSuitable, "biomarker-required")]
    [InlineData("cd33-unknown", "gemtuzumab-ozogamicin", Suitability.NeedsInformation, "biomarker-required")]
    // approval-jurisdiction: approved → note; off-label / not authorised → at most consider
    [InlineData("idh1-eu", "ivosidenib", Suitability.Consider, "approval-jurisdiction")]
    [InlineData("idh1-eu", "olutasidenib", Suitability.Consider, "approval-jurisdiction")]
    [InlineData("base", "venetoclax-azacitidine", Suitability.Consider, "approval-jurisdiction")]
    [InlineData("flt3-itd", "quizartinib", Suitability.Consider, "approval-jurisdiction")]
    // minimum-age
    [InlineData("npm1-age-16", "ziftomenib", Suitability.NotSuitable, "minimum-age")]
    [InlineData("npm1-age-unknown", "ziftomenib", Suitability.Recommended, "minimum-age")]
    // fitness-intensive
    [InlineData("unfit-intensive", "flag-ida", Suitability.NotSuitable, "fitness-intensive")]
    [InlineData("base", "flag-ida", Suitability.Consider, "fitness-intensive")]
    [InlineData("fitness-unknown", "mec", Suitability.NeedsInformation, "fitness-intensive")]
    // fitness-non-intensive and fitness-targeted
    [InlineData("unfit-all", "azacitidine", Suitability.NotSuitable, "fitness-non-intensive")]
    [InlineData("unfit-intensive", "low-dose-cytarabine", Suitability.Consider, "fitness-non-intensive")]
    [InlineData("unfit-all", "best-supportive-care", Suitability.Recommended, "best-supportive-care")]
    [InlineData("base", "best-supportive-care", Suitability.Consider, "best-supportive-care")]
    // lvef-anthracycline
    [InlineData("lvef-45", "mec", Suitability.NotSuitable, "lvef-anthracycline")]
    [InlineData("lvef-unknown", "flag-ida", Suitability.Consider, "lvef-anthracycline")]
    // qtc-baseline
    [InlineData("flt3-qtc-510", "gilteritinib", Suitability.Consider, "qtc-baseline")]
    [InlineData("flt3-qtc-unknown", "gilteritinib", Suitability.Recommended, "qtc-baseline")]
    // prior-failure, prior-exposure, flt3-inhibitor-sequence, resistance-finding
    [InlineData("flt3-refractory-to-gilteritinib", "gilteritinib", Suitability.NotSuitable, "prior-failure")]
    [InlineData("flt3-gilteritinib-long-ago", "gilteritinib", Suitability.Recommended, "prior-exposure")]
    [InlineData("flt3-after-midostaurin", "gilteritinib", Suitability.Recommended, "flt3-inhibitor-sequence")]
    [InlineData("relapse-on-ven-aza", "venetoclax-azacitidine", Suitability.Consider, "prior-failure")]
    [InlineData("relapse-on-ven-aza", "azacitidine", Suitability.NotSuitable, "prior-failure")]
    [InlineData("ras-after-venetoclax", "venetoclax-decitabine", Suitability.Consider, "resistance-finding")]
    // venetoclax-wbc (caution only)
    [InlineData("wbc-30", "venetoclax-azacitidine", Suitability.Consider, "venetoclax-wbc")]
    [InlineData("wbc-unknown", "venetoclax-decitabine", Suitability.Consider, "venetoclax-wbc")]
    // transplant rules
    [InlineData("base", "allogeneic-transplant", Suitability.Recommended, "allogeneic-transplant")]
    [InlineData("unfit-intensive", "allogeneic-transplant", Suitability.Consider, "allogeneic-transplant")]
    [InlineData("fitness-unknown", "allogeneic-transplant", Suitability.NeedsInformation, "allogeneic-transplant")]
    [InlineData("allograft-2-years", "allogeneic-transplant", Suitability.NotSuitable, "allogeneic-transplant")]
    [InlineData("base", "second-allogeneic-transplant", Suitability.NotSuitable, "second-allogeneic-transplant")]
    [InlineData("allograft-4-months", "second-allogeneic-transplant", Suitability.Consider, "second-allogeneic-transplant")]
    [InlineData("allograft-2-years", "second-allogeneic-transplant", Suitability.Consider, "second-allogeneic-transplant")]
    [InlineData("base", "donor-lymphocyte-infusion", Suitability.NotSuitable, "donor-lymphocyte-infusion")]
    [InlineData("allograft-active-gvhd", "donor-lymphocyte-infusion", Suitability.NotSuitable, "donor-lymphocyte-infusion")]
    [InlineData("allograft-2-years", "donor-lymphocyte-infusion", Suitability.Consider, "donor-lymphocyte-infusion")]
    [InlineData("transplant-unwilling", "allogeneic-transplant", Suitability.Consider, "transplant-preference")]
    // always-on options and disease status
    [InlineData("base", "clinical-trial", Suitability.Recommended, "clinical-trial-always")]
    [InlineData("unfit-all", "palliative-care", Suitability.Recommended, "palliative-care-always")]
    [InlineData("no-relapse", "hidac", Suitability.NeedsInformation, "disease-status-relapsed-refractory")]
    public void Rule_GivesExpectedSuitability_AndNamesItself(string scenario, string option, Suitability expected, string rule)
    {
        (PatientCase c, FitnessAssessment? fitness, GeneticsAssessment? genetics) = Scenarios[scenario];

        TreatmentOptionResult result = Evaluate(c, fitness, genetics).Option(option);

        result.Suitability.ShouldBe(expected, $"{scenario}/{option}: {string.Join(" | ", result.Reasons.Select(r => r.Rule + ": " + r.Text))}");
        result.RuleIds().ShouldContain(rule);
    }

    [Theory]
    [InlineData("base", "gilteritinib", "qtc-baseline")]
    [InlineData("base", "flag-ida", "lvef-anthracycline")]
    [InlineData("base", "venetoclax-azacitidine", "venetoclax-wbc")]
    [InlineData("base", "gilteritinib", "prior-failure")]
    [InlineData("flt3-itd", "gilteritinib", "flt3-inhibitor-sequence")]
    [InlineData("base", "allogeneic-transplant", "transplant-preference")]
    [InlineData("base", "hidac", "disease-status-relapsed-refractory")]
    [InlineData("flt3-itd", "gilteritinib", "minimum-age")]
    [InlineData("base", "azacitidine", "fitness-non-intensive")]
    [InlineData("base", "venetoclax-azacitidine", "resistance-finding")]
    [InlineData("flt3-itd", "gilteritinib", "prior-exposure")]
    public void Rule_DoesNotFire_WithoutItsTrigger(string scenario, string option, string rule)
    {
        (PatientCase c, FitnessAssessment? fitness, GeneticsAssessment? genetics) = Scenarios[scenario];

        Evaluate(c, fitness, genetics).Option(option).RuleIds().ShouldNotContain(rule);
    }

    [Theory]
    [InlineData("flt3-untested", "flt3-relapse")]
    [InlineData("cd33-unknown", "cd33-relapse")]
    [InlineData("kmt2a-npm1-untested", "kmt2a-relapse")]
    [InlineData("kmt2a-npm1-untested", "npm1-relapse")]
    [InlineData("lvef-unknown", "lvef")]
    [InlineData("flt3-qtc-unknown", "qtc")]
    [InlineData("wbc-unknown", "wbc")]
    [InlineData("hla-not-typed", "hla-typing")]
    public void UnknownFacts_AreListedAsMissingInformation(string scenario, string code)
    {
        (PatientCase c, FitnessAssessment? fitness, GeneticsAssessment? genetics) = Scenarios[scenario];

        Evaluate(c, fitness, genetics).Missing(code).ShouldBeTrue();
        Evaluate(BaseCase.WithVariant("FLT3", VariantType.Itd)).Missing(code).ShouldBeFalse();
    }

    [Fact]
    public void UntestedTarget_IsNeverNotSuitable()
    {
        PatientCase nothingTested = BaseCase with { Relapse = BaseCase.Relapse! with { Genetics = null } };

        Run run = Evaluate(nothingTested);

        foreach (string id in new[] { "gilteritinib", "quizartinib", "ivosidenib", "olutasidenib", "enasidenib", "revumenib", "ziftomenib", "gemtuzumab-ozogamicin" })
        {
            run.Option(id).Suitability.ShouldBe(Suitability.NeedsInformation, id);
        }
    }

    [Fact]
    public void EveryKnowledgeBaseOption_IsReturned_NoneHidden()
    {
        Run run = Evaluate(BaseCase with { Preferences = new Preferences { Priorities = [Priority.QualityOfLife], TransplantWilling = false } });

        run.Outcome.Options.Select(o => o.Id).Order().ShouldBe(KnowledgeBaseLoader.Default.Therapy.Options.Select(o => o.Id).Order());
    }

    [Fact]
    public void Priorities_OrderWithinASuitabilityGroup()
    {
        Run lengthOfLife = Evaluate(BaseCase.WithVariant("FLT3", VariantType.Itd) with { Preferences = new Preferences { Priorities = [Priority.LengthOfLife] } });
        Run qualityOfLife = Evaluate(BaseCase.WithVariant("FLT3", VariantType.Itd) with { Preferences = new Preferences { Priorities = [Priority.QualityOfLife] } });

        lengthOfLife.Outcome.Options[0].Id.ShouldBe("gilteritinib");
        qualityOfLife.Outcome.Options[0].Id.ShouldBe("palliative-care");
        qualityOfLife.Outcome.Options.Where(o => o.Suitability == Suitability.Recommended).Select(o => o.Id)
            .ShouldBe(lengthOfLife.Outcome.Options.Where(o => o.Suitability == Suitability.Recommended).Select(o => o.Id), ignoreOrder: true);
    }

    [Fact]
    public void Combine_FollowsThePrecedence()
    {
        static RuleFinding F(Verdict v) => new("r", v, "t", "c");
        OptionsEvaluator.Combine([F(Verdict.Supports), F(Verdict.NotSuitable), F(Verdict.NeedsInformation)]).ShouldBe(Suitability.NotSuitable);
        OptionsEvaluator.Combine([F(Verdict.Supports), F(Verdict.NeedsInformation), F(Verdict.AtMostConsider)]).ShouldBe(Suitability.NeedsInformation);
        OptionsEvaluator.Combine([F(Verdict.Supports), F(Verdict.AtMostConsider)]).ShouldBe(Suitability.Consider);
        OptionsEvaluator.Combine([F(Verdict.Supports), F(Verdict.Caution), F(Verdict.Note)]).ShouldBe(Suitability.Recommended);
        OptionsEvaluator.Combine([F(Verdict.Note)]).ShouldBe(Suitability.Consider);
        OptionsEvaluator.Combine([]).ShouldBe(Suitability.Consider);
    }
}
