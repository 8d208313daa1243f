using System.Collections.Immutable;

using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Knowledge.Tests;

public class ResistanceKnowledgeTests
{
    [Fact]
    public void Embedded_LoadsAllPatterns_WithExistingCitations()
    {
        KnowledgeBase kb = KnowledgeBaseLoader.Default;

        kb.Resistance.Length.ShouldBeGreaterThanOrEqualTo(12);
        kb.Resistance.ShouldAllBe(p => kb.Citations.ContainsKey(p.Citation));
        kb.Resistance.Select(p => p.Id).ShouldBeUnique();
    }

    [Fact]
    public void MeninPattern_EncodesNoUnverifiedResidues()
    {
        ResistancePattern men1 = KnowledgeBaseLoader.Default.Resistance.Single(p => p.Id == "menin-men1");

        men1.Notations.ShouldBeEmpty();
        men1.Effect.ShouldContain("verify", Case.Insensitive);
    }

    [Theory]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["Gilteritinib"],"trigger":"present","genes":["FLT3"],"finding":"f","effect":"e","citation":"rel-mcmahon2019","status":"verified"}]}""", "/patterns/0/priorAgents")]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["gilteritinib"],"trigger":"sometimes","genes":["FLT3"],"finding":"f","effect":"e","citation":"rel-mcmahon2019","status":"verified"}]}""", "/patterns/0/trigger")]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["gilteritinib"],"trigger":"present","genes":["FLT3"],"finding":"f","effect":"e","citation":"rel-nope","status":"verified"}]}""", "/patterns/0/citation")]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["gilteritinib"],"trigger":"present","genes":["FLT3"],"finding":"f","effect":"e","citation":"rel-mcmahon2019","status":"unverified"}]}""", "/patterns/0/status")]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["gilteritinib"],"trigger":"present","finding":"f","effect":"e","citation":"rel-mcmahon2019","status":"verified"}]}""", "/patterns/0")]
    [InlineData("""{"patterns":[{"id":"x","priorAgents":["gilteritinib"],"trigger":"present","genes":["FLT3"],"effect":"e","citation":"rel-mcmahon2019","status":"verified"}]}""", "/patterns/0/finding")]
    public void InvalidPattern_IsRejected_WithLocatedProblem(string json, string path)
    {
        ImmutableArray<(string, string)> files =
        [
            .. KnowledgeBaseLoader.ReadEmbeddedFiles().Where(f => f.Name != "kb/resistance.json"),
            ("kb/resistance.json", json),
        ];

        KnowledgeBaseException ex = Should.Throw<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load(files));

        ex.Problems.ShouldContain(p => p.File == "kb/resistance.json" && p.Path == path);
    }
}
