using System.Collections.Immutable;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Options;

namespace AmlNavigator.Knowledge.Tests;

/// <summary>Integrity of kb/therapy.json: every contract option, unique ids, resolvable references and citations, and
/// the loader reports located problems for bad data instead of accepting it.</summary>
public class TherapyKnowledgeTests
{
    private static readonly TherapyKnowledge Therapy = KnowledgeBaseLoader.Default.Therapy;

    [Fact]
    public void EveryContractOptionId_IsDefined()
    {
        foreach (string id in KnowledgeBaseLoader.ContractOptionIds)
        {
            Therapy.Options.ShouldContain(o => o.Id == id, $"option {id}");
        }
    }

    [Fact]
    public void Sizes_AreAsReviewed()
    {
        Therapy.Drugs.Length.ShouldBeGreaterThanOrEqualTo(19);
        Therapy.Options.Length.ShouldBeGreaterThanOrEqualTo(25);
        Therapy.InteractionRules.Length.ShouldBeGreaterThanOrEqualTo(17);
        Therapy.SupportiveCare.Length.ShouldBeGreaterThanOrEqualTo(11);
    }

    [Fact]
    public void EveryCitationKeyUsed_ResolvesAndIsPrefixed()
    {
        KnowledgeBase kb = KnowledgeBaseLoader.Default;
        IEnumerable<string> keys = Therapy.Drugs.SelectMany(d => d.Citations.Concat(d.Warnings.Select(w => w.Citation)))
            .Concat(Therapy.Options.SelectMany(o => o.Citations
                .Concat(o.Approvals.Select(a => a.Citation))
                .Concat(o.Evidence.Select(e => e.Citation))
                .Concat(o.Cautions.Select(c => c.Citation))))
            .Concat(Therapy.DrugClasses.Select(c => c.Citation))
            .Concat(Therapy.InteractionRules.Select(r => r.Citation))
            .Concat(Therapy.SupportiveCare.Select(s => s.Citation));
        foreach (string key in keys)
        {
            kb.Citations.ContainsKey(key).ShouldBeTrue(key);
            key.ShouldStartWith("tx-");
        }
    }

    [Fact]
    public void EveryRuleCitation_IsInTheKnowledgeBase()
    {
        foreach (OptionRule rule in OptionRuleCatalog.Rules)
        {
            rule.Citations.ShouldNotBeEmpty(rule.Id);
            foreach (string key in rule.Citations)
            {
                KnowledgeBaseLoader.Default.Citations.ContainsKey(key).ShouldBeTrue($"{rule.Id}: {key}");
            }
        }
    }

    [Fact]
    public void EveryOption_HasUsAndEuStatus_AndEveryRuleIdIsUnique()
    {
        foreach (TherapyOption o in Therapy.Options)
        {
            o.Approvals.Select(a => a.Jurisdiction).Distinct().Count().ShouldBe(2, o.Id);
        }

        OptionRuleCatalog.Rules.Select(r => r.Id).ShouldBeUnique();
    }

    [Fact]
    public void DiltiazemIsModerate_NotStrong()
    {
        // clinical-facts 13.8: one authoritative (FDA-based) class list; diltiazem is a moderate CYP3A inhibitor.
        Therapy.Class("moderate-cyp3a-inhibitors")!.Members.ShouldContain("diltiazem");
        Therapy.Class("strong-cyp3a-inhibitors")!.Members.ShouldNotContain("diltiazem");
    }

    [Fact]
    public void DrugClasses_DoNotPutOneDrugInStrongAndModerateOfTheSameKind()
    {
        Therapy.Class("strong-cyp3a-inhibitors")!.Members.Intersect(Therapy.Class("moderate-cyp3a-inhibitors")!.Members).ShouldBeEmpty();
        Therapy.Class("strong-cyp3a-inducers")!.Members.Intersect(Therapy.Class("moderate-cyp3a-inducers")!.Members).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"id\": \"gilteritinib\", \"name\": \"Gilteritinib monotherapy\"", "\"id\": \"ivosidenib\", \"name\": \"Gilteritinib monotherapy\"", "duplicate option id 'ivosidenib'")]
    [InlineData("\"citation\": \"tx-gilt-fda\" },", "\"citation\": \"tx-no-such-key\" },", "citation 'tx-no-such-key' is not in kb/citations")]
    [InlineData("\"intensity\": \"targeted\"", "\"intensity\": \"very-targeted\"", "'very-targeted' is not one of")]
    [InlineData("\"withClass\": \"pgp-inhibitors\"", "\"withClass\": \"no-such-class\"", "unknown drug class 'no-such-class'")]
    [InlineData("\"drugs\": [\"gilteritinib\"], \"requiresAnyOf\"", "\"drugs\": [\"gilteritinibb\"], \"requiresAnyOf\"", "unknown drug 'gilteritinibb'")]
    [InlineData("\"id\": \"clinical-trial\"", "\"id\": \"trial\"", "CONTRACT option id 'clinical-trial' is not defined")]
    public void Loader_RejectsBrokenContent_WithALocatedProblem(string find, string replace, string expected)
    {
        ImmutableArray<(string Name, string Text)> files = KnowledgeBaseLoader.ReadEmbeddedFiles();
        int index = files.ToList().FindIndex(f => f.Name == "kb/therapy.json");
        string text = files[index].Text;
        text.ShouldContain(find);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        string broken = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        var ex = Should.Throw<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load(files.SetItem(index, ("kb/therapy.json", broken))));
        ex.Problems.ShouldContain(p => p.File == "kb/therapy.json" && p.Message.Contains(expected, StringComparison.Ordinal),
            string.Join("\n", ex.Problems.Select(p => p.Path + ": " + p.Message)));
        ex.Problems.ShouldAllBe(p => p.Path.Length > 0);
    }

    [Fact]
    public void Loader_ReportsAMissingTherapyFile()
    {
        ImmutableArray<(string Name, string Text)> files = [.. KnowledgeBaseLoader.ReadEmbeddedFiles().Where(f => f.Name != "kb/therapy.json")];
        Should.Throw<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load(files))
            .Problems.ShouldContain(p => p.File == "kb/therapy.json");
    }
}
