using System.Collections.Immutable;

using AmlNavigator.Domain.Assessment;

using static AmlNavigator.Domain.Classification.RiskFact;

namespace AmlNavigator.Domain.Classification;

/// <summary>
/// ELN 2022 genetic risk at diagnosis (Döhner et al., Blood 2022;140:1345, Table 6 and footnotes), in published
/// precedence. Gaps in the text are decided in docs/risk/eln-decisions.md and appear in the trace as <c>decision</c> rules.
/// </summary>
public static class Eln2022Classifier
{
    public const string Scheme = "eln2022";
    private const string Table = "risk-eln2022-table6";
    private const string Notes = "risk-eln2022-footnotes";
    private const string Decisions = "risk-eln-decisions";

    internal enum R
    {
        Apl, FavT8And21, FavInv16, CbfKitFlt3, FavNpm1, FavCebpa, MrNotAdverseWithFavorable, Tp53WithFavorable,
        AdvT6And9, AdvKmt2a, AdvT9And22, AdvT8And16, AdvInv3, AdvMecom, AdvMinus5, AdvMinus7, AdvMinus17, AdvComplex,
        AdvMonosomal, Npm1AdverseCytogenetics, CebpaAdverseCytogenetics, HyperdiploidNotComplex, Kmt2aPtdNotRearranged,
        IntT9And11, T9And11Precedence, AdvMrGene, AdvTp53, Npm1ItdMrGene, CebpaWithItd, IntNpm1Itd, IntWtNpm1Itd, IntOther,
    }

    private static readonly ImmutableArray<RiskFact> MrGenes = [Asxl1, Bcor, Ezh2, Runx1, Sf3b1, Srsf2, Stag2, U2af1, Zrsr2];

    private static readonly RiskFact[] AdverseCytogenetics =
        [T6And9, Kmt2aOther, T9And22, T8And16, Inv3, MecomOther, Minus5Del5q, Minus7, Minus17Abn17p, Complex, Monosomal];

    private static RiskRule Rule(R id, string outcome, string kind, string text, string citation, string status, params RiskFact[] facts) =>
        new(Scheme + "-" + Kebab(id.ToString()), Scheme, outcome, kind, text, citation, status, [.. facts]);

    /// <summary>The rules, indexed by <see cref="R"/>.</summary>
    public static ImmutableArray<RiskRule> Rules { get; } =
    [
        Rule(R.Apl, "out-of-scope", "decision", "APL (PML::RARA or t(15;17)) is outside the ELN genetic risk classification; reported, not classified.", Decisions, "decision", Apl),
        Rule(R.FavT8And21, "favorable", "table-row", "t(8;21)(q22;q22.1)/RUNX1::RUNX1T1", Table, "verified", T8And21),
        Rule(R.FavInv16, "favorable", "table-row", "inv(16)(p13.1q22) or t(16;16)(p13.1;q22)/CBFB::MYH11", Table, "verified", Inv16),
        Rule(R.CbfKitFlt3, "note", "footnote", "Concurrent KIT and/or FLT3 mutation does not alter the favourable category of CBF AML.", Notes, "verified", Kit, Flt3Itd),
        Rule(R.FavNpm1, "favorable", "table-row", "Mutated NPM1 without FLT3-ITD", Table, "verified", Npm1, Flt3Itd),
        Rule(R.FavCebpa, "favorable", "table-row", "bZIP in-frame mutated CEBPA (monoallelic or biallelic)", Table, "verified", CebpaBzipInFrame),
        Rule(R.MrNotAdverseWithFavorable, "note", "footnote", "Myelodysplasia-related gene mutations are not used as adverse markers when they co-occur with favourable-risk subtypes.", Notes, "verified", [.. MrGenes]),
        Rule(R.Tp53WithFavorable, "note", "decision", "TP53 (VAF ≥10%) with a favourable subtype: the table gives no rule; the favourable subtype is kept and the case is flagged for clinician review (decision D2).", Decisions, "decision", Tp53Vaf10),
        Rule(R.AdvT6And9, "adverse", "table-row", "t(6;9)(p23.3;q34.1)/DEK::NUP214", Table, "verified", T6And9),
        Rule(R.AdvKmt2a, "adverse", "table-row", "t(v;11q23.3)/KMT2A-rearranged (excluding KMT2A-PTD)", Table, "verified", Kmt2aOther),
        Rule(R.AdvT9And22, "adverse", "table-row", "t(9;22)(q34.1;q11.2)/BCR::ABL1", Table, "verified", T9And22),
        Rule(R.AdvT8And16, "adverse", "table-row", "t(8;16)(p11.2;p13.3)/KAT6A::CREBBP", Table, "verified", T8And16),
        Rule(R.AdvInv3, "adverse", "table-row", "inv(3)(q21.3q26.2) or t(3;3)(q21.3;q26.2)/GATA2, MECOM(EVI1)", Table, "verified", Inv3),
        Rule(R.AdvMecom, "adverse", "table-row", "t(3q26.2;v)/MECOM(EVI1)-rearranged", Table, "verified", MecomOther),
        Rule(R.AdvMinus5, "adverse", "table-row", "−5 or del(5q)", Table, "verified", Minus5Del5q),
        Rule(R.AdvMinus7, "adverse", "table-row", "−7", Table, "verified", Minus7),
        Rule(R.AdvMinus17, "adverse", "table-row", "−17/abn(17p)", Table, "verified", Minus17Abn17p),
        Rule(R.AdvComplex, "adverse", "table-row", "Complex karyotype: ≥3 unrelated abnormalities without a class-defining recurring abnormality", Notes, "verified", Complex),
        Rule(R.AdvMonosomal, "adverse", "table-row", "Monosomal karyotype", Notes, "verified", Monosomal),
        Rule(R.Npm1AdverseCytogenetics, "adverse", "footnote", "AML with mutated NPM1 and adverse-risk cytogenetic abnormalities is adverse risk.", Notes, "verified", Npm1),
        Rule(R.CebpaAdverseCytogenetics, "adverse", "decision", "bZIP in-frame CEBPA with adverse-risk cytogenetics: adverse, by analogy with the NPM1 footnote (decision D4).", Decisions, "decision", CebpaBzipInFrame),
        Rule(R.HyperdiploidNotComplex, "note", "footnote", "Hyperdiploid karyotypes with ≥3 trisomies (or polysomies) and no structural abnormality are not complex.", Notes, "verified", HyperdiploidTrisomiesOnly),
        Rule(R.Kmt2aPtdNotRearranged, "note", "table-row", "KMT2A partial tandem duplication is not a KMT2A rearrangement and is not adverse.", Table, "verified", Kmt2aPtd),
        Rule(R.IntT9And11, "intermediate", "table-row", "t(9;11)(p21.3;q23.3)/MLLT3::KMT2A", Table, "verified", T9And11),
        Rule(R.T9And11Precedence, "note", "footnote", "t(9;11) takes precedence over rare concurrent adverse-risk gene mutations (ELN 2017 wording; marker present in the 2022 table, text probably retained).", Table, "secondary", [.. MrGenes, Tp53Vaf10]),
        Rule(R.AdvMrGene, "adverse", "table-row", "Mutated ASXL1, BCOR, EZH2, RUNX1, SF3B1, SRSF2, STAG2, U2AF1 and/or ZRSR2", Table, "verified", [.. MrGenes]),
        Rule(R.AdvTp53, "adverse", "table-row", "Mutated TP53 with VAF ≥10%", Notes, "verified", Tp53Vaf10),
        Rule(R.Npm1ItdMrGene, "note", "decision", "NPM1 with FLT3-ITD is not a favourable subtype, so the MR-gene/TP53 exemption does not apply: adverse, flagged for review (decision D3).", Decisions, "decision", Npm1, Flt3Itd),
        Rule(R.CebpaWithItd, "note", "decision", "bZIP in-frame CEBPA with FLT3-ITD: the CEBPA row has no FLT3-ITD qualifier; favourable kept, flagged (decision D5).", Decisions, "decision", CebpaBzipInFrame, Flt3Itd),
        Rule(R.IntNpm1Itd, "intermediate", "table-row", "Mutated NPM1 with FLT3-ITD", Table, "verified", Npm1, Flt3Itd),
        Rule(R.IntWtNpm1Itd, "intermediate", "table-row", "Wild-type NPM1 with FLT3-ITD (without adverse-risk genetic lesions)", Table, "verified", Npm1, Flt3Itd),
        Rule(R.IntOther, "intermediate", "table-row", "Cytogenetic and/or molecular abnormalities not classified as favourable or adverse", Table, "verified"),
    ];

    /// <summary>Classifies one case's facts.</summary>
    public static RiskResult Classify(RiskFacts facts, AssessmentLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RiskEvaluation.Evaluate(facts, Decide, Rules, "risk.eln2022", log);
    }

    internal static RiskOutcome Decide(ref RiskWalk w)
    {
        if (w.Is(Apl))
        {
            w.Fire((int)R.Apl);
            return RiskOutcome.OutOfScope;
        }

        bool t821 = w.Is(T8And21);
        bool inv16 = !t821 && w.Is(Inv16);
        if (t821 || inv16)
        {
            w.Fire((int)(t821 ? R.FavT8And21 : R.FavInv16));
            if (w.Peek(Kit) || w.Peek(Flt3Itd))
            {
                w.Fire((int)R.CbfKitFlt3);
            }

            FavorableNotes(ref w);
            return RiskOutcome.Favorable;
        }

        bool adverseCytogenetics = false;
        foreach (RiskFact f in AdverseCytogenetics)
        {
            if (w.Is(f))
            {
                adverseCytogenetics = true;
                break;
            }
        }

        if (w.Peek(HyperdiploidTrisomiesOnly) && !w.Peek(Complex))
        {
            w.Fire((int)R.HyperdiploidNotComplex);
        }

        if (w.Peek(Kmt2aPtd))
        {
            w.Fire((int)R.Kmt2aPtdNotRearranged);
        }

        if (adverseCytogenetics)
        {
            for (int i = 0; i < AdverseCytogenetics.Length; i++)
            {
                if (w.Peek(AdverseCytogenetics[i]))
                {
                    w.Fire((int)R.AdvT6And9 + i);
                }
            }

            if (w.Peek(Npm1))
            {
                w.Fire((int)R.Npm1AdverseCytogenetics);
            }

            if (w.Peek(CebpaBzipInFrame))
            {
                w.Fire((int)R.CebpaAdverseCytogenetics);
            }

            AdverseGeneTrace(ref w);
            return RiskOutcome.Adverse;
        }

        if (w.Is(T9And11))
        {
            w.Fire((int)R.IntT9And11);
            if (AnyPeek(ref w, MrGenes) || w.Peek(Tp53Vaf10))
            {
                w.Fire((int)R.T9And11Precedence);
            }

            return RiskOutcome.Intermediate;
        }

        bool npm1 = w.Is(Npm1);
        bool itd = w.Is(Flt3Itd);
        if (npm1 && !itd)
        {
            w.Fire((int)R.FavNpm1);
            FavorableNotes(ref w);
            return RiskOutcome.Favorable;
        }

        if (w.Is(CebpaBzipInFrame))
        {
            w.Fire((int)R.FavCebpa);
            if (itd)
            {
                w.Fire((int)R.CebpaWithItd);
            }

            FavorableNotes(ref w);
            return RiskOutcome.Favorable;
        }

        bool mr = false;
        foreach (RiskFact f in MrGenes)
        {
            if (w.Is(f))
            {
                mr = true;
                break;
            }
        }

        if (mr || w.Is(Tp53Vaf10))
        {
            AdverseGeneTrace(ref w);
            if (npm1)
            {
                w.Fire((int)R.Npm1ItdMrGene);
            }

            return RiskOutcome.Adverse;
        }

        if (itd)
        {
            w.Fire((int)(npm1 ? R.IntNpm1Itd : R.IntWtNpm1Itd));
            return RiskOutcome.Intermediate;
        }

        w.Fire((int)R.IntOther);
        return RiskOutcome.Intermediate;
    }

    private static void FavorableNotes(ref RiskWalk w)
    {
        if (AnyPeek(ref w, MrGenes))
        {
            w.Fire((int)R.MrNotAdverseWithFavorable);
        }

        if (w.Peek(Tp53Vaf10))
        {
            w.Fire((int)R.Tp53WithFavorable);
        }
    }

    private static void AdverseGeneTrace(ref RiskWalk w)
    {
        if (AnyPeek(ref w, MrGenes))
        {
            w.Fire((int)R.AdvMrGene);
        }

        if (w.Peek(Tp53Vaf10))
        {
            w.Fire((int)R.AdvTp53);
        }
    }

    private static bool AnyPeek(ref RiskWalk w, ImmutableArray<RiskFact> facts)
    {
        foreach (RiskFact f in facts)
        {
            if (w.Peek(f))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
