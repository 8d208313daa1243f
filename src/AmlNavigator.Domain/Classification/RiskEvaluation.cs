using System.Collections.Immutable;
using System.Numerics;

using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Domain.Classification;

/// <summary>The outcome of one decision walk.</summary>
internal enum RiskOutcome : byte
{
    Favorable,
    Intermediate,
    Adverse,
    OutOfScope,
    NotApplicable,
}

/// <summary>
/// The state of one decision walk over a complete assignment of facts: <see cref="Is"/> records which facts the
/// decision depended on; <see cref="Peek"/> reads a fact only for the trace; <see cref="Fire"/> records rules.
/// </summary>
internal struct RiskWalk(ulong values)
{
    public ulong Values = values;
    public ulong Queried;
    public ulong Fired;

    public bool Is(RiskFact fact)
    {
        ulong bit = 1UL << (int)fact;
        Queried |= bit;
        return (Values & bit) != 0;
    }

    public readonly bool Peek(RiskFact fact) => (Values & (1UL << (int)fact)) != 0;

    public void Fire(int rule) => Fired |= 1UL << rule;
}

internal delegate RiskOutcome RiskDecision(ref RiskWalk walk);

/// <summary>
/// Runs one scheme's decision on a case's facts. Unknown is not negative: the decision is walked with the known facts,
/// then every unknown fact the decision consulted is tried both ways, so the result says which groups remain possible
/// and which missing tests would settle it.
/// </summary>
internal static class RiskEvaluation
{
    private const int MaxWalks = 20_000;

    public static RiskResult Evaluate(
        RiskFacts facts, RiskDecision decide, ImmutableArray<RiskRule> rules, string affects, AssessmentLog? log)
    {
        var walk = new RiskWalk(facts.Present);
        RiskOutcome outcome = decide(ref walk);
        ulong unknownQueried = walk.Queried & ~facts.Known;
        var basis = ImmutableArray.CreateBuilder<Basis>(BitOperations.PopCount(walk.Fired));
        for (ulong fired = walk.Fired; fired != 0; fired &= fired - 1)
        {
            RiskRule rule = rules[BitOperations.TrailingZeroCount(fired)];
            basis.Add(new Basis(rule.Id, FindingOf(rule, facts), rule.Citation));
        }

        if (unknownQueried == 0)
        {
            return Result(outcome, provisional: false, basis.MoveToImmutable(), []);
        }

        int walks = 0;
        ulong relevant = 0;
        int possible = Explore(decide, facts.Present, facts.Known, ref relevant, ref walks);
        if (walks > MaxWalks)
        {
            relevant = unknownQueried;
            possible = 0b11111;
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        if (BitOperations.PopCount((uint)possible) == 1)
        {
            // Every way the unknown facts could turn out gives the same group: the result stands.
            return Result(outcome, provisional: false, basis.MoveToImmutable(), []);
        }

        notes.Add("Provisional: untested genes or an unread karyotype could change this to " +
            string.Join(" or ", Enumerable.Range(0, 5).Where(i => (possible & (1 << i)) != 0 && i != (int)outcome).Select(i => Name((RiskOutcome)i))) + ".");
        // One note and one missing-information entry per test (the nine MR genes are one panel).
        var byTest = new List<(string Code, string Item, List<string> Findings)>();
        for (ulong r = relevant; r != 0; r &= r - 1)
        {
            var fact = (RiskFact)BitOperations.TrailingZeroCount(r);
            (string code, string item) = RiskFactTests.SettledBy(fact);
            int index = byTest.FindIndex(t => t.Code == code);
            if (index < 0)
            {
                byTest.Add((code, item, [facts.Finding(fact)]));
            }
            else
            {
                byTest[index].Findings.Add(facts.Finding(fact));
            }
        }

        foreach ((string code, string item, List<string> findings) in byTest)
        {
            string found = string.Join("; ", findings);
            notes.Add($"Would settle it: {item} ({found}).");
            log?.Missing(code, item, $"needed to settle the {affects.Replace("risk.", "", StringComparison.Ordinal)} risk group ({found})", affects);
        }

        if (!facts.Informative)
        {
            return new RiskResult { Group = null, Provisional = true, Basis = [], Notes = ["No diagnostic karyotype or mutation results recorded: the group cannot be determined."] };
        }

        return Result(outcome, provisional: true, basis.MoveToImmutable(), notes.ToImmutable());
    }

    private static int Explore(RiskDecision decide, ulong values, ulong fixedMask, ref ulong relevant, ref int walks)
    {
        if (++walks > MaxWalks)
        {
            return 0b11111;
        }

        var walk = new RiskWalk(values);
        RiskOutcome outcome = decide(ref walk);
        ulong open = walk.Queried & ~fixedMask;
        if (open == 0)
        {
            return 1 << (int)outcome;
        }

        ulong bit = open & (~open + 1);
        int absent = Explore(decide, values & ~bit, fixedMask | bit, ref relevant, ref walks);
        int present = Explore(decide, values | bit, fixedMask | bit, ref relevant, ref walks);
        if (absent != present)
        {
            relevant |= bit;
        }

        return absent | present;
    }

    private static RiskResult Result(RiskOutcome outcome, bool provisional, ImmutableArray<Basis> basis, ImmutableArray<string> notes) =>
        outcome switch
        {
            RiskOutcome.OutOfScope => new RiskResult
            {
                Group = null,
                Applicable = false,
                Provisional = provisional,
                Basis = basis,
                Notes = notes.Insert(0, "Acute promyelocytic leukaemia (PML::RARA / t(15;17)) is outside the scope of the ELN genetic risk classifications."),
            },
            RiskOutcome.NotApplicable => new RiskResult { Group = null, Applicable = false, Provisional = provisional, Basis = basis, Notes = notes },
            _ => new RiskResult { Group = (RiskGroup)(int)outcome, Provisional = provisional, Basis = basis, Notes = notes },
        };

    private static string FindingOf(RiskRule rule, RiskFacts facts)
    {
        if (rule.Facts.IsEmpty)
        {
            return "no favourable or adverse lesion found";
        }

        var parts = new List<string>(rule.Facts.Length);
        foreach (RiskFact f in rule.Facts)
        {
            if (facts[f] == Genetics.Variants.Presence.Present || rule.Facts.Length <= 2)
            {
                string text = facts.Finding(f);
                if (facts.Caveat(f) is { } caveat)
                {
                    text += " [" + caveat + "]";
                }

                parts.Add(text);
            }
        }

        return parts.Count == 0 ? "no favourable or adverse lesion found" : string.Join("; ", parts);
    }

    private static string Name(RiskOutcome o) => o switch
    {
        RiskOutcome.Favorable => "favorable",
        RiskOutcome.Intermediate => "intermediate",
        RiskOutcome.Adverse => "adverse",
        RiskOutcome.OutOfScope => "out of scope (APL)",
        _ => "not applicable",
    };
}

/// <summary>Which test settles each fact (missing-information code and item).</summary>
internal static class RiskFactTests
{
    public static (string Code, string Item) SettledBy(RiskFact fact) => fact switch
    {
        RiskFact.Npm1 => ("npm1-diagnosis", "NPM1 mutation status at diagnosis"),
        RiskFact.Flt3Itd => ("flt3-diagnosis", "FLT3-ITD status at diagnosis"),
        RiskFact.Flt3ItdHighRatio => ("flt3-itd-ratio-diagnosis", "FLT3-ITD allelic ratio at diagnosis (ELN 2017)"),
        RiskFact.CebpaBzipInFrame or RiskFact.CebpaBiallelic => ("cebpa-diagnosis", "CEBPA mutation (position, in-frame or not, number of mutations) at diagnosis"),
        RiskFact.Kit => ("kit-diagnosis", "KIT mutation status at diagnosis"),
        RiskFact.Kmt2aPtd => ("kmt2a-diagnosis", "KMT2A partial tandem duplication at diagnosis"),
        RiskFact.Tp53Vaf10 => ("tp53-diagnosis", "TP53 mutation status with VAF at diagnosis"),
        RiskFact.Tp53 => ("tp53-diagnosis", "TP53 mutation status with VAF at diagnosis"),
        RiskFact.Asxl1 or RiskFact.Bcor or RiskFact.Ezh2 or RiskFact.Runx1 or RiskFact.Sf3b1 or RiskFact.Srsf2 or
            RiskFact.Stag2 or RiskFact.U2af1 or RiskFact.Zrsr2 =>
            ("mr-genes-diagnosis", "myelodysplasia-related gene mutations at diagnosis (ASXL1, BCOR, EZH2, RUNX1, SF3B1, SRSF2, STAG2, U2AF1, ZRSR2; myeloid NGS panel)"),
        RiskFact.Nras or RiskFact.Kras or RiskFact.Idh1 or RiskFact.Idh2 or RiskFact.Ddx41 =>
            (fact.ToString().ToLowerInvariant() + "-diagnosis", fact.ToString().ToUpperInvariant() + " mutation status at diagnosis"),
        RiskFact.PriorHma => ("therapy-history", "prior therapy with a hypomethylating agent (azacitidine, decitabine), including for an antecedent MDS"),
        RiskFact.Kmt2aOther => ("kmt2a-partner-diagnosis", "KMT2A rearrangement and its partner (karyotype, FISH or fusion panel) at diagnosis"),
        _ => ("karyotype-diagnosis", "conventional karyotype at diagnosis (with FISH/RT-PCR for recurrent fusions)"),
    };
}
