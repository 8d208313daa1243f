using System.Collections.Immutable;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Evolution;

public enum ChangeKind
{
    [JsonStringEnumMemberName("gained")] Gained,
    [JsonStringEnumMemberName("lost")] Lost,
    [JsonStringEnumMemberName("persistent")] Persistent,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>One diagnosis → relapse change (CONTRACT §3 <c>genetics.changes[]</c>).</summary>
public sealed record GeneticChange(ChangeKind Change, string Finding)
{
    /// <summary>The lesion compared (gene, FLT3-ITD / FLT3-TKD, fusion or karyotype feature).</summary>
    public string? Lesion { get; init; }

    /// <summary>Variant allele fraction at diagnosis and at relapse, where reported.</summary>
    public double? VafDiagnosis { get; init; }

    public double? VafRelapse { get; init; }

    /// <summary>Why the change matters (new target, adverse, resistance), or null.</summary>
    public string? Significance { get; init; }
}

/// <summary>A drug target present at relapse (CONTRACT §3 <c>genetics.actionable[]</c>).</summary>
public sealed record ActionableFinding(string Finding, string Target, ImmutableArray<string> Therapies);

/// <summary>Known resistance after prior therapy (CONTRACT §3 <c>genetics.resistance[]</c>).</summary>
public sealed record ResistanceFinding(string Finding, string PriorTherapy, string Effect, string Citation)
{
    /// <summary>The knowledge-base pattern id (kb/resistance.json).</summary>
    public string? PatternId { get; init; }
}

/// <summary>CONTRACT §3 <c>genetics</c>.</summary>
public sealed record GeneticsAssessment
{
    public KaryotypeResult? DiagnosisKaryotype { get; init; }

    public KaryotypeResult? RelapseKaryotype { get; init; }

    public ImmutableArray<GeneticChange> Changes { get; init; } = [];

    public ImmutableArray<ActionableFinding> Actionable { get; init; } = [];

    public ImmutableArray<ResistanceFinding> Resistance { get; init; } = [];
}
