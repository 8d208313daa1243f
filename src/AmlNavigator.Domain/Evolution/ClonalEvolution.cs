using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Evolution;

/// <summary>
/// Diagnosis → relapse comparison of variants, fusions and karyotype features. A lesion is <c>lost</c> only when it
/// was tested at relapse and not found, <c>gained</c> only when it was tested at diagnosis and not found; otherwise
/// the change is <c>unknown</c> (CONTRACT §2: a gene in neither list is unknown).
/// </summary>
public static class ClonalEvolution
{
    /// <summary>Why a change matters, by lesion and direction.</summary>
    private static string? SignificanceOf(string lesion, ChangeKind kind) => (lesion, kind) switch
    {
        ("FLT3-ITD" or "FLT3-TKD", ChangeKind.Gained or ChangeKind.Unknown) => "new FLT3 target at relapse: FLT3 inhibitor options (e.g. gilteritinib)",
        ("FLT3-ITD" or "FLT3-TKD", ChangeKind.Lost) => "FLT3 mutation no longer detected: a FLT3 inhibitor has no target",
        ("IDH1", ChangeKind.Gained or ChangeKind.Unknown) => "IDH1 target at relapse: IDH1 inhibitor options (ivosidenib, olutasidenib)",
        ("IDH2", ChangeKind.Gained or ChangeKind.Unknown) => "IDH2 target at relapse: IDH2 inhibitor option (enasidenib)",
        ("TP53", ChangeKind.Gained or ChangeKind.Unknown) => "TP53 at relapse: adverse; associated with resistance to venetoclax and chemotherapy",
        ("NRAS" or "KRAS" or "PTPN11", ChangeKind.Gained or ChangeKind.Unknown) => "RAS pathway at relapse: associated with resistance to FLT3 inhibitors and venetoclax",
        ("NPM1", ChangeKind.Lost) => "NPM1 lost: the NPM1 MRD marker is no longer valid and the menin-inhibitor NPM1 target is absent",
        ("NPM1", ChangeKind.Gained or ChangeKind.Unknown) => "NPM1 at relapse: menin inhibitor options (revumenib, ziftomenib)",
        ("KMT2A rearrangement", ChangeKind.Gained or ChangeKind.Unknown) => "KMT2A rearrangement at relapse: menin inhibitor option (revumenib)",
        ("MEN1", ChangeKind.Gained or ChangeKind.Unknown) => "MEN1 mutation: possible menin-inhibitor resistance",
        ("complex karyotype" or "-7" or "-5/del(5q)" or "-17/abn(17p)", ChangeKind.Gained) => "new adverse karyotype lesion",
        _ => null,
    };

    public static ImmutableArray<GeneticChange> Compare(GeneticProfile diagnosis, GeneticProfile relapse)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(relapse);
        var changes = new List<GeneticChange>();
        if (!relapse.HasAnyData)
        {
            return [];
        }

        foreach (string lesion in VariantLesions(diagnosis, relapse))
        {
            GeneStatus dx = LesionStatus(diagnosis, lesion);
            GeneStatus rel = LesionStatus(relapse, lesion);
            ChangeKind? kind = Classify(dx, rel);
            if (kind is not { } k)
            {
                continue;
            }

            double? vafDx = LesionVaf(diagnosis, lesion);
            double? vafRel = LesionVaf(relapse, lesion);
            changes.Add(new GeneticChange(k, Describe(lesion, k, dx, rel, vafDx, vafRel))
            {
                Lesion = lesion,
                VafDiagnosis = vafDx,
                VafRelapse = vafRel,
                Significance = SignificanceOf(lesion, k),
            });
        }

        AddFusionChanges(diagnosis, relapse, changes);
        AddKaryotypeChanges(diagnosis.Karyotype, relapse.Karyotype, changes);
        return [.. changes];
    }

    /// <summary>Mutated / wild-type / unknown for one lesion; FLT3 is split into ITD and TKD.</summary>
    public static GeneStatus LesionStatus(GeneticProfile profile, string lesion)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (lesion is "FLT3-ITD" or "FLT3-TKD")
        {
            if (VariantsOfLesion(profile, lesion).Any())
            {
                return GeneStatus.Mutated;
            }

            // FLT3 tested and no variant of this kind: wild-type for it; an untyped FLT3 variant leaves it unknown.
            bool untyped = profile.VariantsOf("FLT3").Any(v => v.Type is null or VariantType.Other);
            return profile.Status("FLT3") == GeneStatus.Unknown || untyped ? GeneStatus.Unknown : GeneStatus.WildType;
        }

        return profile.Status(lesion);
    }

    private static IEnumerable<GeneVariant> VariantsOfLesion(GeneticProfile profile, string lesion) => lesion switch
    {
        "FLT3-ITD" => profile.VariantsOf("FLT3").Where(v => v.Type == VariantType.Itd),
        "FLT3-TKD" => profile.VariantsOf("FLT3").Where(v => v.Type is VariantType.Tkd or VariantType.Snv),
        _ => profile.VariantsOf(lesion),
    };

    private static IEnumerable<string> VariantLesions(GeneticProfile diagnosis, GeneticProfile relapse)
    {
        static string LesionOf(GeneVariant v) => v.Gene.ToUpperInvariant() switch
        {
            "FLT3" when v.Type == VariantType.Itd => "FLT3-ITD",
            "FLT3" when v.Type is VariantType.Tkd or VariantType.Snv => "FLT3-TKD",
            var g => g,
        };

        return diagnosis.Variants.Concat(relapse.Variants).Select(LesionOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    private static ChangeKind? Classify(GeneStatus dx, GeneStatus rel) => (dx, rel) switch
    {
        (GeneStatus.Mutated, GeneStatus.Mutated) => ChangeKind.Persistent,
        (GeneStatus.Mutated, GeneStatus.WildType) => ChangeKind.Lost,
        (GeneStatus.WildType, GeneStatus.Mutated) => ChangeKind.Gained,
        (GeneStatus.Mutated, GeneStatus.Unknown) or (GeneStatus.Unknown, GeneStatus.Mutated) => ChangeKind.Unknown,
        _ => null,
    };

    private static double? LesionVaf(GeneticProfile profile, string lesion) =>
        VariantsOfLesion(profile, lesion).Select(v => v.Vaf ?? v.AllelicRatio).FirstOrDefault(x => x is not null);

    private static string Describe(string lesion, ChangeKind kind, GeneStatus dx, GeneStatus rel, double? vafDx, double? vafRel)
    {
        static string F(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        return kind switch
        {
            ChangeKind.Persistent => vafDx is null && vafRel is null
                ? $"{lesion} persistent"
                : $"{lesion} persistent (VAF/ratio {F(vafDx)} → {F(vafRel)})",
            ChangeKind.Lost => $"{lesion} present at diagnosis, not detected at relapse (tested)",
            ChangeKind.Gained => $"{lesion} new at relapse (tested negative at diagnosis)",
            _ when dx == GeneStatus.Unknown => $"{lesion} detected at relapse; not tested at diagnosis",
            _ when rel == GeneStatus.Unknown => $"{lesion} present at diagnosis; not tested at relapse",
            _ => lesion,
        };
    }

    private static void AddFusionChanges(GeneticProfile diagnosis, GeneticProfile relapse, List<GeneticChange> changes)
    {
        // Fusions have no "tested" list: absence is never read as loss.
        foreach (string fusion in diagnosis.Fusions.Concat(relapse.Fusions).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            bool atDx = diagnosis.Fusions.Contains(fusion, StringComparer.OrdinalIgnoreCase);
            bool atRel = relapse.Fusions.Contains(fusion, StringComparer.OrdinalIgnoreCase);
            string lesion = fusion.StartsWith("KMT2A", StringComparison.OrdinalIgnoreCase) || fusion.Contains("::KMT2A", StringComparison.OrdinalIgnoreCase)
                ? "KMT2A rearrangement" : fusion;
            (ChangeKind kind, string text) = (atDx, atRel) switch
            {
                (true, true) => (ChangeKind.Persistent, $"{fusion} persistent"),
                (true, false) => (ChangeKind.Unknown, $"{fusion} at diagnosis; not reported at relapse (fusion testing at relapse not recorded)"),
                _ => (ChangeKind.Unknown, $"{fusion} reported at relapse; not reported at diagnosis"),
            };
            changes.Add(new GeneticChange(kind, text) { Lesion = fusion, Significance = SignificanceOf(lesion, kind) });
        }
    }

    private static void AddKaryotypeChanges(KaryotypeResult? diagnosis, KaryotypeResult? relapse, List<GeneticChange> changes)
    {
        if (diagnosis is null || relapse is null)
        {
            return;
        }

        (string Name, Func<KaryotypeFeatures, bool?> Get)[] features =
        [
            ("complex karyotype", f => f.Complex),
            ("monosomal karyotype", f => f.Monosomal),
            ("-7", f => f.Minus7),
            ("del(7q)", f => f.Del7q),
            ("-5/del(5q)", f => f.Minus5OrDel5q),
            ("-17/abn(17p)", f => f.Minus17OrAbn17p),
            ("+8", f => f.Plus8),
            ("inv(3)/t(3;3)", f => f.Inv3OrT3And3),
            ("MECOM rearrangement", f => f.MecomRearranged),
            ("KMT2A rearrangement", f => f.Kmt2aRearranged),
            ("t(8;21)", f => f.T8And21),
            ("inv(16)/t(16;16)", f => f.Inv16OrT16And16),
            ("t(6;9)", f => f.T6And9),
            ("t(9;22)", f => f.T9And22),
        ];
        foreach ((string name, Func<KaryotypeFeatures, bool?> get) in features)
        {
            bool? dx = get(diagnosis.Features);
            bool? rel = get(relapse.Features);
            (ChangeKind Kind, string Text)? change = (dx, rel) switch
            {
                (true, true) => (ChangeKind.Persistent, $"{name} in the karyotype at diagnosis and at relapse"),
                (false, true) => (ChangeKind.Gained, $"{name} new in the relapse karyotype"),
                (true, false) => (ChangeKind.Lost, $"{name} no longer seen in the relapse karyotype"),
                (null, true) => (ChangeKind.Unknown, $"{name} in the relapse karyotype; the diagnosis karyotype cannot tell"),
                (true, null) => (ChangeKind.Unknown, $"{name} at diagnosis; the relapse karyotype cannot tell"),
                _ => null,
            };
            if (change is { } c)
            {
                changes.Add(new GeneticChange(c.Kind, c.Text) { Lesion = name, Significance = SignificanceOf(name, c.Kind) });
            }
        }
    }
}
