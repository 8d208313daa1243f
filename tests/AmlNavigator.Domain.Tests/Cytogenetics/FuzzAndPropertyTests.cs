using AmlNavigator.Domain.Cytogenetics;

using CsCheck;

namespace AmlNavigator.Domain.Tests.Cytogenetics;

/// <summary>
/// Property tests: the reader never lets an exception escape (random text, ISCN-alphabet text, mutated real strings)
/// and generated valid karyotypes round-trip through the canonical formatter.
/// </summary>
public sealed class FuzzAndPropertyTests
{
    private const string IscnAlphabet = "0123456789XYpqtderlinvaucmsxhoidemk+-?~()[];:,/.<> ";

    private static void NeverFails(string text)
    {
        KaryotypeResult lenient = KaryotypeReader.Read(text);
        KaryotypeResult strict = KaryotypeReader.Read(text, strict: true);
        lenient.Diagnostics.ShouldNotContain(d => d.Code == IscnCodes.InternalError, text);
        strict.Diagnostics.ShouldNotContain(d => d.Code == IscnCodes.InternalError, text);
        foreach (KaryotypeDiagnostic d in lenient.Diagnostics)
        {
            d.Start.ShouldBeInRange(0, text.Length, text);
            (d.Start + d.Length).ShouldBeLessThanOrEqualTo(text.Length, text);
        }

        // A valid result's canonical text reads back as valid and the same.
        if (lenient.Valid && lenient.Canonical is { } canonical)
        {
            KaryotypeReader.Read(canonical).Canonical.ShouldBe(canonical, text);
        }
    }

    [Fact]
    public void Random_unicode_text_never_throws() =>
        Gen.String.Sample(NeverFails, iter: 3_000);

    [Fact]
    public void Random_iscn_alphabet_text_never_throws() =>
        Gen.String[Gen.Char[IscnAlphabet], 0, 80].Sample(NeverFails, iter: 20_000);

    private static readonly string[] Seeds =
    [
        "46,XY,t(9;22)(q34;q11.2)[20]",
        "45,X,-Y,t(8;21)(q22;q22)[13]/45,idem,del(9)(q22q32)[7]",
        "46~49,XY,del(3)(p14),del(5)(p11.2q33),del(17)(q21q21),add(21)(p11.2),+22,mar[cp20]",
        "42,XY,-5,-7,add(12)(p13),t(14;15)(q10;q10),der(17)t(5;17)(p13;p11.2),-18[6]/40,idem,-11,-add(12)(p13)[6]",
        "46,XX,der(22)(22pter->22q11::9q34->9qter),inv(16)(p13.1q22)[10]/46,XX[10]",
        "47,XY,+8[5]//46,XX[15].ish del(5)(q31q31)(EGR1-)",
        "56-58,XX,+X,add(1)(q3?2),?del(2)(p11.1),+4,+6,+8,+10,+14,+17,+18,+21,+21,+mar[cp6]/46,XX[3]",
    ];

    [Fact]
    public void Mutated_real_strings_never_throw()
    {
        Gen<string> mutated =
            from seed in Gen.OneOf<string>(Seeds)
            from edits in Gen.Int[1, 6]
            from positions in Gen.Int[0, 200].Array[edits]
            from kinds in Gen.Int[0, 3].Array[edits]
            from chars in Gen.Char[IscnAlphabet].Array[edits]
            select Mutate(seed, positions, kinds, chars);
        mutated.Sample(NeverFails, iter: 20_000);
    }

    private static string Mutate(string seed, int[] positions, int[] kinds, char[] chars)
    {
        var text = new System.Text.StringBuilder(seed);
        for (int i = 0; i < positions.Length; i++)
        {
            int p = text.Length == 0 ? 0 : positions[i] % text.Length;
            switch (kinds[i])
            {
                case 0 when text.Length > 0:
                    text.Remove(p, 1);
                    break;
                case 1:
                    text.Insert(p, chars[i]);
                    break;
                case 2 when text.Length > 0:
                    text[p] = chars[i];
                    break;
                default:
                    if (text.Length > 1)
                    {
                        text.Length = p;
                    }

                    break;
            }
        }

        return text.ToString();
    }

    // ---- generated valid karyotypes ---------------------------------------------------------------------------------

    private static readonly Gen<string> Chromosome = Gen.OneOf(Gen.Int[1, 22].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.OneOf<string>("X", "Y"));
    private static readonly Gen<string> Band =
        from arm in Gen.OneOf<string>("p", "q")
        from region in Gen.Int[1, 3]
        from band in Gen.Int[1, 6]
        from sub in Gen.OneOf<string>("", ".1", ".2", ".3")
        select $"{arm}{region}{band}{sub}";

    private static readonly Gen<string> Abnormality = Gen.OneOf(
        from sign in Gen.OneOf<string>("+", "-")
        from c in Chromosome
        select sign + c,
        from a in Chromosome
        from b in Chromosome
        from ba in Band
        from bb in Band
        select $"t({a};{b})({ba};{bb})",
        from c in Chromosome
        from b1 in Band
        from b2 in Band
        from kind in Gen.OneOf<string>("del", "dup", "inv", "add")
        select kind == "add" ? $"add({c})({b1})" : $"{kind}({c})({b1}{b2})",
        from a in Chromosome
        from b in Chromosome
        from ba in Band
        from bb in Band
        select $"der({a})t({a};{b})({ba};{bb})",
        from c in Chromosome
        from arm in Gen.OneOf<string>("p", "q")
        select $"i({c})({arm}10)",
        from n in Gen.Int[1, 4]
        select $"+{n}mar",
        Gen.OneOf<string>("+mar", "+r", "dmin", "del(5q)", "i(17q)", "9qh+"));

    private static readonly Gen<string> Clone =
        from count in Gen.Int[40, 52]
        from sex in Gen.OneOf<string>("XX", "XY", "X")
        from items in Abnormality.Array[0, 6]
        from cells in Gen.Int[1, 30]
        from cp in Gen.Bool
        select $"{count},{sex}{string.Concat(items.Select(i => "," + i))}[{(cp ? "cp" : "")}{cells}]";

    private static readonly Gen<string> KaryotypeText =
        from first in Clone
        from idem in Abnormality.Array[0, 3]
        from withIdem in Gen.Bool
        from normal in Gen.Bool
        select first + (withIdem ? $"/47,idem{string.Concat(idem.Select(i => "," + i))}[3]" : "") + (normal ? "/46,XX[5]" : "");

    [Fact]
    public void Generated_karyotypes_are_valid_and_round_trip() =>
        KaryotypeText.Sample(text =>
        {
            KaryotypeResult r = KaryotypeReader.Read(text, strict: true);
            r.Valid.ShouldBeTrue(text + " :: " + string.Join("; ", r.Diagnostics.Select(d => d.Code + " " + d.Message)));
            r.Canonical.ShouldBe(text);
            KaryotypeResult again = KaryotypeReader.Read(r.Canonical!, strict: true);
            ModelText.Describe(again.Karyotype!).ShouldBe(ModelText.Describe(r.Karyotype!));
        }, iter: 5_000);
}
