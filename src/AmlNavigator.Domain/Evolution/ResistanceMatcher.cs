using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Domain.Evolution;

/// <summary>Matches the relapse genetics against the knowledge base's resistance patterns for the drugs given.</summary>
public static class ResistanceMatcher
{
    public static ImmutableArray<ResistanceFinding> Match(
        PatientCase patientCase, GeneticProfile diagnosis, GeneticProfile relapse, ImmutableArray<ResistancePattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        var given = patientCase.Therapies.SelectMany(t => t.Agents).Select(a => a.Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var findings = new List<ResistanceFinding>();
        foreach (ResistancePattern p in patterns)
        {
            string? agent = p.PriorAgents.FirstOrDefault(given.Contains);
            if (agent is null || !Matches(p, diagnosis, relapse))
            {
                continue;
            }

            findings.Add(new ResistanceFinding(p.Finding, agent, p.Effect, p.Citation) { PatternId = p.Id });
        }

        return [.. findings];
    }

    private static bool Matches(ResistancePattern p, GeneticProfile diagnosis, GeneticProfile relapse)
    {
        if (p.Fusion is { } fusion)
        {
            string[] parts = fusion.Split("::");
            bool atRelapse = parts.Length == 2 && relapse.HasFusion(parts[0], parts[1]);
            return p.Trigger == ResistanceTrigger.Present && atRelapse;
        }

        foreach (string gene in p.Genes)
        {
            bool atRelapse = relapse.VariantsOf(gene).Any(v => VariantMatches(p, v));
            bool atDiagnosis = diagnosis.VariantsOf(gene).Any(v => VariantMatches(p, v));
            bool hit = p.Trigger switch
            {
                ResistanceTrigger.Present => atRelapse,
                ResistanceTrigger.Gained => atRelapse && diagnosis.Status(gene) == GeneStatus.WildType,
                ResistanceTrigger.Lost => atDiagnosis && relapse.Status(gene) == GeneStatus.WildType,
                _ => false,
            };
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool VariantMatches(ResistancePattern p, GeneVariant v)
    {
        if (!p.VariantTypes.IsEmpty)
        {
            string type = v.Type switch { VariantType.Itd => "ITD", VariantType.Tkd => "TKD", VariantType.Ptd => "PTD", VariantType.Snv => "snv", VariantType.Indel => "indel", _ => "other" };
            if (!p.VariantTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return p.Notations.IsEmpty ||
            (v.Notation is { } n && p.Notations.Any(x => n.Contains(x, StringComparison.OrdinalIgnoreCase)));
    }
}
