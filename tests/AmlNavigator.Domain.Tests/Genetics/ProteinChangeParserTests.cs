using AmlNavigator.Domain.Genetics.Variants;

using CsCheck;

namespace AmlNavigator.Domain.Tests.Genetics;

public class ProteinChangeParserTests
{
    [Theory]
    [InlineData("p.R132H", ProteinChangeKind.Missense, 132, 132, "R", "H")]
    [InlineData("p.Arg132His", ProteinChangeKind.Missense, 132, 132, "R", "H")]
    [InlineData("p.(Asp835Tyr)", ProteinChangeKind.Missense, 835, 835, "D", "Y")]
    [InlineData("R140Q", ProteinChangeKind.Missense, 140, 140, "R", "Q")]
    [InlineData("p.R270*", ProteinChangeKind.Nonsense, 270, 270, "R", "*")]
    [InlineData("p.Arg270Ter", ProteinChangeKind.Nonsense, 270, 270, "R", "*")]
    [InlineData("p.R132R", ProteinChangeKind.Synonymous, 132, 132, "R", "R")]
    [InlineData("p.W288Cfs*12", ProteinChangeKind.Frameshift, 288, 288, "W", "C")]
    [InlineData("p.Trp288CysfsTer12", ProteinChangeKind.Frameshift, 288, 288, "W", "C")]
    [InlineData("p.WQ288fs", ProteinChangeKind.Frameshift, 288, 288, "WQ", "")]
    [InlineData("p.-287fs", ProteinChangeKind.Frameshift, 287, 287, "", "")]
    [InlineData("p.D835del", ProteinChangeKind.Deletion, 835, 835, "D", "")]
    [InlineData("p.Ile836del", ProteinChangeKind.Deletion, 836, 836, "I", "")]
    [InlineData("p.E598_Y599dup", ProteinChangeKind.Duplication, 598, 599, "EY", "")]
    [InlineData("p.599_600insDFREYEY", ProteinChangeKind.Insertion, 599, 600, "", "DFREYEY")]
    [InlineData("p.Tyr591_Val592insAspPhe", ProteinChangeKind.Insertion, 591, 592, "YV", "DF")]
    [InlineData("p.307_309NVE>K", ProteinChangeKind.DeletionInsertion, 307, 309, "NVE", "K")]
    [InlineData("p.595_595R>SRI", ProteinChangeKind.DeletionInsertion, 595, 595, "R", "SRI")]
    [InlineData("p.K313_V314delinsKLQ", ProteinChangeKind.DeletionInsertion, 313, 314, "KV", "KLQ")]
    [InlineData("p.573_574insKPATDGTGDRLLR**VLLR*FQRK", ProteinChangeKind.Insertion, 573, 574, "", "KPATDGTGDRLLR**VLLR*FQRK")]
    public void Parse_ReadsKindPositionsAndResidues(string notation, ProteinChangeKind kind, int start, int end, string reference, string alternate)
    {
        ParseResult<ProteinChange> result = ProteinChangeParser.Parse(notation);

        result.Error.ShouldBeNull();
        result.Value.ShouldBe(new ProteinChange(kind, start, end, reference, alternate));
    }

    [Theory]
    [InlineData("", "VAR001", 0)]
    [InlineData("p.", "VAR002", 2)]
    [InlineData("p.R", "VAR002", 3)]
    [InlineData("p.R132", "VAR004", 6)]
    [InlineData("p.R132Hxyz", "VAR003", 6)]
    [InlineData("p.R140_R100del", "VAR004", 11)]
    [InlineData("p.R132#", "VAR003", 6)]
    public void Parse_BadNotation_GivesLocatedCode(string notation, string code, int position)
    {
        ParseResult<ProteinChange> result = ProteinChangeParser.Parse(notation);

        result.Value.ShouldBeNull();
        result.Error.ShouldNotBeNull();
        result.Error.Code.ShouldBe(code);
        result.Error.Position.ShouldBe(position);
    }

    [Fact]
    public void Parse_OneAndThreeLetterForms_Agree()
    {
        ProteinChangeParser.Parse("p.Arg882His").ShouldBe(ProteinChangeParser.Parse("p.R882H"));
    }

    [Fact]
    public void Parse_NeverThrows_OnArbitraryText()
    {
        Gen.String.Sample(s =>
        {
            ParseResult<ProteinChange> r = ProteinChangeParser.Parse(s);
            (r.Value is null).ShouldNotBe(r.Error is null);
        }, iter: 5000);
    }

    [Fact]
    public void InFrameChanges_ReportNetLength()
    {
        ProteinChangeParser.Parse("p.599_600insDFREYEY").Value!.NetLengthChange.ShouldBe(7);
        ProteinChangeParser.Parse("p.E598_Y599dup").Value!.NetLengthChange.ShouldBe(2);
        ProteinChangeParser.Parse("p.307_309NVE>K").Value!.NetLengthChange.ShouldBe(-2);
        ProteinChangeParser.Parse("p.W288Cfs*12").Value!.InFrame.ShouldBeFalse();
    }
}
