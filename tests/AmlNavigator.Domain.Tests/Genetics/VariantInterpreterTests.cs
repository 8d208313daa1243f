using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics.Variants;

namespace AmlNavigator.Domain.Tests.Genetics;

public class VariantInterpreterTests
{
    private static GeneVariant V(string gene, string? notation, VariantType? type = null) => new() { Gene = gene, Notation = notation, Type = type };

    [Theory]
    [InlineData(null, VariantType.Itd, Presence.Present)]
    [InlineData("ITD", null, Presence.Present)]
    [InlineData("p.599_600insDFREYEY", null, Presence.Present)]
    [InlineData("p.E598_Y599dup", null, Presence.Present)]
    [InlineData("p.595_595R>SRI", null, Presence.Present)]
    [InlineData("p.D835Y", null, Presence.Absent)]
    [InlineData("p.I836del", null, Presence.Absent)]
    [InlineData("c.1794_1811dup", null, Presence.Present)]
    [InlineData(null, null, Presence.Unknown)]
    public void Flt3Itd(string? notation, VariantType? type, Presence expected) =>
        VariantInterpreter.IsFlt3Itd(V("FLT3", notation, type)).ShouldBe(expected);

    [Theory]
    [InlineData("p.D835Y", Presence.Present)]
    [InlineData("p.Asp835His", Presence.Present)]
    [InlineData("p.I836del", Presence.Present)]
    [InlineData("p.N676K", Presence.Absent)]
    [InlineData(null, Presence.Unknown)]
    public void Flt3Tkd(string? notation, Presence expected) => VariantInterpreter.IsFlt3Tkd(V("FLT3", notation)).ShouldBe(expected);

    [Theory]
    [InlineData("c.860_863dup", Presence.Present)]
    [InlineData("c.863_864insCATG", Presence.Present)]
    [InlineData("c.863_864insCCTG", Presence.Present)]
    [InlineData("p.W288Cfs*12", Presence.Present)]
    [InlineData("p.WQ288fs", Presence.Present)]
    [InlineData("p.K263R", Presence.Unknown)]
    [InlineData(null, Presence.Present)]
    public void Npm1Exon12(string? notation, Presence expected) => VariantInterpreter.IsNpm1Exon12(V("NPM1", notation)).ShouldBe(expected);

    [Theory]
    [InlineData("p.305_306insQ", Presence.Present)]
    [InlineData("p.T318del", Presence.Present)]
    [InlineData("p.R300C", Presence.Present)]
    [InlineData("p.R343fs", Presence.Absent)]
    [InlineData("p.P23fs", Presence.Absent)]
    [InlineData("p.A44P", Presence.Absent)]
    [InlineData("p.270_280del", Presence.Unknown)]
    [InlineData("c.914_916dup", Presence.Present)]
    [InlineData(null, Presence.Unknown)]
    public void CebpaBzipInFrame(string? notation, Presence expected) =>
        VariantInterpreter.IsCebpaBzipInFrame(V("CEBPA", notation)).ShouldBe(expected);

    [Theory]
    [InlineData("IDH1", "p.R132H", Presence.Present)]
    [InlineData("IDH1", "p.Arg132Cys", Presence.Present)]
    [InlineData("IDH1", "p.V71I", Presence.Absent)]
    [InlineData("IDH2", "p.R140Q", Presence.Present)]
    [InlineData("IDH2", "p.R172K", Presence.Present)]
    [InlineData("IDH2", null, Presence.Unknown)]
    public void IdhHotspots(string gene, string? notation, Presence expected) =>
        (gene == "IDH1" ? VariantInterpreter.IsIdh1R132(V(gene, notation)) : VariantInterpreter.IsIdh2Hotspot(V(gene, notation))).ShouldBe(expected);

    [Fact]
    public void Kmt2aPtd_IsNotARearrangement()
    {
        VariantInterpreter.IsKmt2aPtd(V("KMT2A", null, VariantType.Ptd)).ShouldBeTrue();
        VariantInterpreter.IsKmt2aPtd(V("KMT2A", "p.R100*")).ShouldBeFalse();
    }
}
