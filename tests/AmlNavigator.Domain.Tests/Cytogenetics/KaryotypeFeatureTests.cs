using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Tests.Cytogenetics;

/// <summary>One positive and one negative row (at least) per ELN feature (ELN 2022 Table 6 and footnotes).</summary>
public sealed class KaryotypeFeatureTests
{
    private static bool? Feature(string iscn, string name)
    {
        KaryotypeFeatures f = KaryotypeReader.Read(iscn).Features;
        return name switch
        {
            "t_8_21" => f.T8And21,
            "inv16_t16_16" => f.Inv16OrT16And16,
            "t_15_17" => f.T15And17,
            "t_9_11" => f.T9And11,
            "kmt2a_r" => f.Kmt2aRearranged,
            "t_6_9" => f.T6And9,
            "t_9_22" => f.T9And22,
            "t_8_16" => f.T8And16,
            "inv3_t3_3" => f.Inv3OrT3And3,
            "mecom_r" => f.MecomRearranged,
            "minus5_del5q" => f.Minus5OrDel5q,
            "minus7" => f.Minus7,
            "del7q" => f.Del7q,
            "minus17_abn17p" => f.Minus17OrAbn17p,
            "plus8" => f.Plus8,
            "minusY" => f.MinusY,
            "complex" => f.Complex,
            "monosomal" => f.Monosomal,
            "hyperdiploid_trisomies_only" => f.HyperdiploidTrisomiesOnly,
            "normal" => f.Normal,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    public static TheoryData<string, string, bool?> Rows => new()
    {
        { "t_8_21", "46,XX,t(8;21)(q22;q22.1)[20]", true },
        { "t_8_21", "45,X,-Y,t(8;7;21)(q22;p15;q22)[22]", true },
        { "t_8_21", "46,XX,t(8;21)[20]", true },
        { "t_8_21", "46,XX,t(8;21)(p11;q22)[20]", false },
        { "t_8_21", "46,XX[20]", false },
        { "inv16_t16_16", "46,XY,inv(16)(p13.1q22)[20]", true },
        { "inv16_t16_16", "46,XY,t(16;16)(p13.1;q22)[20]", true },
        { "inv16_t16_16", "46,XY,del(16)(q22)[20]", false },
        { "t_15_17", "46,XX,t(15;17)(q24.1;q21.2)[20]", true },
        { "t_15_17", "46,XX,t(15;17)(q22;q21)[20]", true },
        { "t_15_17", "46,XX,t(15;16)(q22;q21)[20]", false },
        { "t_9_11", "46,XY,t(9;11)(p21.3;q23.3)[20]", true },
        { "t_9_11", "46,XY,t(9;11)(q34;p15)[20]", false },
        { "kmt2a_r", "46,XY,t(9;11)(p22;q23)[20]", true },
        { "kmt2a_r", "46,XY,t(11;19)(q23;p13.1)[20]", true },
        { "kmt2a_r", "46,XX,der(19)?t(11;19)(q23;p13.1)[11]", true },
        { "kmt2a_r", "46,XY,t(6;11)(q27;q23.3)[15]", true },
        { "kmt2a_r", "46,XY,del(11)(q23)[20]", false },
        { "kmt2a_r", "46,XY,add(11)(q23)[20]", null },
        { "kmt2a_r", "46,XY,t(11;19)(p15;p13)[20]", false },
        { "t_6_9", "46,XY,t(6;9)(p23;q34)[20]", true },
        { "t_6_9", "46,XY,t(6;9)(q21;p13)[20]", false },
        { "t_9_22", "46,XY,t(9;22)(q34;q11.2)[20]", true },
        { "t_9_22", "47,XY,+der(22)t(9;22)(q34;q11)[20]", true },
        { "t_9_22", "46,XY,t(9;22)(p13;q11)[20]", false },
        { "t_8_16", "46,XY,t(8;16)(p11.2;p13.3)[20]", true },
        { "t_8_16", "46,XY,t(8;16)(q22;q22)[20]", false },
        { "inv3_t3_3", "46,XY,inv(3)(q21q26.2)[20]", true },
        { "inv3_t3_3", "46,XY,t(3;3)(q21;q26)[20]", true },
        { "inv3_t3_3", "46,XX,t(3;3)(p13;q?28)[20]", false },
        { "mecom_r", "46,XY,t(3;21)(q26;q22)[20]", true },
        { "mecom_r", "46,XY,inv(3)(q21q26)[20]", false },
        { "mecom_r", "46,XY,t(2;3)(p21;q26.2)[20]", true },
        { "minus5_del5q", "45,XY,-5[20]", true },
        { "minus5_del5q", "46,XY,del(5)(q13q33)[20]", true },
        { "minus5_del5q", "46,XY,del(5q)[20]", true },
        { "minus5_del5q", "46,XY,der(5;17)(p10;q10)[20]", true },
        { "minus5_del5q", "46,XY,der(5)t(5;17)(q13;p11)[20]", true },
        { "minus5_del5q", "46,XY,del(5)(p13)[20]", false },
        { "minus5_del5q", "47,XY,+5[20]", false },
        { "minus7", "45,XY,-7[20]", true },
        { "minus7", "46,XY,del(7)(q22)[20]", false },
        { "del7q", "46,XY,del(7)(q22q36)[20]", true },
        { "del7q", "46,XY,i(7)(p10)[20]", true },
        { "del7q", "45,XY,-7[20]", false },
        { "minus17_abn17p", "45,XY,-17[20]", true },
        { "minus17_abn17p", "46,XY,i(17)(q10)[20]", true },
        { "minus17_abn17p", "46,XY,del(17)(p11.2)[20]", true },
        { "minus17_abn17p", "46,XY,der(17)t(5;17)(p13;p11.2)[20]", true },
        { "minus17_abn17p", "46,XY,idic(17)(p11)[20]", true },
        { "minus17_abn17p", "46,XY,del(17)(q21)[20]", false },
        { "plus8", "47,XY,+8[20]", true },
        { "plus8", "46,XY,i(8)(q10)[20]", false },
        { "minusY", "45,X,-Y[20]", true },
        { "minusY", "45,X,-X[20]", false },
        // complex: ≥3 unrelated abnormalities, no class-defining recurring abnormality, not hyperdiploid trisomies only
        { "complex", "46,XY,del(5)(q13q33),-7,+8,+mar[20]", true },
        { "complex", "47,XY,del(3)(p14),t(1;2)(p13;q21),+22[20]", true },
        { "complex", "46,XY,t(14;18)(q32;q21)[5]/46,XY,r(15)[3]/47,XY,+12[4]", true },
        { "complex", "46,XY,del(5)(q13q33),-7[20]", false },
        { "complex", "47,XX,t(8;21)(q22;q22),-X,del(9)(q22),+8[20]", false },
        { "complex", "48,XY,inv(16)(p13q22),+8,+22,del(7)(q22)[20]", false },
        { "complex", "49,XX,+8,+10,+21[20]", false },
        { "complex", "50,XX,+8,+10,+21,del(5)(q13q33)[20]", true },
        { "hyperdiploid_trisomies_only", "49,XX,+8,+10,+21[20]", true },
        { "hyperdiploid_trisomies_only", "50,XX,+8,+10,+21,del(5)(q13q33)[20]", false },
        { "hyperdiploid_trisomies_only", "48,XX,+8,+8[20]", false },
        // monosomal: ≥2 autosomal monosomies, or one plus a structural abnormality; X/Y excluded; CBF excluded
        { "monosomal", "44,XY,-5,-7[20]", true },
        { "monosomal", "45,XY,-7,del(5)(q13q33)[20]", true },
        { "monosomal", "45,XY,-7,+8[20]", false },
        { "monosomal", "44,X,-X,-7[20]", false },
        { "monosomal", "44,X,-Y,-7,t(8;21)(q22;q22)[20]", false },
        { "monosomal", "45,XY,-7[20]", false },
        { "normal", "46,XY[20]", true },
        { "normal", "46,XX,9qh+[20]", true },
        { "normal", "46,XX,inv(9)(p11q13)c[20]", true },
        { "normal", "46,XY[18]/47,XY,+8[2]", false },
        { "normal", "N.D.", null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Feature_rule(string feature, string iscn, bool? expected) => Feature(iscn, feature).ShouldBe(expected, iscn);

    [Theory]
    [InlineData("46,XY[20]", 0)]
    [InlineData("47,XY,+8,+8[20]", 1)]
    [InlineData("46,XY,t(9;22)(q34;q11)[10]/47,idem,+8[5]", 2)]
    [InlineData("48,XY,+mar1,+mar2[20]", 2)]
    [InlineData("49,XY,+3mar[20]", 3)]
    [InlineData("46,XY,del(5)(q13q33)[10]/46,XY,-7,+8[5]", 3)]
    [InlineData("46,XY,9qh+,+21c[20]", 0)]
    public void Abnormality_count_follows_eln_counting(string iscn, int count) =>
        KaryotypeReader.Read(iscn).AbnormalityCount.ShouldBe(count);

    [Fact]
    public void Incomplete_karyotype_keeps_found_features_and_leaves_absence_unknown()
    {
        KaryotypeFeatures f = KaryotypeReader.Read("45,XY,-7,inc[4]").Features;
        f.Minus7.ShouldBe(true);
        f.T8And21.ShouldBeNull();
        f.Normal.ShouldBe(false);
    }

    [Fact]
    public void Unreadable_part_keeps_found_features_and_leaves_absence_unknown()
    {
        KaryotypeResult r = KaryotypeReader.Read("45,XY,-7,foo(3)[20]");
        r.Valid.ShouldBeFalse();
        r.Features.Minus7.ShouldBe(true);
        r.Features.T9And22.ShouldBeNull();
        r.AbnormalityCount.ShouldBeNull();
    }

    [Fact]
    public void Unreadable_text_establishes_nothing()
    {
        KaryotypeResult r = KaryotypeReader.Read("not done");
        r.Features.ShouldBe(KaryotypeFeatures.Unknown);
    }

    [Fact]
    public void Donor_cells_are_ignored()
    {
        KaryotypeResult r = KaryotypeReader.Read("47,XY,+8[5]//46,XX[15]");
        r.Features.Plus8.ShouldBe(true);
        r.Features.Normal.ShouldBe(false);
    }

    [Fact]
    public void Evidence_names_the_abnormality()
    {
        KaryotypeResult r = KaryotypeReader.Read("46,XY,t(9;22)(q34;q11.2)[20]");
        r.Evidence.ShouldContain(new FeatureEvidence("t_9_22", "t(9;22)(q34;q11.2)"));
    }
}
