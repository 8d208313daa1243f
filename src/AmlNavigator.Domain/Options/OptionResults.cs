using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Options;

/// <summary>CONTRACT §3 <c>options[].suitability</c>.</summary>
public enum Suitability
{
    [JsonStringEnumMemberName("recommended")] Recommended,
    [JsonStringEnumMemberName("consider")] Consider,
    [JsonStringEnumMemberName("not-suitable")] NotSuitable,
    [JsonStringEnumMemberName("needs-information")] NeedsInformation,
}

/// <summary>A reason for a suitability, with the rule and citation behind it.</summary>
public sealed record OptionReason(string Rule, string Text, string Citation);

/// <summary>A caution for this patient (boxed warning, monitoring, prior exposure, interaction), with its source.</summary>
public sealed record OptionCaution(string Rule, string Text, string Citation);

/// <summary>A dose change the case's medicines call for (CONTRACT §3 <c>options[].doseAdjustments</c>).</summary>
/// <param name="Drug">The option drug whose dose changes.</param>
/// <param name="Because">The co-medication that triggers it.</param>
public sealed record DoseAdjustment(string Drug, string Because, string Text, string Rule, string Citation);

/// <summary>A study result behind the option.</summary>
public sealed record OptionEvidence(string Study, string Text, string Citation);

/// <summary>Regulatory status of the option for R/R AML in one jurisdiction (off-label is shown, never hidden).</summary>
public sealed record OptionApproval(string Jurisdiction, ApprovalStatus Status, string Indication, string Citation)
{
    public string? Date { get; init; }

    public string? Biomarker { get; init; }

    public string? CompanionTest { get; init; }

    public string? AgeLimit { get; init; }
}

/// <summary>One treatment option for this patient (CONTRACT §3 <c>options[]</c>). Options are listed by suitability,
/// then by the patient's stated priorities, then in knowledge-base order; none is ever hidden.</summary>
public sealed record TreatmentOptionResult
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required Suitability Suitability { get; init; }

    public ImmutableArray<OptionReason> Reasons { get; init; } = [];

    public ImmutableArray<OptionCaution> Cautions { get; init; } = [];

    public ImmutableArray<DoseAdjustment> DoseAdjustments { get; init; } = [];

    public ImmutableArray<OptionEvidence> Evidence { get; init; } = [];

    /// <summary>Status in the case's jurisdiction (null for procedures and care models).</summary>
    public OptionApproval? Approval { get; init; }

    /// <summary>Status in every jurisdiction the knowledge base covers.</summary>
    public ImmutableArray<OptionApproval> Approvals { get; init; } = [];

    /// <summary>The drugs of the option (knowledge-base drug ids).</summary>
    public ImmutableArray<string> Drugs { get; init; } = [];
}

/// <summary>A drug interaction between the case's medicines and an option's drug (CONTRACT §3 <c>interactions[]</c>).</summary>
/// <param name="Drugs">[option drug, co-medication].</param>
/// <param name="Options">The option ids that use the option drug.</param>
public sealed record InteractionResult(
    ImmutableArray<string> Drugs, string Severity, string Action, string Citation, string Rule, ImmutableArray<string> Options);

/// <summary>A supportive-care item (CONTRACT §3 <c>supportiveCare[]</c>).</summary>
public sealed record SupportiveCareItem(string Id, string Text, string Citation);

/// <summary>Everything the options step produces.</summary>
public sealed record OptionsOutcome(
    ImmutableArray<TreatmentOptionResult> Options,
    ImmutableArray<InteractionResult> Interactions,
    ImmutableArray<SupportiveCareItem> SupportiveCare,
    ImmutableArray<Evolution.ActionableFinding> Actionable)
{
    public static OptionsOutcome Empty { get; } = new([], [], [], []);
}
