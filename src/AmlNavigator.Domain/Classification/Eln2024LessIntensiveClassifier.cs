using System.Collections.Immutable;

using AmlNavigator.Domain.Assessment;

using static AmlNavigator.Domain.Classification.RiskFact;

namespace AmlNavigator.Domain.Classification;

/// <summary>
/// ELN 2024 genetic risk for patients receiving less-intensive therapy (Döhner et al., Blood 2024;144:2211, table
/// "ELN 2024 less-intensive"): built on TP53, FLT3-ITD, NRAS and KRAS. Not applicable after prior HMA therapy.
/// </summary>
public static class Eln2024LessIntensiveClassifier
{
    public const string Scheme = "eln2024-less-intensive";
    private const string Table = "risk-eln2024-less-intensive";
    private const string Decisions = "risk-eln-decisions";

    internal enum R
    {
        Apl, PriorHma, AdvTp53, FavIdh1, Idh1AzaIvosidenib, FavDdx41, Ddx41Germline, IntSignalling, FavNpm1, FavIdh2, FavOther,
    }

    private static RiskRule Rule(R id, string outcome, string kind, string text, string citation, string status, params RiskFact[] facts) =>
        new("eln2024li-" + Eln2022Classifier.Kebab(id.ToString()), Scheme, outcome, kind, text, citation, status, [.. facts]);

    public static ImmutableArray<RiskRule> Rules { get; } =
    [
        Rule(R.Apl, "out-of-scope", "decision", "APL (PML::RARA or t(15;17)) is outside the classification.", Decisions, "decision", Apl),
        Rule(R.PriorHma, "not-applicable", "footnote", "The classification does not apply to patients previously treated with a hypomethylating agent.", Table, "verified", PriorHma),
        Rule(R.AdvTp53, "adverse", "table-row", "Mutated TP53", Table, "verified", Tp53),
        Rule(R.FavIdh1, "favorable", "table-row", "Mutated IDH1 (TP53 wild-type)", Table, "verified", Idh1, Tp53),
        Rule(R.Idh1AzaIvosidenib, "note", "footnote", "IDH1 favourable applies to azacitidine + ivosidenib whatever the signalling mutations; with FLT3-ITD/NRAS/KRAS under other less-intensive regimens, review.", Table, "verified", Idh1, Flt3Itd, Nras, Kras),
        Rule(R.FavDdx41, "favorable", "table-row", "Mutated DDX41", Table, "verified", Ddx41),
        Rule(R.Ddx41Germline, "note", "footnote", "A DDX41 variant at near-heterozygous VAF should prompt consideration of a germline DDX41 variant.", Table, "verified", Ddx41),
        Rule(R.IntSignalling, "intermediate", "table-row", "Other cytogenetic and molecular abnormalities with FLT3-ITD and/or NRAS and/or KRAS mutation; TP53 wild-type", Table, "verified", Flt3Itd, Nras, Kras),
        Rule(R.FavNpm1, "favorable", "table-row", "Mutated NPM1 (FLT3-ITD negative, NRAS and KRAS wild-type, TP53 wild-type)", Table, "verified", Npm1),
        Rule(R.FavIdh2, "favorable", "table-row", "Mutated IDH2 (FLT3-ITD negative, NRAS and KRAS wild-type, TP53 wild-type)", Table, "verified", Idh2),
        Rule(R.FavOther, "favorable", "table-row", "Other cytogenetic and molecular abnormalities (FLT3-ITD negative, NRAS and KRAS wild-type, TP53 wild-type); tentative where data are lacking", Table, "verified", Flt3Itd, Nras, Kras, Tp53),
    ];

    public static RiskResult Classify(RiskFacts facts, AssessmentLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return RiskEvaluation.Evaluate(facts, Decide, Rules, "risk.eln2024LessIntensive", log);
    }

    internal static RiskOutcome Decide(ref RiskWalk w)
    {
        if (w.Is(Apl))
        {
            w.Fire((int)R.Apl);
            return RiskOutcome.OutOfScope;
        }

        if (w.Is(PriorHma))
        {
            w.Fire((int)R.PriorHma);
            return RiskOutcome.NotApplicable;
        }

        if (w.Is(Tp53))
        {
            w.Fire((int)R.AdvTp53);
            return RiskOutcome.Adverse;
        }

        if (w.Is(Idh1))
        {
            w.Fire((int)R.FavIdh1);
            if (w.Peek(Flt3Itd) || w.Peek(Nras) || w.Peek(Kras))
            {
                w.Fire((int)R.Idh1AzaIvosidenib);
            }

            return RiskOutcome.Favorable;
        }

        if (w.Is(Ddx41))
        {
            w.Fire((int)R.FavDdx41);
            w.Fire((int)R.Ddx41Germline);
            return RiskOutcome.Favorable;
        }

        if (w.Is(Flt3Itd) || w.Is(Nras) || w.Is(Kras))
        {
            w.Fire((int)R.IntSignalling);
            return RiskOutcome.Intermediate;
        }

        w.Fire((int)(w.Peek(Npm1) ? R.FavNpm1 : w.Peek(Idh2) ? R.FavIdh2 : R.FavOther));
        return RiskOutcome.Favorable;
    }
}
