using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Classification;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Genetics.Variants;

namespace AmlNavigator.Domain.Tests.Classification;

/// <summary>Unknown is not negative: untested genes make a result provisional and name the test that settles it.</summary>
public class RiskUnknownTests
{
    [Fact]
    public void Npm1WithoutFlt3Test_IsProvisionalFavorable_AndAsksForFlt3()
    {
        var log = new AssessmentLog();
        RiskFacts facts = RiskFactsFixture.Partial("Npm1=true,Apl=false,T8And21=false,Inv16=false,T6And9=false,Kmt2aOther=false,T9And22=false,T8And16=false,Inv3=false,MecomOther=false,Minus5Del5q=false,Minus7=false,Minus17Abn17p=false,Complex=false,Monosomal=false,T9And11=false");

        RiskResult r = Eln2022Classifier.Classify(facts, log);

        r.Group.ShouldBe(RiskGroup.Favorable);
        r.Provisional.ShouldBeTrue();
        log.MissingItems.Select(m => m.Code).ShouldContain("flt3-diagnosis");
        log.MissingItems.Single(m => m.Code == "flt3-diagnosis").Affects.ShouldContain("risk.eln2022");
    }

    [Fact]
    public void FullyTestedNormalCase_IsDefinitiveIntermediate()
    {
        RiskResult r = Eln2022Classifier.Classify(RiskFactsFixture.Known(""));

        r.Group.ShouldBe(RiskGroup.Intermediate);
        r.Provisional.ShouldBeFalse();
        r.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void AdverseKaryotype_IsDefinitive_EvenWithUntestedGenes()
    {
        // −7 makes it adverse whatever the untested genes show (CBF/APL excluded by the karyotype).
        RiskFacts facts = RiskFactsFixture.Partial("Minus7=true,Apl=false,T8And21=false,Inv16=false");

        RiskResult r = Eln2022Classifier.Classify(facts);

        r.Group.ShouldBe(RiskGroup.Adverse);
        r.Provisional.ShouldBeFalse();
    }

    [Fact]
    public void NothingRecorded_GroupIsNull()
    {
        var log = new AssessmentLog();
        var profile = new GeneticProfile(null, null);

        RiskAssessment risk = RiskClassifier.Classify(RiskFacts.From(profile, []), log);

        risk.Eln2022.Group.ShouldBeNull();
        risk.Eln2017.Group.ShouldBeNull();
        risk.Eln2024LessIntensive.Group.ShouldBeNull();
        log.MissingItems.Select(m => m.Code).ShouldContain("karyotype-diagnosis");
    }

    [Fact]
    public void UntestedGeneIsUnknown_TestedWithoutVariantIsAbsent()
    {
        var tested = new GeneticProfile(new GeneticsFindings { TestedGenes = ["TP53"] }, null);
        var untested = new GeneticProfile(new GeneticsFindings { TestedGenes = ["FLT3"] }, null);

        RiskFacts.From(tested, [])[RiskFact.Tp53].ShouldBe(Presence.Absent);
        RiskFacts.From(untested, [])[RiskFact.Tp53].ShouldBe(Presence.Unknown);
    }

    [Fact]
    public void Tp53WithoutVaf_IsUnknownForEln2022_ButMutatedForEln2017()
    {
        var profile = new GeneticProfile(new GeneticsFindings { Variants = [new GeneVariant { Gene = "TP53", Notation = "p.R248Q" }] }, null);

        RiskFacts facts = RiskFacts.From(profile, []);

        facts[RiskFact.Tp53Vaf10].ShouldBe(Presence.Unknown);
        facts[RiskFact.Tp53].ShouldBe(Presence.Present);
    }

    [Fact]
    public void PriorAzacitidine_MakesEln2024NotApplicable()
    {
        var profile = new GeneticProfile(new GeneticsFindings { TestedGenes = ["TP53", "FLT3", "NRAS", "KRAS", "IDH1", "DDX41"] }, null);
        TherapyLine aza = new() { Regimen = "ven-aza", Agents = ["venetoclax", "azacitidine"] };

        RiskResult r = Eln2024LessIntensiveClassifier.Classify(RiskFacts.From(profile, [aza]));

        r.Applicable.ShouldBeFalse();
        r.Group.ShouldBeNull();
        r.Basis.Single(b => b.Rule == "eln2024li-prior-hma").Finding.ShouldContain("azacitidine");
    }
}
