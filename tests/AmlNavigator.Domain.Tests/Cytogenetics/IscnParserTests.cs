using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Tests.Cytogenetics;

/// <summary>Table-driven parser tests: one row per abnormality type and per repaired laboratory slip.</summary>
public sealed class IscnParserTests
{
    public static TheoryData<string, string> CanonicalRows => new()
    {
        // numerical
        { "47,XY,+8[20]", "47,XY,+8[20]" },
        { "45,XX,-7[20]", "45,XX,-7[20]" },
        { "45,X,-Y[20]", "45,X,-Y[20]" },
        { "47,XY,+21c[20]", "47,XY,+21c[20]" },
        { "48,XY,+8,+8[16]/46,XY[4]", "48,XY,+8,+8[16]/46,XY[4]" },
        { "53~56,XY,+11x2,+13x1-2[cp20]", "53~56,XY,+11x2,+13x1~2[cp20]" },
        // counts
        { "44~47,XX,-7[cp10]", "44~47,XX,-7[cp10]" },
        { "56-58,XX,+X[cp6]", "56~58,XX,+X[cp6]" },
        { "69<3n>,XXX,-7", "69<3n>,XXX,-7" },
        { "<2n>,XY,+8", "<2n>,XY,+8" },
        // markers
        { "47,XY,+mar[5]", "47,XY,+mar[5]" },
        { "48,XY,+mar1,+mar2", "48,XY,+mar1,+mar2" },
        { "49,XY,+3mar", "49,XY,+3mar" },
        { "46,XX,1~50dmin[12]", "46,XX,1~50dmin[12]" },
        { "47,XY,+r", "47,XY,+r" },
        { "47,XY,+mar1x2", "47,XY,+mar1x2" },
        // structural
        { "46,XY,t(9;22)(q34;q11.2)[20]", "46,XY,t(9;22)(q34;q11.2)[20]" },
        { "46,XX,t(8;7;21)(q22;p15;q22)", "46,XX,t(8;7;21)(q22;p15;q22)" },
        { "47,XY,t(9;22)(q34;q11),+der(22)t(9;22)(q34;q11)", "47,XY,t(9;22)(q34;q11),+der(22)t(9;22)(q34;q11)" },
        { "46,XY,der(1;7)(q10;p10)", "46,XY,der(1;7)(q10;p10)" },
        { "46,XY,der(22)(22pter->22q11::9q34->9qter)", "46,XY,der(22)(22pter->22q11::9q34->9qter)" },
        { "46,XX,der(1)t(1;3)(p36;q21)inv(1)(p22q31)", "46,XX,der(1)t(1;3)(p36;q21)inv(1)(p22q31)" },
        { "46,XX,del(5)(q13q33)", "46,XX,del(5)(q13q33)" },
        { "46,XX,del(5q)", "46,XX,del(5q)" },
        { "46,XX,dup(1)(q21q32)", "46,XX,dup(1)(q21q32)" },
        { "46,XX,inv(16)(p13.1q22)", "46,XX,inv(16)(p13.1q22)" },
        { "46,XY,ins(5;11)(q31;q13q23)", "46,XY,ins(5;11)(q31;q13q23)" },
        { "46,XY,i(17)(q10)", "46,XY,i(17)(q10)" },
        { "46,XY,i(17q)", "46,XY,i(17q)" },
        { "46,X,idic(X)(q13)", "46,X,idic(X)(q13)" },
        { "46,XY,r(7)(p22q36)", "46,XY,r(7)(p22q36)" },
        { "46,XY,add(5)(q31)", "46,XY,add(5)(q31)" },
        { "46,XY,hsr(11)(q23)", "46,XY,hsr(11)(q23)" },
        { "45,XY,dic(5;17)(q11;p11)", "45,XY,dic(5;17)(q11;p11)" },
        { "45,XX,psu dic(5;7)(q13;p22)", "45,XX,psu dic(5;7)(q13;p22)" },
        { "45,XY,rob(13;14)(q10;q10)c", "45,XY,rob(13;14)(q10;q10)c" },
        { "46,XY,trp(1)(q21q32)", "46,XY,trp(1)(q21q32)" },
        { "46,XY,tas(12;13)(p13;p13)", "46,XY,tas(12;13)(p13;p13)" },
        { "46,XY,t(11;?)(q23;?)", "46,XY,t(11;?)(q23;?)" },
        { "46,XY,?del(2)(p11.1)", "46,XY,?del(2)(p11.1)" },
        { "46,XY,del(9)(q1?3q2?2)", "46,XY,del(9)(q1?3q2?2)" },
        { "46,XX,t(9;22)", "46,XX,t(9;22)" },
        // clones
        { "46,XX,+12[9]/46,idem,del(13)(q12q22)[5]", "46,XX,+12[9]/46,idem,del(13)(q12q22)[5]" },
        { "46,XX,i(17)(q10)[1]/45,sl,-7[2]/48,sdl1,+13,+19[3]/46,XX[15]", "46,XX,i(17)(q10)[1]/45,sl,-7[2]/48,sdl1,+13,+19[3]/46,XX[15]" },
        { "46,XY,t(9;22)(q34;q11)[10]/92,idemx2[2]", "46,XY,t(9;22)(q34;q11)[10]/92,idemx2[2]" },
        { "46,XY,del(5)(q13q33),inc[4]", "46,XY,del(5)(q13q33),inc[4]" },
        { "46,XY[5]//46,XX[15]", "46,XY[5]//46,XX[15]" },
        // alternatives and uncertain counts
        { "46,XX,add(11)(q23) or del(11)(q23)", "46,XX,add(11)(q23) or del(11)(q23)" },
        { "?46,XX,+8", "?46,XX,+8" },
        { "47,XX,+12[6]/46,XX[13]/nonclonal w/clonal abnormalities[1]", "47,XX,+12[6]/46,XX[13]" },
        // normal variants
        { "46,XX,9qh+[20]", "46,XX,9qh+[20]" },
        { "46,XY,15pstk+[20]", "46,XY,15pstk+[20]" },
        // FISH kept
        { "46,XY[20].ish del(5)(q31q31)(EGR1-)", "46,XY[20].ish del(5)(q31q31)(EGR1-)" },
        { "46,XX[20] nuc ish(D7Z1x2)[200]", "46,XX[20] nuc ish(D7Z1x2)[200]" },
    };

    [Theory]
    [MemberData(nameof(CanonicalRows))]
    public void Valid_strings_have_their_canonical_form(string input, string canonical)
    {
        KaryotypeResult result = KaryotypeReader.Read(input);
        result.Valid.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        result.Canonical.ShouldBe(canonical);
    }

    public static TheoryData<string, string, string> RepairRows => new()
    {
        { "46, XY[20]", "46,XY[20]", IscnCodes.Whitespace },
        { "46,XX,t(15;17)(q22:q21)[15]", "46,XX,t(15;17)(q22;q21)[15]", IscnCodes.ColonForSemicolon },
        { "46,XY,t(11:21)(p13;q22)", "46,XY,t(11;21)(p13;q22)", IscnCodes.ColonForSemicolon },
        { "45,X,-Y,t(8;21)(q22;q22[22]", "45,X,-Y,t(8;21)(q22;q22)[22]", IscnCodes.MissingParenthesis },
        { "47,XX+8[20]", "47,XX,+8[20]", IscnCodes.MissingComma },
        { "46,XX,t(15;17)(q22;q21)+mar[20]", "46,XX,t(15;17)(q22;q21),+mar[20]", IscnCodes.MissingComma },
        { "46,XY,Del(5)(q13q33)", "46,XY,del(5)(q13q33)", IscnCodes.LetterCase },
        { "46,xy", "46,XY", IscnCodes.LetterCase },
        { "44-45,XY,-7", "44~45,XY,-7", IscnCodes.HyphenForTilde },
        { "46,XY[20] normal male", "46,XY[20]", IscnCodes.FreeText },
        { "47,XX,+12[6]/46,XX[13]/nonclonal[1]", "47,XX,+12[6]/46,XX[13]", IscnCodes.NonClonal },
        { "45~46,XY,-7[18],+8[17][cp18]", "45~46,XY,-7,+8[cp18]", IscnCodes.AbnormalityCellCount },
        { "46,XY,-5{cp20}", "46,XY,-5[cp20]", IscnCodes.Bracket },
        { "46,XX,5q-", "46,XX,del(5q)", IscnCodes.OldNotation },
        { "46,XX,del(9)(q22;q32)", "46,XX,del(9)(q22q32)", IscnCodes.JoinedBreakpoints },
        { "46,XX,iso(21)(q10)", "46,XX,i(21)(q10)", IscnCodes.Symbol },
        { "46,XY,t?(11;12)(p11;q13)", "46,XY,?t(11;12)(p11;q13)", IscnCodes.Symbol },
        { "Incomplete-46,XX[2]", "46,XX,inc[2]", IscnCodes.TextSetAside },
    };

    [Theory]
    [MemberData(nameof(RepairRows))]
    public void Laboratory_slips_are_repaired_with_a_located_warning(string input, string canonical, string code)
    {
        KaryotypeResult result = KaryotypeReader.Read(input);
        result.Valid.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        result.Repaired.ShouldBeTrue();
        result.Canonical.ShouldBe(canonical);
        KaryotypeDiagnostic d = result.Diagnostics.First(x => x.Code == code);
        d.Severity.ShouldBe("warning");
        (d.Start + d.Length).ShouldBeLessThanOrEqualTo(input.Length);
    }

    [Theory]
    [MemberData(nameof(RepairRows))]
    public void Strict_mode_reports_the_same_slips_as_errors(string input, string canonical, string code)
    {
        KaryotypeResult result = KaryotypeReader.Read(input, strict: true);
        result.Valid.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == code && d.Severity == "error");
        result.Canonical.ShouldBe(canonical);
    }

    public static TheoryData<string, string> ErrorRows => new()
    {
        { "", IscnCodes.Empty },
        { "N.D.", IscnCodes.NoResult },
        { "Fail", IscnCodes.NoResult },
        { "Outside hospital with inv(16)", IscnCodes.ExpectedCount },
        { "46,XX,+13,21[cp17]", IscnCodes.MissingSign },
        { "46,XY,t(9;23)(q34;q11)", IscnCodes.UnknownChromosome },
        { "46,XY,t(9;22)(q34;11)", IscnCodes.InvalidBand },
        { "46,XY,t(9;22)(q34)", IscnCodes.BreakpointCountMismatch },
        { "46,XY,foo(9)", IscnCodes.UnreadableAbnormality },
        { "46,XY,idem,+8", IscnCodes.DanglingReference },
        { "46,XY,+8[]", IscnCodes.InvalidCellCount },
        { "46,XX,add(11)(q23) or foo", IscnCodes.UnreadableAbnormality },
        { "460,XY", IscnCodes.InvalidCount },
    };

    [Theory]
    [MemberData(nameof(ErrorRows))]
    public void Unusable_text_gives_a_coded_error(string input, string code)
    {
        KaryotypeResult result = KaryotypeReader.Read(input);
        result.Valid.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.Code == code && d.Severity == "error");
    }

    [Fact]
    public void Idem_inherits_the_stemline_and_sdl_the_preceding_clone()
    {
        KaryotypeResult r = KaryotypeReader.Read("46,XX,t(8;21)(q22;q22)[10]/45,idem,-X[5]/44,sdl,-7[3]");
        r.Clones[1].Abnormalities.ShouldBe(["t(8;21)(q22;q22)", "-X"]);
        r.Clones[2].Abnormalities.ShouldBe(["t(8;21)(q22;q22)", "-X", "-7"]);
    }

    [Fact]
    public void A_minus_structural_in_a_subclone_removes_the_inherited_one()
    {
        KaryotypeResult r = KaryotypeReader.Read("42,XY,-5,der(17)t(5;17)(p13;p11.2)[6]/41,idem,-der(17)t(5;17)(p13;p11.2)[3]");
        r.Clones[1].Abnormalities.ShouldBe(["-5"]);
    }

    [Fact]
    public void Fish_part_is_kept_and_flagged()
    {
        KaryotypeResult r = KaryotypeReader.Read("46,XY[20].ish del(5)(q31q31)(EGR1-)");
        r.Fish.ShouldBe("ish del(5)(q31q31)(EGR1-)");
        r.Diagnostics.ShouldContain(d => d.Code == IscnCodes.FishNotInterpreted && d.Severity == "warning");
        r.Features.Minus5OrDel5q.ShouldBe(false);
    }

    [Fact]
    public void Diagnostics_are_located_on_the_offending_text()
    {
        const string input = "46,XX,t(15;17)(q22:q21)[15]";
        KaryotypeDiagnostic d = KaryotypeReader.Read(input).Diagnostics.Single(x => x.Code == IscnCodes.ColonForSemicolon);
        input.Substring(d.Start, d.Length).ShouldBe(":");
    }
}
