using System.Globalization;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics.Variants;

namespace AmlNavigator.Domain.Genetics;

// Lesion queries the risk rules ask of one time point. Each is three-valued: present (with the variant that shows it),
// absent (gene tested, no such variant), unknown (gene not tested, or the notation cannot tell).
public sealed partial class GeneticProfile
{
    /// <summary>Any non-synonymous variant reported in <paramref name="gene"/>.</summary>
    public LesionCall Mutation(string gene) =>
        Query(gene, v => VariantInterpreter.Protein(v) is { Kind: ProteinChangeKind.Synonymous } ? Presence.Absent : Presence.Present,
            $"{gene} mutation");

    /// <summary>The test status of a gene: tested (listed or a variant reported) or not.</summary>
    public bool MutationStatusKnown(string gene) => WasTested(gene);

    public LesionCall Flt3Itd() => Query("FLT3", VariantInterpreter.IsFlt3Itd, "FLT3-ITD");

    public LesionCall Flt3Tkd() => Query("FLT3", VariantInterpreter.IsFlt3Tkd, "FLT3-TKD (D835/I836)");

    /// <summary>FLT3-ITD with allelic ratio ≥ 0.5 (ELN 2017 "high"; footnote: low &lt; 0.5, high ≥ 0.5).</summary>
    public LesionCall Flt3ItdHighRatio()
    {
        LesionCall itd = Flt3Itd();
        if (itd.Presence != Presence.Present)
        {
            return itd with { Finding = itd.Finding + " (so no high-ratio ITD)" };
        }

        var itds = VariantsOf("FLT3").Where(v => VariantInterpreter.IsFlt3Itd(v) == Presence.Present).ToList();
        if (itds.FirstOrDefault(v => v.AllelicRatio >= 0.5) is { } high)
        {
            return LesionCall.Present(VariantInterpreter.Describe(high));
        }

        return itds.All(v => v.AllelicRatio is not null)
            ? LesionCall.Absent(string.Join("; ", itds.Select(VariantInterpreter.Describe)) + " (allelic ratio < 0.5)")
            : LesionCall.Unknown("FLT3-ITD allelic ratio not reported");
    }

    public LesionCall Npm1() => Query("NPM1", VariantInterpreter.IsNpm1Exon12, "NPM1 exon-12 mutation");

    public LesionCall CebpaBzipInFrame()
    {
        LesionCall call = Query("CEBPA", VariantInterpreter.IsCebpaBzipInFrame, "CEBPA in-frame bZIP mutation");
        return call.Presence == Presence.Present
            ? call with { Caveat = $"bZIP region taken as codons {VariantInterpreter.CebpaBzipFirstCodon}–{VariantInterpreter.CebpaBzipLastCodon}: boundary not verified in a primary source; confirm with the laboratory report" }
            : call;
    }

    /// <summary>Biallelic CEBPA (ELN 2017): two or more distinct CEBPA variants. One variant: absent, unless its VAF
    /// (≥ 0.8) suggests loss of the other allele, which is unknown (decision V5).</summary>
    public LesionCall CebpaBiallelic()
    {
        var variants = VariantsOf("CEBPA").ToList();
        if (variants.Count >= 2)
        {
            return LesionCall.Present(string.Join(" + ", variants.Select(VariantInterpreter.Describe)));
        }

        if (variants.Count == 1)
        {
            return variants[0].Vaf >= 0.8
                ? LesionCall.Unknown($"{VariantInterpreter.Describe(variants[0])}: one variant at high VAF, biallelic status unclear")
                : LesionCall.Absent($"{VariantInterpreter.Describe(variants[0])}: single CEBPA variant (monoallelic)");
        }

        return WasTested("CEBPA") ? LesionCall.Absent("CEBPA tested, no variant") : LesionCall.Unknown("CEBPA not tested");
    }

    /// <summary>TP53 mutation with VAF ≥ <paramref name="threshold"/> (a fraction). A TP53 variant without a VAF is unknown.</summary>
    public LesionCall Tp53VafAtLeast(double threshold)
    {
        string label = "TP53 mutation with VAF ≥ " + threshold.ToString("0.##", CultureInfo.InvariantCulture);
        return Query("TP53", v => v.Vaf is not { } vaf ? Presence.Unknown : vaf >= threshold ? Presence.Present : Presence.Absent, label);
    }

    public LesionCall Idh1R132() => Query("IDH1", VariantInterpreter.IsIdh1R132, "IDH1 R132");

    public LesionCall Idh2Hotspot() => Query("IDH2", VariantInterpreter.IsIdh2Hotspot, "IDH2 R140/R172");

    /// <summary>KMT2A partial tandem duplication (not a KMT2A rearrangement).</summary>
    public LesionCall Kmt2aPtd() => Query("KMT2A", v => VariantInterpreter.IsKmt2aPtd(v) ? Presence.Present : Presence.Absent, "KMT2A-PTD");

    /// <summary>Present if any variant of the gene answers present; unknown if one answers unknown; absent if the gene
    /// was tested and nothing matched; unknown if the gene was not tested.</summary>
    private LesionCall Query(string gene, Func<GeneVariant, Presence> test, string label)
    {
        GeneVariant? unknown = null;
        bool any = false;
        foreach (GeneVariant v in VariantsOf(gene))
        {
            any = true;
            Presence p = test(v);
            if (p == Presence.Present)
            {
                return LesionCall.Present(VariantInterpreter.Describe(v));
            }

            if (p == Presence.Unknown)
            {
                unknown ??= v;
            }
        }

        if (unknown is not null)
        {
            return LesionCall.Unknown($"{VariantInterpreter.Describe(unknown)}: notation does not show whether it is a {label}");
        }

        return any || _tested.Contains(gene)
            ? LesionCall.Absent(any ? $"{gene} variants reported, none a {label}" : $"{gene} tested, no variant")
            : LesionCall.Unknown($"{gene} not tested");
    }
}
