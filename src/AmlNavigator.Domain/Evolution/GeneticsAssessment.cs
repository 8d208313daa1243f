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
public sealed record GeneticChange(ChangeKind Change, string Finding);

/// <summary>A drug target present at relapse (CONTRACT §3 <c>genetics.actionable[]</c>).</summary>
public sealed record ActionableFinding(string Finding, string Target, ImmutableArray<string> Therapies);

/// <summary>Known resistance after prior therapy (CONTRACT §3 <c>genetics.resistance[]</c>).</summary>
public sealed record ResistanceFinding(string Finding, string PriorTherapy, string Effect, string Citation);

/// <summary>CONTRACT §3 <c>genetics</c>.</summary>
public sealed record GeneticsAssessment
{
    public KaryotypeResult? DiagnosisKaryotype { get; init; }

    public KaryotypeResult? RelapseKaryotype { get; init; }

    public ImmutableArray<GeneticChange> Changes { get; init; } = [];

    public ImmutableArray<ActionableFinding> Actionable { get; init; } = [];

    public ImmutableArray<ResistanceFinding> Resistance { get; init; } = [];
}
