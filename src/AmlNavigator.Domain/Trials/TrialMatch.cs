using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Trials;

public enum TrialFit
{
    [JsonStringEnumMemberName("likely")] Likely,
    [JsonStringEnumMemberName("possible")] Possible,
    [JsonStringEnumMemberName("unlikely")] Unlikely,
}

public enum CriterionStatus
{
    [JsonStringEnumMemberName("met")] Met,
    [JsonStringEnumMemberName("not-met")] NotMet,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>One criterion checked against the case (CONTRACT §6).</summary>
public sealed record CriterionMatch(CriterionKind Kind, string Text, int Start, int Length, CriterionStatus Status, string Fact);

/// <summary>One trial site with its distance from the patient when known.</summary>
public sealed record SiteDistance(string Name, string? City, string? Country, double? DistanceKm);

/// <summary>One trial matched against the case (CONTRACT §6).</summary>
public sealed record TrialMatch
{
    public required string NctId { get; init; }

    public required string Title { get; init; }

    public ImmutableArray<string> Phase { get; init; } = [];

    public required string Status { get; init; }

    public required TrialFit Fit { get; init; }

    public double Score { get; init; }

    public ImmutableArray<CriterionMatch> Criteria { get; init; } = [];

    public ImmutableArray<SiteDistance> Sites { get; init; } = [];
}
