using System.Collections.Immutable;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Domain.Classification;

public enum RiskGroup
{
    [JsonStringEnumMemberName("favorable")] Favorable,
    [JsonStringEnumMemberName("intermediate")] Intermediate,
    [JsonStringEnumMemberName("adverse")] Adverse,
}

/// <summary>One scheme's result: group (null = cannot be determined), applicability, provisional flag and trace.</summary>
public sealed record RiskResult
{
    public RiskGroup? Group { get; init; }

    public bool Applicable { get; init; } = true;

    /// <summary>True when untested genes or a missing karyotype could still change the group.</summary>
    public bool Provisional { get; init; }

    public ImmutableArray<Basis> Basis { get; init; } = [];

    public ImmutableArray<string> Notes { get; init; } = [];

    public static RiskResult NotDetermined { get; } = new();
}

/// <summary>CONTRACT §3 <c>risk</c>.</summary>
public sealed record RiskAssessment
{
    public RiskResult Eln2022 { get; init; } = RiskResult.NotDetermined;

    public RiskResult Eln2017 { get; init; } = RiskResult.NotDetermined;

    public RiskResult Eln2024LessIntensive { get; init; } = RiskResult.NotDetermined;
}
