using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Genetics.Variants;

namespace AmlNavigator.Domain.Classification;

/// <summary>The genetic facts the ELN rules read. Each is present, absent or unknown for one case.</summary>
public enum RiskFact
{
    Apl, T8And21, Inv16, T9And11, Kmt2aOther, T6And9, T9And22, T8And16, Inv3, MecomOther,
    Minus5Del5q, Minus7, Minus17Abn17p, Complex, ComplexEln2017, Monosomal, HyperdiploidTrisomiesOnly,
    Npm1, Flt3Itd, Flt3ItdHighRatio, CebpaBzipInFrame, CebpaBiallelic, Kit, Kmt2aPtd,
    Asxl1, Bcor, Ezh2, Runx1, Sf3b1, Srsf2, Stag2, U2af1, Zrsr2,
    Tp53Vaf10, Tp53, Nras, Kras, Idh1, Idh2, Ddx41, PriorHma,
}

/// <summary>
/// The facts of one case as bit masks (fast to evaluate) plus the finding behind each (for the trace). Built once from
/// the diagnostic <see cref="GeneticProfile"/>; the classifiers never look at raw input.
/// </summary>
public sealed class RiskFacts
{
    internal const int Count = (int)RiskFact.PriorHma + 1;

    private readonly string[] _findings;
    private readonly string?[] _caveats;

    private RiskFacts(ulong present, ulong known, string[] findings, string?[] caveats, bool informative)
    {
        Present = present;
        Known = known;
        _findings = findings;
        _caveats = caveats;
        Informative = informative;
    }

    /// <summary>Bit <c>1 &lt;&lt; fact</c> set when the fact is present.</summary>
    public ulong Present { get; }

    /// <summary>Bit set when the fact is known (present or absent).</summary>
    public ulong Known { get; }

    /// <summary>False when nothing at all was recorded (no karyotype, no variants, no tested genes, no fusions).</summary>
    public bool Informative { get; }

    public Presence this[RiskFact fact] =>
        (Known & Bit(fact)) == 0 ? Presence.Unknown : (Present & Bit(fact)) != 0 ? Presence.Present : Presence.Absent;

    /// <summary>What was found (or why it is unknown) for the fact.</summary>
    public string Finding(RiskFact fact) => _findings[(int)fact];

    /// <summary>A caveat on the fact's reading (e.g. an unverified boundary), or null.</summary>
    public string? Caveat(RiskFact fact) => _caveats[(int)fact];

    internal static ulong Bit(RiskFact fact) => 1UL << (int)fact;

    /// <summary>Facts set directly (tests and benchmarks); every other fact is unknown.</summary>
    public static RiskFacts Of(IReadOnlyDictionary<RiskFact, bool> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var b = new Builder();
        foreach ((RiskFact f, bool value) in facts)
        {
            b.Set(f, value ? LesionCall.Present(f.ToString()) : LesionCall.Absent("no " + f));
        }

        return b.Build(informative: facts.Count > 0);
    }

    /// <summary>Reads the facts from the diagnostic genetics and the therapy history.</summary>
    public static RiskFacts From(GeneticProfile profile, ImmutableArray<TherapyLine> therapies)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var b = new Builder();
        KaryotypeResult? karyotype = profile.Karyotype;
        KaryotypeFeatures k = karyotype?.Features ?? KaryotypeFeatures.Unknown;

        LesionCall Cyto(bool? feature, string name, string? fusion = null)
        {
            if (fusion is not null && FindFusion(profile, fusion) is { } written)
            {
                return LesionCall.Present(written);
            }

            return feature switch
            {
                true => LesionCall.Present(Evidence(karyotype!, name)),
                false => LesionCall.Absent($"karyotype {karyotype!.Input.Trim()}: no {name}"),
                null => LesionCall.Unknown(karyotype is null ? "no karyotype at diagnosis" : $"karyotype {karyotype.Input.Trim()}: {name} cannot be read"),
            };
        }

        b.Set(RiskFact.Apl, Cyto(k.T15And17, "t(15;17)", "PML::RARA"));
        b.Set(RiskFact.T8And21, Cyto(k.T8And21, "t(8;21)", "RUNX1::RUNX1T1"));
        b.Set(RiskFact.Inv16, Cyto(k.Inv16OrT16And16, "inv(16)/t(16;16)", "CBFB::MYH11"));
        LesionCall t911 = Cyto(k.T9And11, "t(9;11)", "MLLT3::KMT2A");
        b.Set(RiskFact.T9And11, t911);
        b.Set(RiskFact.Kmt2aOther, Kmt2aOther(profile, k, karyotype, t911));
        b.Set(RiskFact.T6And9, Cyto(k.T6And9, "t(6;9)", "DEK::NUP214"));
        b.Set(RiskFact.T9And22, Cyto(k.T9And22, "t(9;22)", "BCR::ABL1"));
        b.Set(RiskFact.T8And16, Cyto(k.T8And16, "t(8;16)", "KAT6A::CREBBP"));
        b.Set(RiskFact.Inv3, Cyto(k.Inv3OrT3And3, "inv(3)/t(3;3)", "GATA2::MECOM"));
        b.Set(RiskFact.MecomOther, MecomOther(profile, Cyto(k.MecomRearranged, "MECOM (3q26.2) rearrangement")));
        b.Set(RiskFact.Minus5Del5q, Cyto(k.Minus5OrDel5q, "−5/del(5q)"));
        b.Set(RiskFact.Minus7, Cyto(k.Minus7, "−7"));
        b.Set(RiskFact.Minus17Abn17p, Cyto(k.Minus17OrAbn17p, "−17/abn(17p)"));
        LesionCall complex = Cyto(k.Complex, "complex karyotype");
        LesionCall hyperdiploid = Cyto(k.HyperdiploidTrisomiesOnly, "hyperdiploid karyotype with trisomies only");
        b.Set(RiskFact.Complex, complex);
        b.Set(RiskFact.HyperdiploidTrisomiesOnly, hyperdiploid);

        // ELN 2017 counted ≥3 trisomies as complex; ELN 2022 excluded them (decision D8).
        b.Set(RiskFact.ComplexEln2017, complex.Presence == Presence.Present ? complex
            : hyperdiploid.Presence == Presence.Present && (karyotype?.AbnormalityCount ?? 0) >= 3 ? hyperdiploid
            : complex.Presence == Presence.Absent && hyperdiploid.Presence != Presence.Unknown ? complex
            : LesionCall.Unknown(complex.Finding));
        b.Set(RiskFact.Monosomal, Cyto(k.Monosomal, "monosomal karyotype"));

        b.Set(RiskFact.Npm1, profile.Npm1());
        b.Set(RiskFact.Flt3Itd, profile.Flt3Itd());
        b.Set(RiskFact.Flt3ItdHighRatio, profile.Flt3ItdHighRatio());
        b.Set(RiskFact.CebpaBzipInFrame, profile.CebpaBzipInFrame());
        b.Set(RiskFact.CebpaBiallelic, profile.CebpaBiallelic());
        b.Set(RiskFact.Kit, profile.Mutation("KIT"));
        b.Set(RiskFact.Kmt2aPtd, profile.Kmt2aPtd());
        b.Set(RiskFact.Asxl1, profile.Mutation("ASXL1"));
        b.Set(RiskFact.Bcor, profile.Mutation("BCOR"));
        b.Set(RiskFact.Ezh2, profile.Mutation("EZH2"));
        b.Set(RiskFact.Runx1, profile.Mutation("RUNX1"));
        b.Set(RiskFact.Sf3b1, profile.Mutation("SF3B1"));
        b.Set(RiskFact.Srsf2, profile.Mutation("SRSF2"));
        b.Set(RiskFact.Stag2, profile.Mutation("STAG2"));
        b.Set(RiskFact.U2af1, profile.Mutation("U2AF1"));
        b.Set(RiskFact.Zrsr2, profile.Mutation("ZRSR2"));
        b.Set(RiskFact.Tp53Vaf10, profile.Tp53VafAtLeast(0.10));
        b.Set(RiskFact.Tp53, profile.Mutation("TP53"));
        b.Set(RiskFact.Nras, profile.Mutation("NRAS"));
        b.Set(RiskFact.Kras, profile.Mutation("KRAS"));
        b.Set(RiskFact.Idh1, profile.Mutation("IDH1"));
        b.Set(RiskFact.Idh2, profile.Mutation("IDH2"));
        b.Set(RiskFact.Ddx41, profile.Mutation("DDX41"));
        b.Set(RiskFact.PriorHma, PriorHma(therapies));

        bool informative = karyotype is not null || !profile.Variants.IsEmpty || !profile.Fusions.IsEmpty ||
            profile.Findings?.TestedGenes.IsEmpty == false;
        return b.Build(informative);
    }

    private static string Evidence(KaryotypeResult karyotype, string name)
    {
        string where = karyotype.Input.Trim();
        return $"{name} (karyotype {where})";
    }

    private static string? FindFusion(GeneticProfile profile, string fusion)
    {
        string[] parts = fusion.Split("::");
        return profile.HasFusion(parts[0], parts[1]) ? fusion + " fusion" : null;
    }

    /// <summary>KMT2A rearranged other than t(9;11) (adverse). KMT2A::? with no known partner is unknown unless the
    /// karyotype shows t(9;11) (decision D6).</summary>
    private static LesionCall Kmt2aOther(GeneticProfile profile, KaryotypeFeatures k, KaryotypeResult? karyotype, LesionCall t911)
    {
        foreach (string f in profile.Fusions)
        {
            string[] parts = f.Split("::");
            if (parts.Length == 2 && parts.Any(p => p.Trim().Equals("KMT2A", StringComparison.OrdinalIgnoreCase)))
            {
                string partner = parts[0].Trim().Equals("KMT2A", StringComparison.OrdinalIgnoreCase) ? parts[1].Trim() : parts[0].Trim();
                if (partner == "?")
                {
                    if (t911.Presence != Presence.Present)
                    {
                        return LesionCall.Unknown($"{f}: KMT2A rearranged, partner unknown (t(9;11) is intermediate, other partners adverse)");
                    }
                }
                else if (!partner.Equals("MLLT3", StringComparison.OrdinalIgnoreCase))
                {
                    return LesionCall.Present(f + " fusion");
                }
            }
        }

        return k.Kmt2aRearranged switch
        {
            true when k.T9And11 == false => LesionCall.Present($"KMT2A (11q23.3) rearrangement in karyotype {karyotype!.Input.Trim()}"),
            true when k.T9And11 == true => LesionCall.Absent("the KMT2A rearrangement is the t(9;11)"),
            false => LesionCall.Absent($"karyotype {karyotype!.Input.Trim()}: no KMT2A rearrangement"),
            _ => LesionCall.Unknown(karyotype is null ? "no karyotype at diagnosis" : "KMT2A rearrangement cannot be read from the karyotype"),
        };
    }

    private static LesionCall MecomOther(GeneticProfile profile, LesionCall fromKaryotype)
    {
        foreach (string f in profile.Fusions)
        {
            string[] parts = f.Split("::");
            if (parts.Length == 2 && parts.Any(p => p.Trim().Equals("MECOM", StringComparison.OrdinalIgnoreCase)) &&
                !parts.Any(p => p.Trim().Equals("GATA2", StringComparison.OrdinalIgnoreCase)))
            {
                return LesionCall.Present(f + " fusion");
            }
        }

        return fromKaryotype;
    }

    /// <summary>Prior hypomethylating agent (ELN 2024 does not apply after one). No therapy recorded: unknown.</summary>
    private static LesionCall PriorHma(ImmutableArray<TherapyLine> therapies)
    {
        foreach (TherapyLine t in therapies)
        {
            foreach (string agent in t.Agents)
            {
                if (agent.Contains("azacitidine", StringComparison.OrdinalIgnoreCase) ||
                    agent.Contains("decitabine", StringComparison.OrdinalIgnoreCase))
                {
                    return LesionCall.Present($"{agent} ({t.Regimen ?? "therapy"}{(t.Start is { } s ? ", from " + s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")})");
                }
            }
        }

        return therapies.IsEmpty
            ? LesionCall.Unknown("no therapy recorded: prior hypomethylating-agent therapy unknown")
            : LesionCall.Absent("no azacitidine or decitabine among the recorded therapies");
    }

    private sealed class Builder
    {
        private readonly string[] _findings = new string[Count];
        private readonly string?[] _caveats = new string?[Count];
        private ulong _present;
        private ulong _known;

        public Builder()
        {
            for (int i = 0; i < Count; i++)
            {
                _findings[i] = ((RiskFact)i).ToString() + " not recorded";
            }
        }

        public void Set(RiskFact fact, LesionCall call)
        {
            ulong bit = Bit(fact);
            _findings[(int)fact] = call.Finding;
            _caveats[(int)fact] = call.Caveat;
            if (call.Presence != Presence.Unknown)
            {
                _known |= bit;
            }

            if (call.Presence == Presence.Present)
            {
                _present |= bit;
            }
        }

        public RiskFacts Build(bool informative) => new(_present, _known, _findings, _caveats, informative);
    }
}
