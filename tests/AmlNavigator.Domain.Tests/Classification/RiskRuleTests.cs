using AmlNavigator.Domain.Classification;

namespace AmlNavigator.Domain.Tests.Classification;

/// <summary>Every rule of every scheme: one case that fires it (with the expected group) and one that must not.</summary>
public class RiskRuleTests
{
    // rule id | facts present (all other facts known absent) | expected group of the scheme
    public static TheoryData<string, string, string> Fires => new()
    {
        // ELN 2022
        { "eln2022-apl", "Apl", "none" },
        { "eln2022-fav-t8-and21", "T8And21", "favorable" },
        { "eln2022-fav-inv16", "Inv16", "favorable" },
        { "eln2022-cbf-kit-flt3", "T8And21,Kit", "favorable" },
        { "eln2022-fav-npm1", "Npm1", "favorable" },
        { "eln2022-fav-cebpa", "CebpaBzipInFrame", "favorable" },
        { "eln2022-mr-not-adverse-with-favorable", "Npm1,Asxl1", "favorable" },
        { "eln2022-tp53-with-favorable", "Inv16,Tp53Vaf10,Tp53", "favorable" },
        { "eln2022-adv-t6-and9", "T6And9", "adverse" },
        { "eln2022-adv-kmt2a", "Kmt2aOther", "adverse" },
        { "eln2022-adv-t9-and22", "T9And22", "adverse" },
        { "eln2022-adv-t8-and16", "T8And16", "adverse" },
        { "eln2022-adv-inv3", "Inv3", "adverse" },
        { "eln2022-adv-mecom", "MecomOther", "adverse" },
        { "eln2022-adv-minus5", "Minus5Del5q", "adverse" },
        { "eln2022-adv-minus7", "Minus7", "adverse" },
        { "eln2022-adv-minus17", "Minus17Abn17p", "adverse" },
        { "eln2022-adv-complex", "Complex", "adverse" },
        { "eln2022-adv-monosomal", "Monosomal", "adverse" },
        { "eln2022-npm1-adverse-cytogenetics", "Npm1,Complex", "adverse" },
        { "eln2022-cebpa-adverse-cytogenetics", "CebpaBzipInFrame,Minus7", "adverse" },
        { "eln2022-hyperdiploid-not-complex", "HyperdiploidTrisomiesOnly", "intermediate" },
        { "eln2022-kmt2a-ptd-not-rearranged", "Kmt2aPtd", "intermediate" },
        { "eln2022-int-t9-and11", "T9And11", "intermediate" },
        { "eln2022-t9-and11-precedence", "T9And11,Runx1", "intermediate" },
        { "eln2022-adv-mr-gene", "Sf3b1", "adverse" },
        { "eln2022-adv-tp53", "Tp53Vaf10,Tp53", "adverse" },
        { "eln2022-npm1-itd-mr-gene", "Npm1,Flt3Itd,Asxl1", "adverse" },
        { "eln2022-cebpa-with-itd", "CebpaBzipInFrame,Flt3Itd", "favorable" },
        { "eln2022-int-npm1-itd", "Npm1,Flt3Itd", "intermediate" },
        { "eln2022-int-wt-npm1-itd", "Flt3Itd", "intermediate" },
        { "eln2022-int-other", "", "intermediate" },

        // ELN 2017
        { "eln2017-apl", "Apl", "none" },
        { "eln2017-fav-t8-and21", "T8And21", "favorable" },
        { "eln2017-fav-inv16", "Inv16", "favorable" },
        { "eln2017-fav-npm1", "Npm1,Flt3Itd", "favorable" },
        { "eln2017-runx-asxl-not-adverse-with-favorable", "T8And21,Runx1", "favorable" },
        { "eln2017-tp53-with-favorable", "Npm1,Tp53", "favorable" },
        { "eln2017-npm1-with-adverse-cytogenetics", "Npm1,Minus7", "favorable" },
        { "eln2017-adv-t6-and9", "T6And9", "adverse" },
        { "eln2017-adv-kmt2a", "Kmt2aOther", "adverse" },
        { "eln2017-adv-t9-and22", "T9And22", "adverse" },
        { "eln2017-adv-inv3", "Inv3", "adverse" },
        { "eln2017-adv-minus5", "Minus5Del5q", "adverse" },
        { "eln2017-adv-minus7", "Minus7", "adverse" },
        { "eln2017-adv-minus17", "Minus17Abn17p", "adverse" },
        { "eln2017-adv-complex", "ComplexEln2017,HyperdiploidTrisomiesOnly", "adverse" },
        { "eln2017-adv-monosomal", "Monosomal", "adverse" },
        { "eln2017-fav-cebpa-biallelic", "CebpaBiallelic", "favorable" },
        { "eln2017-int-t9-and11", "T9And11", "intermediate" },
        { "eln2017-t9-and11-precedence", "T9And11,Tp53", "intermediate" },
        { "eln2017-adv-runx1", "Runx1", "adverse" },
        { "eln2017-adv-asxl1", "Asxl1", "adverse" },
        { "eln2017-adv-tp53", "Tp53", "adverse" },
        { "eln2017-adv-wt-npm1-itd-high", "Flt3Itd,Flt3ItdHighRatio", "adverse" },
        { "eln2017-int-npm1-itd-high", "Npm1,Flt3Itd,Flt3ItdHighRatio", "intermediate" },
        { "eln2017-int-wt-npm1-no-itd-or-low", "Flt3Itd", "intermediate" },
        { "eln2017-int-other", "", "intermediate" },
        { "eln2017-itd-ratio", "Flt3Itd", "intermediate" },
        { "eln2017-kmt2a-ptd-not-rearranged", "Kmt2aPtd", "intermediate" },

        // ELN 2024 less-intensive
        { "eln2024li-apl", "Apl", "none" },
        { "eln2024li-prior-hma", "PriorHma", "none" },
        { "eln2024li-adv-tp53", "Tp53", "adverse" },
        { "eln2024li-fav-idh1", "Idh1", "favorable" },
        { "eln2024li-idh1-aza-ivosidenib", "Idh1,Kras", "favorable" },
        { "eln2024li-fav-ddx41", "Ddx41", "favorable" },
        { "eln2024li-ddx41-germline", "Ddx41,Nras", "favorable" },
        { "eln2024li-int-signalling", "Npm1,Nras", "intermediate" },
        { "eln2024li-fav-npm1", "Npm1", "favorable" },
        { "eln2024li-fav-idh2", "Idh2", "favorable" },
        { "eln2024li-fav-other", "Complex", "favorable" },
    };

    // rule id | facts present for which the rule must NOT fire
    public static TheoryData<string, string> DoesNotFire => new()
    {
        { "eln2022-apl", "T8And21" },
        { "eln2022-fav-t8-and21", "Inv16" },
        { "eln2022-fav-inv16", "T8And21" },
        { "eln2022-cbf-kit-flt3", "T8And21" },
        { "eln2022-fav-npm1", "Npm1,Flt3Itd" },
        { "eln2022-fav-cebpa", "CebpaBiallelic" },
        { "eln2022-mr-not-adverse-with-favorable", "Asxl1" },
        { "eln2022-tp53-with-favorable", "Tp53Vaf10,Tp53" },
        { "eln2022-adv-t6-and9", "T9And11" },
        { "eln2022-adv-kmt2a", "Kmt2aPtd" },
        { "eln2022-adv-t9-and22", "T8And21" },
        { "eln2022-adv-t8-and16", "Inv16" },
        { "eln2022-adv-inv3", "MecomOther" },
        { "eln2022-adv-mecom", "Inv3" },
        { "eln2022-adv-minus5", "Minus7" },
        { "eln2022-adv-minus7", "Minus5Del5q" },
        { "eln2022-adv-minus17", "Tp53Vaf10,Tp53" },
        { "eln2022-adv-complex", "HyperdiploidTrisomiesOnly,ComplexEln2017" },
        { "eln2022-adv-monosomal", "T8And21,Monosomal" },
        { "eln2022-npm1-adverse-cytogenetics", "Npm1" },
        { "eln2022-cebpa-adverse-cytogenetics", "CebpaBzipInFrame" },
        { "eln2022-hyperdiploid-not-complex", "HyperdiploidTrisomiesOnly,Complex" },
        { "eln2022-kmt2a-ptd-not-rearranged", "Kmt2aOther" },
        { "eln2022-int-t9-and11", "T9And11,Minus7" },
        { "eln2022-t9-and11-precedence", "T9And11" },
        { "eln2022-adv-mr-gene", "Inv16,Sf3b1" },
        { "eln2022-adv-tp53", "Tp53" },
        { "eln2022-npm1-itd-mr-gene", "Npm1,Asxl1" },
        { "eln2022-cebpa-with-itd", "CebpaBzipInFrame" },
        { "eln2022-int-npm1-itd", "Npm1" },
        { "eln2022-int-wt-npm1-itd", "Flt3Itd,Runx1" },
        { "eln2022-int-other", "Npm1" },

        { "eln2017-apl", "Inv16" },
        { "eln2017-fav-t8-and21", "Inv16" },
        { "eln2017-fav-inv16", "T8And21" },
        { "eln2017-fav-npm1", "Npm1,Flt3Itd,Flt3ItdHighRatio" },
        { "eln2017-runx-asxl-not-adverse-with-favorable", "Runx1" },
        { "eln2017-tp53-with-favorable", "Tp53" },
        { "eln2017-npm1-with-adverse-cytogenetics", "Npm1" },
        { "eln2017-adv-t6-and9", "T9And11" },
        { "eln2017-adv-kmt2a", "Kmt2aPtd" },
        { "eln2017-adv-t9-and22", "T8And21" },
        { "eln2017-adv-inv3", "MecomOther" },
        { "eln2017-adv-minus5", "Minus7" },
        { "eln2017-adv-minus7", "Minus5Del5q" },
        { "eln2017-adv-minus17", "Tp53" },
        { "eln2017-adv-complex", "Complex,T8And21" },
        { "eln2017-adv-monosomal", "Minus7" },
        { "eln2017-fav-cebpa-biallelic", "CebpaBzipInFrame" },
        { "eln2017-int-t9-and11", "T9And11,Minus7" },
        { "eln2017-t9-and11-precedence", "T9And11" },
        { "eln2017-adv-runx1", "T8And21,Runx1" },
        { "eln2017-adv-asxl1", "Npm1,Asxl1" },
        { "eln2017-adv-tp53", "T9And11,Tp53,Runx1" },
        { "eln2017-adv-wt-npm1-itd-high", "Flt3Itd" },
        { "eln2017-int-npm1-itd-high", "Npm1,Flt3Itd" },
        { "eln2017-int-wt-npm1-no-itd-or-low", "Flt3Itd,Flt3ItdHighRatio" },
        { "eln2017-int-other", "T8And21" },
        { "eln2017-itd-ratio", "Npm1" },
        { "eln2017-kmt2a-ptd-not-rearranged", "Kmt2aOther" },

        { "eln2024li-apl", "Npm1" },
        { "eln2024li-prior-hma", "Npm1" },
        { "eln2024li-adv-tp53", "Npm1" },
        { "eln2024li-fav-idh1", "Idh1,Tp53" },
        { "eln2024li-idh1-aza-ivosidenib", "Idh1" },
        { "eln2024li-fav-ddx41", "Ddx41,Tp53" },
        { "eln2024li-ddx41-germline", "Npm1" },
        { "eln2024li-int-signalling", "Npm1" },
        { "eln2024li-fav-npm1", "Npm1,Flt3Itd" },
        { "eln2024li-fav-idh2", "Idh2,Kras" },
        { "eln2024li-fav-other", "Npm1" },
    };

    [Theory]
    [MemberData(nameof(Fires))]
    public void Rule_Fires_AndGivesItsGroup(string ruleId, string present, string group)
    {
        RiskResult result = SchemeResult(ruleId, RiskFactsFixture.Known(present));

        result.Basis.Select(b => b.Rule).ShouldContain(ruleId);
        (result.Group?.ToString().ToLowerInvariant() ?? "none").ShouldBe(group);
        result.Provisional.ShouldBeFalse();
        result.Basis.ShouldAllBe(b => b.Citation.StartsWith("risk-"));
    }

    [Theory]
    [MemberData(nameof(DoesNotFire))]
    public void Rule_DoesNotFire_OnItsNegativeCase(string ruleId, string present)
    {
        RiskResult result = SchemeResult(ruleId, RiskFactsFixture.Known(present));

        result.Basis.Select(b => b.Rule).ShouldNotContain(ruleId);
    }

    [Fact]
    public void EveryCatalogRule_HasAPositiveAndANegativeCase()
    {
        var positive = Fires.Select(row => (string)row[0]).ToHashSet();
        var negative = DoesNotFire.Select(row => (string)row[0]).ToHashSet();

        foreach (RiskRule rule in RiskRuleCatalog.All)
        {
            positive.ShouldContain(rule.Id);
            negative.ShouldContain(rule.Id);
        }

        RiskRuleCatalog.All.Select(r => r.Id).ShouldBeUnique();
        RiskRuleCatalog.For("eln2022").Length.ShouldBe(32);
        RiskRuleCatalog.For("eln2017").Length.ShouldBe(28);
        RiskRuleCatalog.For("eln2024-less-intensive").Length.ShouldBe(11);
    }

    private static RiskResult SchemeResult(string ruleId, RiskFacts facts) =>
        ruleId.StartsWith("eln2022-") ? Eln2022Classifier.Classify(facts)
        : ruleId.StartsWith("eln2017-") ? Eln2017Classifier.Classify(facts)
        : Eln2024LessIntensiveClassifier.Classify(facts);
}

internal static class RiskFactsFixture
{
    /// <summary>Every fact known; the listed ones present, all others absent.</summary>
    public static RiskFacts Known(string present)
    {
        var set = present.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RiskFact>).ToHashSet();
        return RiskFacts.Of(Enum.GetValues<RiskFact>().ToDictionary(f => f, set.Contains));
    }

    /// <summary>Only the listed facts known (name=true|false); everything else unknown.</summary>
    public static RiskFacts Partial(string facts) =>
        RiskFacts.Of(facts.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => Enum.Parse<RiskFact>(p[0]), p => bool.Parse(p[1])));
}
