using System.Collections.Immutable;

using AmlNavigator.Domain.Assessment;

using static AmlNavigator.Domain.Classification.RiskFact;

namespace AmlNavigator.Domain.Classification;

/// <summary>
/// ELN 2017 genetic risk (Döhner et al., Blood 2017;129:424, Table 5 and footnotes). Differences from 2022: FLT3-ITD
/// allelic ratio (low &lt; 0.5, high ≥ 0.5), biallelic CEBPA, only RUNX1/ASXL1/TP53 as adverse genes (TP53 at any VAF),
/// no t(8;16) or other 3q26.2 rows, complex karyotype without the hyperdiploid exclusion.
/// </summary>
public static class Eln2017Classifier
{
    public const string Scheme = "eln2017";
    private const string Table = "risk-eln2017-table5";
    private const string Decisions = "risk-eln-decisions";

    internal enum R
    {
        Apl, FavT8And21, FavInv16, FavNpm1, RunxAsxlNotAdverseWithFavorable, Tp53WithFavorable, Npm1WithAdverseCytogenetics,
        AdvT6And9, AdvKmt2a, AdvT9And22, AdvInv3, AdvMinus5, AdvMinus7, AdvMinus17, AdvComplex, AdvMonosomal,
        FavCebpaBiallelic, IntT9And11, T9And11Precedence, AdvRunx1, AdvAsxl1, AdvTp53, AdvWtNpm1ItdHigh,
        IntNpm1ItdHigh, IntWtNpm1NoItdOrLow, IntOther, ItdRatio, Kmt2aPtdNotRearranged,
    }

    private static readonly RiskFact[] AdverseCytogenetics =
        [T6And9, Kmt2aOther, T9And22, Inv3, Minus5Del5q, Minus7, Minus17Abn17p, ComplexEln2017, Monosomal];

    private static RiskRule Rule(R id, string outcome, string kind, string text, string citation, string status, params RiskFact[] facts) =>
        new(Scheme + "-" + Eln2022Classifier.Kebab(id.ToString()), Scheme, outcome, kind, text, citation, status, [.. facts]);

    public static ImmutableArray<RiskRule> Rules { get; } =
    [
        Rule(R.Apl, "out-of-scope", "decision", "APL (PML::RARA or t(15;17)) is outside the ELN genetic risk classification.", Decisions, "decision", Apl),
        Rule(R.FavT8And21, "favorable", "table-row", "t(8;21)(q22;q22.1)/RUNX1-RUNX1T1", Table, "verified", T8And21),
        Rule(R.FavInv16, "favorable", "table-row", "inv(16)(p13.1q22) or t(16;16)(p13.1;q22)/CBFB-MYH11", Table, "verified", Inv16),
        Rule(R.FavNpm1, "favorable", "table-row", "Mutated NPM1 without FLT3-ITD or with FLT3-ITD low (allelic ratio < 0.5)", Table, "verified", Npm1, Flt3ItdHighRatio),
        Rule(R.RunxAsxlNotAdverseWithFavorable, "note", "footnote", "RUNX1 and ASXL1 mutations are not used as adverse markers when they co-occur with favourable-risk subtypes.", Table, "verified", Runx1, Asxl1),
        Rule(R.Tp53WithFavorable, "note", "decision", "TP53 mutation with a favourable subtype: no rule in the table; favourable kept, flagged for review (decision D2).", Decisions, "decision", Tp53),
        Rule(R.Npm1WithAdverseCytogenetics, "note", "decision", "Mutated NPM1 (favourable genotype) with adverse cytogenetics: ELN 2017 has no footnote (added in 2022); favourable kept, flagged (decision D7).", Decisions, "decision", Npm1),
        Rule(R.AdvT6And9, "adverse", "table-row", "t(6;9)(p23;q34.1)/DEK-NUP214", Table, "verified", T6And9),
        Rule(R.AdvKmt2a, "adverse", "table-row", "t(v;11q23.3)/KMT2A rearranged (excluding KMT2A-PTD)", Table, "verified", Kmt2aOther),
        Rule(R.AdvT9And22, "adverse", "table-row", "t(9;22)(q34.1;q11.2)/BCR-ABL1", Table, "verified", T9And22),
        Rule(R.AdvInv3, "adverse", "table-row", "inv(3)(q21.3q26.2) or t(3;3)(q21.3;q26.2)/GATA2,MECOM(EVI1)", Table, "verified", Inv3),
        Rule(R.AdvMinus5, "adverse", "table-row", "−5 or del(5q)", Table, "verified", Minus5Del5q),
        Rule(R.AdvMinus7, "adverse", "table-row", "−7", Table, "verified", Minus7),
        Rule(R.AdvMinus17, "adverse", "table-row", "−17/abn(17p)", Table, "verified", Minus17Abn17p),
        Rule(R.AdvComplex, "adverse", "table-row", "Complex karyotype (≥3 unrelated abnormalities without a WHO recurring translocation or inversion; hyperdiploid trisomies counted)", Table, "verified", ComplexEln2017),
        Rule(R.AdvMonosomal, "adverse", "table-row", "Monosomal karyotype", Table, "verified", Monosomal),
        Rule(R.FavCebpaBiallelic, "favorable", "table-row", "Biallelic mutated CEBPA", Table, "verified", CebpaBiallelic),
        Rule(R.IntT9And11, "intermediate", "table-row", "t(9;11)(p21.3;q23.3)/MLLT3-KMT2A", Table, "verified", T9And11),
        Rule(R.T9And11Precedence, "note", "footnote", "The presence of t(9;11) takes precedence over rare, concurrent adverse-risk gene mutations.", Table, "verified", Runx1, Asxl1, Tp53, Flt3ItdHighRatio),
        Rule(R.AdvRunx1, "adverse", "table-row", "Mutated RUNX1", Table, "verified", Runx1),
        Rule(R.AdvAsxl1, "adverse", "table-row", "Mutated ASXL1", Table, "verified", Asxl1),
        Rule(R.AdvTp53, "adverse", "table-row", "Mutated TP53", Table, "verified", Tp53),
        Rule(R.AdvWtNpm1ItdHigh, "adverse", "table-row", "Wild-type NPM1 and FLT3-ITD high", Table, "verified", Npm1, Flt3ItdHighRatio),
        Rule(R.IntNpm1ItdHigh, "intermediate", "table-row", "Mutated NPM1 and FLT3-ITD high", Table, "verified", Npm1, Flt3ItdHighRatio),
        Rule(R.IntWtNpm1NoItdOrLow, "intermediate", "table-row", "Wild-type NPM1 without FLT3-ITD or with FLT3-ITD low (without adverse-risk genetic lesions)", Table, "verified", Npm1, Flt3ItdHighRatio),
        Rule(R.IntOther, "intermediate", "table-row", "Cytogenetic abnormalities not classified as favourable or adverse", Table, "verified"),
        Rule(R.ItdRatio, "note", "footnote", "FLT3-ITD allelic ratio: low < 0.5, high ≥ 0.5 (semiquantitative, ITD/wild-type area under the curve).", Table, "verified", Flt3ItdHighRatio),
        Rule(R.Kmt2aPtdNotRearranged, "note", "footnote", "KMT2A partial tandem duplication is excluded from KMT2A rearrangement.", Table, "verified", Kmt2aPtd),
    ];

    public static RiskResult Classify(RiskFacts facts, AssessmentLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RiskEvaluation.Evaluate(facts, Decide, Rules, "risk.eln2017", log);
    }

    internal static RiskOutcome Decide(ref RiskWalk w)
    {
        if (w.Is(Apl))
        {
            w.Fire((int)R.Apl);
            return RiskOutcome.OutOfScope;
        }

        if (w.Peek(Flt3Itd))
        {
            w.Fire((int)R.ItdRatio);
        }

        if (w.Peek(Kmt2aPtd))
        {
            w.Fire((int)R.Kmt2aPtdNotRearranged);
        }

        bool t821 = w.Is(T8And21);
        bool inv16 = !t821 && w.Is(Inv16);
        if (t821 || inv16)
        {
            w.Fire((int)(t821 ? R.FavT8And21 : R.FavInv16));
            FavorableNotes(ref w);
            return RiskOutcome.Favorable;
        }

        bool npm1 = w.Is(Npm1);
        bool itdHigh = w.Is(Flt3ItdHighRatio);
        if (npm1 && !itdHigh)
        {
            w.Fire((int)R.FavNpm1);
            foreach (RiskFact f in AdverseCytogenetics)
            {
                if (w.Peek(f))
                {
                    w.Fire((int)R.Npm1WithAdverseCytogenetics);
                    break;
                }
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

        if (adverseCytogenetics)
        {
            for (int i = 0; i < AdverseCytogenetics.Length; i++)
            {
                if (w.Peek(AdverseCytogenetics[i]))
                {
                    w.Fire((int)R.AdvT6And9 + i);
                }
            }

            AdverseGeneTrace(ref w, npm1, itdHigh);
            return RiskOutcome.Adverse;
        }

        if (w.Is(CebpaBiallelic))
        {
            w.Fire((int)R.FavCebpaBiallelic);
            FavorableNotes(ref w);
            return RiskOutcome.Favorable;
        }

        if (w.Is(T9And11))
        {
            w.Fire((int)R.IntT9And11);
            if (w.Peek(Runx1) || w.Peek(Asxl1) || w.Peek(Tp53) || (!npm1 && itdHigh))
            {
                w.Fire((int)R.T9And11Precedence);
            }

            return RiskOutcome.Intermediate;
        }

        bool adverseGene = w.Is(Runx1) || w.Is(Asxl1) || w.Is(Tp53) || (!npm1 && itdHigh);
        if (adverseGene)
        {
            AdverseGeneTrace(ref w, npm1, itdHigh);
            return RiskOutcome.Adverse;
        }

        w.Fire((int)(npm1 ? R.IntNpm1ItdHigh : w.Peek(Flt3Itd) ? R.IntWtNpm1NoItdOrLow : R.IntOther));
        return RiskOutcome.Intermediate;
    }

    private static void FavorableNotes(ref RiskWalk w)
    {
        if (w.Peek(Runx1) || w.Peek(Asxl1))
        {
            w.Fire((int)R.RunxAsxlNotAdverseWithFavorable);
        }

        if (w.Peek(Tp53))
        {
            w.Fire((int)R.Tp53WithFavorable);
        }
    }

    private static void AdverseGeneTrace(ref RiskWalk w, bool npm1, bool itdHigh)
    {
        if (w.Peek(Runx1))
        {
            w.Fire((int)R.AdvRunx1);
        }

        if (w.Peek(Asxl1))
        {
            w.Fire((int)R.AdvAsxl1);
        }

        if (w.Peek(Tp53))
        {
            w.Fire((int)R.AdvTp53);
        }

        if (!npm1 && itdHigh)
        {
            w.Fire((int)R.AdvWtNpm1ItdHigh);
        }
    }
}
