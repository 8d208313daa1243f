using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Options;
using AmlNavigator.Domain.Serialization;
using static AmlNavigator.Knowledge.Tests.Options.OptionsHarness;

namespace AmlNavigator.Knowledge.Tests.Options;

/// <summary>Interaction and dose rules (one row per rule, plus negatives) and supportive-care triggers.</summary>
public class InteractionAndSupportiveCareTests
{
    private static readonly FitnessAssessment UnfitIntensive = new() { UnfitForIntensive = true, UnfitForNonIntensive = false };

    private static PatientCase Targets { get; } = BaseCase
        .WithVariant("FLT3", VariantType.Itd).WithVariant("IDH1").WithRelapseGenetics(g => g with { Fusions = ["KMT2A::MLLT3"] });

    [Theory]
    [InlineData("posaconazole", "venetoclax-posaconazole", "venetoclax", "70 mg")]
    [InlineData("voriconazole", "venetoclax-strong-cyp3a-inhibitor", "venetoclax", "100 mg")]
    [InlineData("diltiazem", "venetoclax-moderate-cyp3a-inhibitor", "venetoclax", "≥ 50%")]
    [InlineData("carvedilol", "venetoclax-pgp-inhibitor", "venetoclax", "≥ 50%")]
    [InlineData("rifampin", "venetoclax-strong-cyp3a-inducer", "venetoclax", null)]
    [InlineData("itraconazole", "gilteritinib-strong-cyp3a-inhibitor", "gilteritinib", null)]
    [InlineData("carbamazepine", "gilteritinib-strong-cyp3a-inducer", "gilteritinib", null)]
    [InlineData("clarithromycin", "ivosidenib-strong-cyp3a-inhibitor", "ivosidenib", "verify in the current label")]
    [InlineData("fluconazole", "ivosidenib-moderate-cyp3a-inhibitor", "ivosidenib", null)]
    [InlineData("phenytoin", "ivosidenib-strong-cyp3a-inducer", "ivosidenib", null)]
    [InlineData("ketoconazole", "revumenib-strong-cyp3a-inhibitor", "revumenib", "verify in the current label")]
    [InlineData("ritonavir", "quizartinib-strong-cyp3a-inhibitor", "quizartinib", "verify in the current label")]
    [InlineData("enzalutamide", "quizartinib-strong-cyp3a-inducer", "quizartinib", null)]
    [InlineData("ondansetron", "gilteritinib-qt", "gilteritinib", null)]
    [InlineData("methadone", "quizartinib-qt", "quizartinib", null)]
    [InlineData("levofloxacin", "ivosidenib-qt", "ivosidenib", null)]
    [InlineData("sotalol", "revumenib-qt", "revumenib", null)]
    public void InteractionRule_Fires_WithItsAction(string medication, string rule, string drug, string? dose)
    {
        Run run = Evaluate(Targets.WithMedications(medication), UnfitIntensive);

        InteractionResult interaction = run.Outcome.Interactions.Single(i => i.Rule == rule);
        interaction.Drugs.ShouldBe([drug, medication]);
        KnowledgeBaseLoader.Default.Citations.ContainsKey(interaction.Citation).ShouldBeTrue();
        var withDrug = run.Outcome.Options.Where(o => o.Drugs.Contains(drug) && o.Suitability != Suitability.NotSuitable).ToList();
        withDrug.ShouldNotBeEmpty();
        if (dose is null)
        {
            withDrug.ShouldAllBe(o => o.Cautions.Any(c => c.Rule == rule));
        }
        else
        {
            withDrug.ShouldAllBe(o => o.DoseAdjustments.Any(d => d.Rule == rule && d.Text.Contains(dose) && d.Because == medication));
        }
    }

    [Fact]
    public void Posaconazole_GivesOneVenetoclaxDose_NotThreeRules()
    {
        Run run = Evaluate(BaseCase.WithMedications("posaconazole"), UnfitIntensive);

        run.Outcome.Interactions.Where(i => i.Drugs[0] == "venetoclax").Select(i => i.Rule).ShouldBe(["venetoclax-posaconazole"]);
        run.Option("venetoclax-azacitidine").DoseAdjustments.Single().Text.ShouldContain("70 mg");
    }

    [Theory]
    [InlineData("acyclovir")]
    [InlineData("micafungin")]
    [InlineData("allopurinol")]
    public void NonInteractingMedicine_GivesNoInteraction(string medication)
    {
        Run run = Evaluate(Targets.WithMedications(medication), UnfitIntensive);

        run.Outcome.Interactions.ShouldBeEmpty();
        run.Outcome.Options.ShouldAllBe(o => o.DoseAdjustments.IsEmpty);
    }

    [Fact]
    public void NotSuitableOptions_GetNoInteractions()
    {
        // No FLT3 mutation: gilteritinib is not suitable, so itraconazole × gilteritinib is not listed.
        Run run = Evaluate(BaseCase.WithMedications("itraconazole"));

        run.Outcome.Interactions.ShouldNotContain(i => i.Drugs[0] == "gilteritinib");
    }

    [Fact]
    public void SupportiveCare_AlwaysItems_AndDrugTriggeredItems()
    {
        Run plain = Evaluate(BaseCase with { Patient = new PatientInfo { AgeAtDiagnosis = 70, Ecog = 1 } }, new FitnessAssessment { UnfitForIntensive = true, UnfitForNonIntensive = true });
        Run targeted = Evaluate(Targets, UnfitIntensive);

        string[] always = ["platelet-transfusion-threshold", "red-cell-transfusion-threshold", "antifungal-prophylaxis", "palliative-care-referral", "psychosocial-support"];
        plain.Outcome.SupportiveCare.Select(s => s.Id).ShouldBe(always, ignoreOrder: true);
        targeted.Outcome.SupportiveCare.Select(s => s.Id).ShouldContain("differentiation-syndrome-watch");
        targeted.Outcome.SupportiveCare.Select(s => s.Id).ShouldContain("qtc-monitoring");
        targeted.Outcome.SupportiveCare.Select(s => s.Id).ShouldContain("tls-prophylaxis-venetoclax");
        targeted.Outcome.SupportiveCare.Select(s => s.Id).ShouldNotContain("fertility-discussion");
        Evaluate(Targets with { Patient = new PatientInfo { AgeAtDiagnosis = 34 } }).Outcome.SupportiveCare.Select(s => s.Id).ShouldContain("fertility-discussion");
        Evaluate(BaseCase.WithAllograft(new DateOnly(2022, 1, 1))).Outcome.SupportiveCare.Select(s => s.Id).ShouldContain("gvhd-watch-after-transplant");
    }

    [Fact]
    public void Actionable_ListsTargetsWithTheirTherapies()
    {
        Run run = Evaluate(Targets);

        run.Outcome.Actionable.Single(a => a.Target == "FLT3").Therapies.ShouldBe(["gilteritinib", "quizartinib"]);
        run.Outcome.Actionable.Single(a => a.Target == "IDH1").Therapies.ShouldBe(["ivosidenib", "olutasidenib"]);
        run.Outcome.Actionable.Single(a => a.Target == "menin (KMT2A)").Therapies.ShouldBe(["revumenib"]);
        Evaluate(BaseCase.WithRelapseGenetics(g => g with { Cd33Positive = null })).Outcome.Actionable.ShouldBeEmpty();
    }

    [Fact]
    public void Assessment_IsByteIdentical_OnRepeat()
    {
        PatientCase c = Targets.WithMedications("posaconazole", "ondansetron");

        string first = AmlJson.Serialize(CaseAssessor.Assess(c, KnowledgeBaseLoader.Default, AsOf));
        string second = AmlJson.Serialize(CaseAssessor.Assess(c, KnowledgeBaseLoader.Default, AsOf));

        first.ShouldBe(second);
    }
}
