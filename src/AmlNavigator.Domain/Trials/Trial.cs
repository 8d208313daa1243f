using System.Collections.Immutable;

namespace AmlNavigator.Domain.Trials;

/// <summary>A clinical trial record as the domain sees it (mapped from ClinicalTrials.gov by the adapter).</summary>
public sealed record Trial
{
    public required string NctId { get; init; }

    public required string Title { get; init; }

    public string OverallStatus { get; init; } = "UNKNOWN";

    public ImmutableArray<string> Phases { get; init; } = [];

    public string? EligibilityCriteria { get; init; }
}
