using System.Collections.Immutable;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>One factor of a score: what was read, and the points it gave.</summary>
/// <param name="Factor">The factor's name as in the source paper (e.g. <c>relapse-free interval after CR1</c>).</param>
/// <param name="Value">The case fact used, or why it is unknown.</param>
/// <param name="Points">Points given; null when the factor is unknown (its possible points are then in
/// <paramref name="Value"/>) or carries a relative risk rather than points.</param>
public sealed record ScoreComponent(string Factor, string Value, double? Points);

/// <summary>A group of the score as published for its derivation cohort (never a prediction for this patient).</summary>
/// <param name="Group">Group id (lower-kebab-case).</param>
/// <param name="Range">Score range or stratum definition, as published.</param>
/// <param name="Outcome">Published outcome of the derivation cohort (e.g. "1-year OS 70%, 5-year OS 46%").</param>
public sealed record PublishedGroup(string Group, string Range, string Outcome);

/// <summary>Where a score comes from and where it holds.</summary>
/// <param name="Citation">Citation key in <c>kb/citations/relapse.json</c>.</param>
/// <param name="Cohort">Derivation cohort (size, population, treatment).</param>
/// <param name="Era">Years the cohort was treated or published.</param>
/// <param name="Limits">Limits of validity that the clinician must keep in mind.</param>
public sealed record ScoreSource(string Citation, string Cohort, string Era, string Limits);

/// <summary>
/// A prognostic score or stratification at relapse, with its components, applicability and the published figures of
/// its derivation cohort. <see cref="Score"/> is null when the score is not applicable or an input is unknown; then
/// <see cref="ScoreMin"/>/<see cref="ScoreMax"/> give the range the known inputs allow (when they allow one).
/// </summary>
public sealed record RelapseScore
{
    /// <summary>Stable id: <c>epi</c>, <c>goelams</c>, <c>post-transplant-relapse</c>, <c>second-transplant</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>False when the case lies outside the validation population (see <see cref="Reason"/>).</summary>
    public bool Applicable { get; init; }

    /// <summary>Why the score is not applicable or not computable; null when it is computed.</summary>
    public string? Reason { get; init; }

    public double? Score { get; init; }

    public double? ScoreMin { get; init; }

    public double? ScoreMax { get; init; }

    /// <summary>Group id, or null when it cannot be determined.</summary>
    public string? Group { get; init; }

    /// <summary>The published outcome of <see cref="Group"/> in the derivation cohort.</summary>
    public string? GroupOutcome { get; init; }

    public ImmutableArray<ScoreComponent> Components { get; init; } = [];

    public ImmutableArray<PublishedGroup> PublishedGroups { get; init; } = [];

    /// <summary>Boundary values, decisions made where the source is ambiguous, things to verify.</summary>
    public ImmutableArray<string> Cautions { get; init; } = [];

    public required ScoreSource Source { get; init; }
}

/// <summary>CONTRACT §3 <c>prognosis</c>: every relapse score with its limits.</summary>
public sealed record PrognosisAssessment
{
    /// <summary>European Prognostic Index (Breems 2005); CONTRACT <c>prognosis.epi</c>.</summary>
    public RelapseScore Epi { get; init; } = EuropeanPrognosticIndex.NotComputed;

    /// <summary>GOELAMS simplified score for relapsed/refractory AML (Chevallier 2011).</summary>
    public RelapseScore Goelams { get; init; } = GoelamsScore.NotComputed;

    /// <summary>Time-from-transplant strata after allogeneic HCT (Bejanyan 2015, CIBMTR).</summary>
    public RelapseScore PostTransplantRelapse { get; init; } = PostTransplantStrata.NotComputed;

    /// <summary>Second allogeneic transplant score (Clin Lymphoma Myeloma Leuk 2018, PMID 29519618).</summary>
    public RelapseScore SecondTransplant { get; init; } = SecondTransplantScore.NotComputed;
}
