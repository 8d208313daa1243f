using System.Collections.Immutable;

using AmlNavigator.Domain.Classification;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Options;
using AmlNavigator.Domain.Prognosis;
using AmlNavigator.Domain.Trials;

namespace AmlNavigator.Domain.Assessment;

/// <summary>
/// The assessment of one case (CONTRACT §3). Property order is the JSON order and is part of the contract's stability.
/// Fields not computed are present and null/empty, never invented.
/// </summary>
public sealed record CaseAssessment
{
    public required string CaseId { get; init; }

    public required DateOnly AsOf { get; init; }

    public required string EngineVersion { get; init; }

    public required KnowledgeBaseStamp KnowledgeBase { get; init; }

    /// <summary>Decision support, not decision making.</summary>
    public string Disclaimer { get; init; } = Assessment.Disclaimer.Text;

    public required DiseaseStatusAssessment DiseaseStatus { get; init; }

    public required RiskAssessment Risk { get; init; }

    public required PrognosisAssessment Prognosis { get; init; }

    public required FitnessAssessment Fitness { get; init; }

    public required GeneticsAssessment Genetics { get; init; }

    public ImmutableArray<TreatmentOptionResult> Options { get; init; } = [];

    public ImmutableArray<InteractionResult> Interactions { get; init; } = [];

    public ImmutableArray<MissingInformation> MissingInformation { get; init; } = [];

    public ImmutableArray<SupportiveCareItem> SupportiveCare { get; init; } = [];

    public ImmutableArray<TrialMatch> Trials { get; init; } = [];

    /// <summary>Input warnings (alias mappings, repaired karyotypes...) with where they came from.</summary>
    public ImmutableArray<AssessmentWarning> Warnings { get; init; } = [];
}

/// <summary>Which knowledge base produced the assessment.</summary>
public sealed record KnowledgeBaseStamp(string Version, string ContentHash);

/// <summary>One step of a computed value's basis: the rule, the input facts used and a citation key.</summary>
public sealed record Basis(string Rule, string Finding, string Citation);

/// <summary>Something the assessment needed but did not have (CONTRACT §3 codes).</summary>
/// <param name="Code">Stable code, e.g. <c>flt3-relapse</c>.</param>
/// <param name="Item">What to obtain (a test, a date...).</param>
/// <param name="Why">Why it matters now.</param>
/// <param name="Affects">Which outputs it would change (e.g. <c>risk.eln2022</c>, <c>options.gilteritinib</c>).</param>
public sealed record MissingInformation(string Code, string Item, string Why, ImmutableArray<string> Affects);

/// <summary>A warning raised while reading or assessing the case, located by JSON path.</summary>
public sealed record AssessmentWarning(string Path, string Code, string Message);

/// <summary>The product's standing statement.</summary>
public static class Disclaimer
{
    public const string Text =
        "AML Navigator is clinical decision support, not decision making and not a medical device. Every statement " +
        "names its source; the treating team verifies it and decides with the patient.";
}
