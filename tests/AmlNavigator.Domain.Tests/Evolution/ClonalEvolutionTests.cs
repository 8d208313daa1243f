using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;

using static AmlNavigator.Domain.Tests.Prognosis.RelapseTestData;

namespace AmlNavigator.Domain.Tests.Evolution;

public class ClonalEvolutionTests
{
    [Fact]
    public void Persistent_WithVafChange()
    {
        GeneticProfile dx = Profile(variants: [Variant("NPM1", vaf: 0.42)], tested: ["NPM1"]);
        GeneticProfile rel = Profile(variants: [Variant("NPM1", vaf: 0.40)], tested: ["NPM1"]);

        GeneticChange c = ClonalEvolution.Compare(dx, rel).Single();

        c.Change.ShouldBe(ChangeKind.Persistent);
        (c.VafDiagnosis, c.VafRelapse).ShouldBe((0.42, 0.40));
        c.Finding.ShouldContain("0.42 → 0.40");
    }

    [Fact]
    public void Gained_OnlyWhenTestedNegativeAtDiagnosis_WithSignificance()
    {
        GeneticProfile dx = Profile(tested: ["FLT3", "IDH2"]);
        GeneticProfile rel = Profile(variants: [Variant("FLT3", VariantType.Itd), Variant("IDH2", VariantType.Snv, 0.3)], tested: ["FLT3", "IDH2"]);

        var changes = ClonalEvolution.Compare(dx, rel);

        changes.Single(c => c.Lesion == "FLT3-ITD").Change.ShouldBe(ChangeKind.Gained);
        changes.Single(c => c.Lesion == "FLT3-ITD").Significance!.ShouldContain("FLT3 inhibitor");
        changes.Single(c => c.Lesion == "IDH2").Change.ShouldBe(ChangeKind.Gained);
    }

    [Fact]
    public void NotTestedAtRelapse_IsUnknown_NeverLost()
    {
        GeneticProfile dx = Profile(variants: [Variant("NPM1"), Variant("DNMT3A")], tested: ["NPM1", "DNMT3A"]);
        GeneticProfile rel = Profile(tested: ["NPM1"]);

        var changes = ClonalEvolution.Compare(dx, rel);

        changes.Single(c => c.Lesion == "NPM1").Change.ShouldBe(ChangeKind.Lost);
        changes.Single(c => c.Lesion == "NPM1").Significance!.ShouldContain("MRD");
        changes.Single(c => c.Lesion == "DNMT3A").Change.ShouldBe(ChangeKind.Unknown);
        changes.Single(c => c.Lesion == "DNMT3A").Finding.ShouldContain("not tested at relapse");
    }

    [Fact]
    public void NotTestedAtDiagnosis_IsUnknown_NeverGained()
    {
        var changes = ClonalEvolution.Compare(Profile(tested: ["NPM1"]), Profile(variants: [Variant("TP53", vaf: 0.3)], tested: ["TP53"]));

        changes.Single().Change.ShouldBe(ChangeKind.Unknown);
        changes.Single().Significance!.ShouldContain("TP53");
    }

    [Fact]
    public void Flt3_ItdLostTkdGained_AreSeparateLesions()
    {
        GeneticProfile dx = Profile(variants: [Variant("FLT3", VariantType.Itd)], tested: ["FLT3"]);
        GeneticProfile rel = Profile(variants: [Variant("FLT3", VariantType.Tkd, notation: "p.D835Y")], tested: ["FLT3"]);

        var changes = ClonalEvolution.Compare(dx, rel);

        changes.Single(c => c.Lesion == "FLT3-ITD").Change.ShouldBe(ChangeKind.Lost);
        changes.Single(c => c.Lesion == "FLT3-TKD").Change.ShouldBe(ChangeKind.Gained);
    }

    [Fact]
    public void Karyotype_NewAdverseLesion_IsGained()
    {
        var changes = ClonalEvolution.Compare(Profile(Normal), Profile(Complex));

        changes.ShouldContain(c => c.Lesion == "complex karyotype" && c.Change == ChangeKind.Gained && c.Significance != null);
        changes.ShouldContain(c => c.Lesion == "-7" && c.Change == ChangeKind.Gained);
    }

    [Fact]
    public void FusionAbsentAtRelapse_IsUnknown_NotLost()
    {
        var changes = ClonalEvolution.Compare(Profile(fusions: ["RUNX1::RUNX1T1"]), Profile(tested: ["KIT"]));

        changes.Single().Change.ShouldBe(ChangeKind.Unknown);
    }

    [Fact]
    public void KmtaFusionAtRelapse_FlagsMeninTarget()
    {
        var changes = ClonalEvolution.Compare(Profile(tested: ["NPM1"]), Profile(fusions: ["KMT2A::MLLT3"]));

        changes.Single().Significance!.ShouldContain("revumenib");
    }

    [Fact]
    public void NoRelapseGenetics_NoChanges()
    {
        ClonalEvolution.Compare(Profile(variants: [Variant("NPM1")]), Empty).ShouldBeEmpty();
    }
}

public class ResistanceMatcherTests
{
    private static ResistancePattern Pattern(string id, string agent, ResistanceTrigger trigger, string gene, string? notation = null, string? type = null) => new()
    {
        Id = id,
        PriorAgents = [agent],
        Trigger = trigger,
        Genes = [gene],
        Notations = notation is null ? [] : [notation],
        VariantTypes = type is null ? [] : [type],
        Finding = id,
        Effect = "effect",
        Citation = "rel-test",
        Status = "verified",
    };

    private static PatientCase Given(params string[] agents) => new()
    {
        Id = "r",
        Therapies = [new TherapyLine { Agents = [.. agents] }],
    };

    [Theory]
    [InlineData("gilteritinib", "p.F691L", true)]
    [InlineData("gilteritinib", "p.D835Y", false)]
    [InlineData("azacitidine", "p.F691L", false)]
    public void Present_NeedsPriorAgentAndNotation(string agent, string notation, bool expected)
    {
        var p = Pattern("f691l", "gilteritinib", ResistanceTrigger.Present, "FLT3", "F691L");
        GeneticProfile rel = Profile(variants: [Variant("FLT3", VariantType.Tkd, notation: notation)], tested: ["FLT3"]);

        var found = ResistanceMatcher.Match(Given(agent), Empty, rel, [p]);

        found.Any().ShouldBe(expected);
        if (expected)
        {
            found[0].PriorTherapy.ShouldBe("gilteritinib");
            found[0].PatternId.ShouldBe("f691l");
        }
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)] // IDH2 not tested at diagnosis: isoform switching cannot be claimed
    public void Gained_NeedsTestedNegativeAtDiagnosis(bool testedAtDiagnosis, bool expected)
    {
        var p = Pattern("switch", "ivosidenib", ResistanceTrigger.Gained, "IDH2");
        GeneticProfile dx = Profile(variants: [Variant("IDH1")], tested: testedAtDiagnosis ? ["IDH1", "IDH2"] : ["IDH1"]);
        GeneticProfile rel = Profile(variants: [Variant("IDH1"), Variant("IDH2")], tested: ["IDH1", "IDH2"]);

        ResistanceMatcher.Match(Given("ivosidenib"), dx, rel, [p]).Any().ShouldBe(expected);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)] // FLT3 not tested at relapse: never called lost
    public void Lost_NeedsTestedNegativeAtRelapse(bool testedAtRelapse, bool expected)
    {
        var p = Pattern("wt", "midostaurin", ResistanceTrigger.Lost, "FLT3");
        GeneticProfile dx = Profile(variants: [Variant("FLT3", VariantType.Itd)], tested: ["FLT3"]);
        GeneticProfile rel = Profile(tested: testedAtRelapse ? ["FLT3", "NPM1"] : ["NPM1"]);

        ResistanceMatcher.Match(Given("midostaurin"), dx, rel, [p]).Any().ShouldBe(expected);
    }

    [Fact]
    public void VariantType_Filters()
    {
        var p = Pattern("ven-itd", "venetoclax", ResistanceTrigger.Present, "FLT3", type: "ITD");
        GeneticProfile tkd = Profile(variants: [Variant("FLT3", VariantType.Tkd)], tested: ["FLT3"]);
        GeneticProfile itd = Profile(variants: [Variant("FLT3", VariantType.Itd)], tested: ["FLT3"]);

        ResistanceMatcher.Match(Given("venetoclax"), Empty, tkd, [p]).ShouldBeEmpty();
        ResistanceMatcher.Match(Given("venetoclax"), Empty, itd, [p]).ShouldNotBeEmpty();
    }
}

public class RelapseWorkupTests
{
    private static PatientCase Relapsed(GeneticsFindings? relapse = null) => new()
    {
        Id = "w",
        Relapse = new RelapseEpisode { Date = new DateOnly(2025, 1, 1), Genetics = relapse },
    };

    private static AssessmentLog Run(PatientCase c)
    {
        AssessmentLog log = new();
        RelapseWorkup.Record(c, CaseGenetics.From(c, new AssessmentLog()), log);
        return log;
    }

    [Theory]
    [InlineData("ngs-relapse")]
    [InlineData("flt3-relapse")]
    [InlineData("idh1-relapse")]
    [InlineData("idh2-relapse")]
    [InlineData("npm1-relapse")]
    [InlineData("kmt2a-relapse")]
    [InlineData("tp53-relapse")]
    [InlineData("cd33-relapse")]
    [InlineData("karyotype-relapse")]
    [InlineData("karyotype-diagnosis")]
    [InlineData("hla-typing")]
    [InlineData("ecog")]
    [InlineData("qtc")]
    [InlineData("lvef")]
    [InlineData("organ-function")]
    public void NothingRecorded_AsksForEachTest_WithWhyAndAffects(string code)
    {
        MissingInformation m = Run(Relapsed()).MissingItems.Single(x => x.Code == code);

        m.Why.ShouldNotBeNullOrWhiteSpace();
        m.Affects.ShouldNotBeEmpty();
    }

    [Fact]
    public void TestedGenes_AreNotRequestedAgain()
    {
        var log = Run(Relapsed(new GeneticsFindings
        {
            TestedGenes = ["FLT3", "IDH1", "IDH2", "NPM1", "TP53", "KMT2A"],
            Cd33Positive = true,
        }));

        string[] codes = [.. log.MissingItems.Select(m => m.Code)];
        codes.ShouldNotContain("ngs-relapse");
        codes.ShouldNotContain("flt3-relapse");
        codes.ShouldNotContain("tp53-relapse");
        codes.ShouldNotContain("kmt2a-relapse");
        codes.ShouldNotContain("cd33-relapse");
    }

    [Fact]
    public void NoRelapse_NoWorkup()
    {
        Run(new PatientCase { Id = "none" }).MissingItems.ShouldBeEmpty();
    }

    [Fact]
    public void HlaTyping_NotAskedAfterAllograftOrWhenDeclined()
    {
        Run(Relapsed() with { Transplants = [new Transplant { Type = TransplantType.Allogeneic }] }).IsMissing("hla-typing").ShouldBeFalse();
        Run(Relapsed() with { Preferences = new Preferences { TransplantWilling = false } }).IsMissing("hla-typing").ShouldBeFalse();
        Run(Relapsed() with { DonorSearch = new DonorSearch { HlaTyped = true } }).IsMissing("hla-typing").ShouldBeFalse();
    }

    [Fact]
    public void Men1_AskedOnlyAfterMeninInhibitor()
    {
        Run(Relapsed()).IsMissing("men1-relapse").ShouldBeFalse();
        Run(Relapsed() with { Therapies = [new TherapyLine { Agents = ["revumenib"] }] }).IsMissing("men1-relapse").ShouldBeTrue();
    }
}
