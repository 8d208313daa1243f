using System.Collections.Immutable;

namespace AmlNavigator.Domain.Knowledge;

/// <summary>When a resistance pattern applies to the relapse genetics.</summary>
public enum ResistanceTrigger
{
    /// <summary>The lesion is present at relapse.</summary>
    Present,

    /// <summary>The lesion is present at relapse and was tested negative at diagnosis.</summary>
    Gained,

    /// <summary>The lesion was present at diagnosis and was tested negative at relapse.</summary>
    Lost,
}

/// <summary>
/// A known resistance pattern after a prior drug (kb/resistance.json): which prior agents, which lesion, what it means,
/// and its source. Residue lists are encoded only where verified (clinical-facts §6, §13.9).
/// </summary>
public sealed record ResistancePattern
{
    public required string Id { get; init; }

    /// <summary>Generic names, lower case; any one in the therapy history makes the pattern eligible.</summary>
    public required ImmutableArray<string> PriorAgents { get; init; }

    public required ResistanceTrigger Trigger { get; init; }

    /// <summary>Genes whose variants match (any one); empty when the pattern is about a fusion.</summary>
    public ImmutableArray<string> Genes { get; init; } = [];

    /// <summary>Variant types that match (ITD, TKD...); empty = any type.</summary>
    public ImmutableArray<string> VariantTypes { get; init; } = [];

    /// <summary>Substrings of the HGVS notation that match (e.g. <c>F691L</c>, <c>D835</c>); empty = any variant.</summary>
    public ImmutableArray<string> Notations { get; init; } = [];

    /// <summary>A fusion (<c>GENE1::GENE2</c>) that matches instead of a variant.</summary>
    public string? Fusion { get; init; }

    public required string Finding { get; init; }

    public required string Effect { get; init; }

    public required string Citation { get; init; }

    /// <summary>verified | secondary (clinical-facts status).</summary>
    public required string Status { get; init; }
}

public sealed partial record KnowledgeBase
{
    /// <summary>Resistance patterns after prior therapy (kb/resistance.json).</summary>
    public ImmutableArray<ResistancePattern> Resistance { get; init; } = [];
}
