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

/// <summary>
/// One criterion checked against the case (CONTRACT §6). For an exclusion criterion <c>met</c> means the patient is
/// clear of it and <c>not-met</c> means the exclusion applies. <see cref="Fact"/> is the case fact used, or what is
/// missing.
/// </summary>
/// <remarks>A value type: matching 10,000 trials yields ~300,000 of these, one array per trial.</remarks>
public readonly record struct CriterionMatch(CriterionKind Kind, string Text, int Start, int Length, CriterionStatus Status, string Fact)
{
    /// <summary>What was recognised (age, genetics, organ-function…), or <c>unrecognised</c>.</summary>
    public string Category { get; init; } = "unrecognised";

    /// <summary>Nesting depth in the list (0 = top level).</summary>
    public int Depth { get; init; }

    /// <summary>True when the criterion was not recognised: a person must read it ("to check manually").</summary>
    public bool CheckManually { get; init; }

    /// <summary>True when this criterion's unknown keeps the fit from "likely" (a recognised fact is missing).</summary>
    public bool NeedsInformation { get; init; }
}

/// <summary>One trial site with its distance from the patient when known.</summary>
public sealed record SiteDistance(string Name, string? City, string? Country, double? DistanceKm)
{
    public string? Status { get; init; }
}

/// <summary>One trial matched against the case (CONTRACT §6).</summary>
public sealed record TrialMatch
{
    public required string NctId { get; init; }

    public required string Title { get; init; }

    public ImmutableArray<string> Phase { get; init; } = [];

    public required string Status { get; init; }

    public required TrialFit Fit { get; init; }

    /// <summary>Ranking score: fit first, then fewer unknowns, then phase and recency (higher is better).</summary>
    public double Score { get; init; }

    public ImmutableArray<CriterionMatch> Criteria { get; init; } = [];

    public ImmutableArray<SiteDistance> Sites { get; init; } = [];

    /// <summary>Why the fit is what it is, in one line.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Facts to obtain (tests to run, questions to ask) that would settle the unknowns.</summary>
    public ImmutableArray<string> ToSettle { get; init; } = [];

    /// <summary>Number of criteria a person must read because they were not recognised.</summary>
    public int ManualChecks { get; init; }

    public DateOnly? LastUpdate { get; init; }

    /// <summary>Citation key for the matching rules.</summary>
    public string Citation { get; init; } = "trial-ctgov-api-v2";
}

/// <summary>The document of <c>trials match --format json</c> (CONTRACT §6).</summary>
public sealed record TrialMatchResult
{
    public required string CaseId { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>Trials considered (after the recruitment-status filter).</summary>
    public int TrialsConsidered { get; init; }

    /// <summary>Trials left out because they are not recruiting (without <c>--include-closed</c>).</summary>
    public int TrialsClosed { get; init; }

    public ImmutableArray<TrialMatch> Trials { get; init; } = [];

    public string Disclaimer { get; init; } = Assessment.Disclaimer.Text;
}
