using System.Collections.Immutable;

namespace AmlNavigator.Domain.Trials;

/// <summary>
/// A clinical trial record as the domain sees it (mapped from ClinicalTrials.gov API v2 by the adapter). Only the
/// fields that matter for matching and for showing a trial to people are kept; absent fields are null or empty.
/// </summary>
public sealed record Trial
{
    public required string NctId { get; init; }

    public required string Title { get; init; }

    /// <summary>ClinicalTrials.gov overall status as in API v2 (e.g. <c>RECRUITING</c>, <c>COMPLETED</c>).</summary>
    public string OverallStatus { get; init; } = "UNKNOWN";

    /// <summary>API v2 phases (<c>PHASE1</c>, <c>PHASE2</c>, <c>EARLY_PHASE1</c>, <c>NA</c>).</summary>
    public ImmutableArray<string> Phases { get; init; } = [];

    public ImmutableArray<string> Conditions { get; init; } = [];

    /// <summary>Intervention names (drugs, procedures) as registered.</summary>
    public ImmutableArray<string> Interventions { get; init; } = [];

    /// <summary>The eligibility criteria text, verbatim.</summary>
    public string? EligibilityCriteria { get; init; }

    /// <summary>Registered minimum age in years (null when not registered).</summary>
    public double? MinimumAgeYears { get; init; }

    /// <summary>Registered maximum age in years (null when not registered).</summary>
    public double? MaximumAgeYears { get; init; }

    /// <summary>Registered sex: ALL, FEMALE or MALE (null when not registered).</summary>
    public string? Sex { get; init; }

    public ImmutableArray<TrialSite> Sites { get; init; } = [];

    public ImmutableArray<TrialContact> Contacts { get; init; } = [];

    /// <summary>Last update posted to the registry.</summary>
    public DateOnly? LastUpdate { get; init; }

    /// <summary>Study start date (a partial date "2024-05" reads as its first day).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>
    /// The criteria compiled at index time (<see cref="CriterionRecognizer.Compile"/>); null means "compile on use".
    /// Not part of any serialized form.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CompiledEligibility? Eligibility { get; init; }

    /// <summary>Returns this trial with its eligibility compiled (idempotent).</summary>
    public Trial Compiled() => Eligibility is null ? this with { Eligibility = CriterionRecognizer.Compile(EligibilityCriteria) } : this;

    /// <summary>True when the overall status admits new patients (recruiting, not yet recruiting, by invitation).</summary>
    public bool IsOpen => TrialStatuses.IsOpen(OverallStatus);
}

/// <summary>A trial site (API v2 <c>contactsLocationsModule.locations[]</c>).</summary>
public sealed record TrialSite(
    string Name,
    string? City,
    string? State,
    string? Country,
    string? PostalCode,
    string? Status,
    double? Latitude,
    double? Longitude);

/// <summary>A central contact (API v2 <c>contactsLocationsModule.centralContacts[]</c>).</summary>
public sealed record TrialContact(string Name, string? Phone, string? Email);

/// <summary>Overall-status vocabulary of ClinicalTrials.gov API v2.</summary>
public static class TrialStatuses
{
    /// <summary>CONTRACT §6: only these are shown unless <c>--include-closed</c>.</summary>
    public static bool IsOpen(string overallStatus) => Normalize(overallStatus) is
        "RECRUITING" or "NOT_YET_RECRUITING" or "ENROLLING_BY_INVITATION";

    /// <summary>The status as a lower-kebab-case CONTRACT value ("recruiting", "not-yet-recruiting").</summary>
    public static string Display(string overallStatus) => overallStatus switch
    {
        "RECRUITING" => "recruiting",
        "NOT_YET_RECRUITING" => "not-yet-recruiting",
        "ENROLLING_BY_INVITATION" => "enrolling-by-invitation",
        "ACTIVE_NOT_RECRUITING" => "active-not-recruiting",
        "COMPLETED" => "completed",
        "TERMINATED" => "terminated",
        "WITHDRAWN" => "withdrawn",
        "SUSPENDED" => "suspended",
        "UNKNOWN" => "unknown",
        _ => Normalize(overallStatus).ToLowerInvariant().Replace('_', '-'),
    };

    /// <summary>Upper-case with underscores: "not yet recruiting" and "Not_Yet_Recruiting" both read NOT_YET_RECRUITING.</summary>
    public static string Normalize(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Trim().Replace(' ', '_').Replace(',', '_').Replace("__", "_", StringComparison.Ordinal).ToUpperInvariant();
    }
}
