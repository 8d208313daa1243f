using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>One factor of a score: what was read and the points it gave.</summary>
public sealed record ScoreComponent(string Factor, string Value, int? Points);

public enum EpiGroup
{
    [JsonStringEnumMemberName("favorable")] Favorable,
    [JsonStringEnumMemberName("intermediate")] Intermediate,
    [JsonStringEnumMemberName("poor")] Poor,
}

/// <summary>European Prognostic Index (Breems et al., J Clin Oncol 2005;23:1969).</summary>
public sealed record EpiResult
{
    public int? Score { get; init; }

    public EpiGroup? Group { get; init; }

    public bool Applicable { get; init; }

    public string? Reason { get; init; }

    public ImmutableArray<ScoreComponent> Components { get; init; } = [];

    public static EpiResult NotComputed { get; } = new() { Applicable = false, Reason = "not computed" };
}

/// <summary>CONTRACT §3 <c>prognosis</c>.</summary>
public sealed record PrognosisAssessment
{
    public EpiResult Epi { get; init; } = EpiResult.NotComputed;
}
