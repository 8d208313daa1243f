using System.Collections.Immutable;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Prognosis;

namespace AmlNavigator.Domain.Fitness;

public enum FitnessCriterionStatus
{
    [JsonStringEnumMemberName("met")] Met,
    [JsonStringEnumMemberName("not-met")] NotMet,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>One Ferrara criterion: whether the case meets it, and the fact used (or what is missing).</summary>
/// <param name="Id">Stable id (e.g. <c>ferrara-cardiac</c>).</param>
/// <param name="Criterion">The criterion as worded in Ferrara 2013.</param>
/// <param name="AppliesTo"><c>intensive</c>, <c>non-intensive</c> or <c>both</c>.</param>
public sealed record FitnessCriterion(string Id, string Criterion, string AppliesTo, FitnessCriterionStatus Status, string Finding, string Citation);

/// <summary>HCT-CI (Sorror 2005): as given by the team, or computed from the recorded comorbidities and labs.</summary>
public sealed record HctCiResult
{
    public int? Score { get; init; }

    /// <summary><c>given</c>, <c>computed</c> (a minimum: unrecorded comorbidities are unknown), or null.</summary>
    public string? Source { get; init; }

    /// <summary>low (0), intermediate (1–2), high (≥3), or null.</summary>
    public string? Group { get; init; }

    public ImmutableArray<ScoreComponent> Items { get; init; } = [];

    public string Citation { get; init; } = RelapseCitations.Sorror2005;
}

/// <summary>CONTRACT §3 <c>fitness</c> (Ferrara 2013, HCT-CI). Unknown inputs give "cannot assess", never "fit".</summary>
public sealed record FitnessAssessment
{
    /// <summary>True unfit for intensive chemotherapy; false fit; null cannot assess.</summary>
    public bool? UnfitForIntensive { get; init; }

    /// <summary>True unfit for non-intensive therapy; false fit; null cannot assess.</summary>
    public bool? UnfitForNonIntensive { get; init; }

    /// <summary>Age at the assessment date (<c>asOf</c>), exact or to within one year.</summary>
    public AgeRange? Age { get; init; }

    public int? Ecog { get; init; }

    public ImmutableArray<FitnessCriterion> Criteria { get; init; } = [];

    public HctCiResult HctCi { get; init; } = new();
}
