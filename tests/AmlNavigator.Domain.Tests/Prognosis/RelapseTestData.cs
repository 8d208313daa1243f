using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Prognosis;

namespace AmlNavigator.Domain.Tests.Prognosis;

/// <summary>Builders for relapse-area tests. Karyotypes are given as parsed features so these tests do not depend
/// on the ISCN reader.</summary>
internal static class RelapseTestData
{
    public static KaryotypeResult Normal { get; } = Karyotype("46,XX[20]", new KaryotypeFeatures
    {
        Normal = true,
        T8And21 = false,
        Inv16OrT16And16 = false,
        T15And17 = false,
        Complex = false,
        Monosomal = false,
        Minus5OrDel5q = false,
        Minus7 = false,
        Minus17OrAbn17p = false,
        Inv3OrT3And3 = false,
        MecomRearranged = false,
        T6And9 = false,
        T9And22 = false,
        Kmt2aRearranged = false,
        T9And11 = false,
    });

    public static KaryotypeResult T821 { get; } = Karyotype("46,XY,t(8;21)(q22;q22.1)[20]", Normal.Features with { Normal = false, T8And21 = true });

    public static KaryotypeResult Inv16 { get; } = Karyotype("46,XY,inv(16)(p13.1q22)[20]", Normal.Features with { Normal = false, Inv16OrT16And16 = true });

    public static KaryotypeResult T1517 { get; } = Karyotype("46,XX,t(15;17)(q24;q21)[20]", Normal.Features with { Normal = false, T15And17 = true });

    public static KaryotypeResult Complex { get; } = Karyotype("45,XY,-7,del(5q),+8[20]", Normal.Features with { Normal = false, Complex = true, Minus7 = true, Minus5OrDel5q = true });

    public static KaryotypeResult Trisomy8 { get; } = Karyotype("47,XY,+8[20]", Normal.Features with { Normal = false });

    public static KaryotypeResult Unreadable { get; } = Karyotype("garbage", KaryotypeFeatures.Unknown);

    public static KaryotypeResult Karyotype(string iscn, KaryotypeFeatures features) =>
        new() { Input = iscn, Valid = true, Features = features };

    public static GeneticProfile Profile(
        KaryotypeResult? karyotype = null,
        IEnumerable<GeneVariant>? variants = null,
        IEnumerable<string>? tested = null,
        IEnumerable<string>? fusions = null)
    {
        GeneticsFindings findings = new()
        {
            Karyotype = karyotype?.Input,
            Variants = [.. variants ?? []],
            TestedGenes = [.. tested ?? []],
            Fusions = [.. fusions ?? []],
        };
        return new GeneticProfile(findings, karyotype);
    }

    public static GeneVariant Variant(string gene, VariantType? type = null, double? vaf = null, string? notation = null) =>
        new() { Gene = gene, Type = type, Vaf = vaf, Notation = notation };

    public static GeneticProfile Empty { get; } = new(null, null);

    /// <summary>First relapse, 24 months after CR1, age 50, normal karyotype, no transplant.</summary>
    public static RelapseFacts FirstRelapse(
        double? rfiMonths = 24, AgeRange? age = null, KaryotypeResult? diagnosis = null,
        ImmutableArray<Transplant> transplants = default) => new()
        {
            Category = DiseaseCategory.FirstRelapse,
            FirstRemissionMonths = rfiMonths,
            Age = age ?? new AgeRange(50, 50),
            PriorTransplants = transplants.IsDefault ? [] : transplants,
            Diagnosis = Profile(diagnosis ?? Normal),
            Relapse = Empty,
        };

    public static Transplant Allo(DateOnly? date = null, GvhdStatus? gvhd = null, Conditioning? conditioning = null) =>
        new() { Type = TransplantType.Allogeneic, Date = date, Gvhd = gvhd, Conditioning = conditioning };

    public static Transplant Auto(DateOnly? date = null) => new() { Type = TransplantType.Autologous, Date = date };
}
