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

/// <summary>One treatment option for this patient (CONTRACT §3 <c>options[]</c>).</summary>
public sealed record TreatmentOptionResult
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required Suitability Suitability { get; init; }

    public ImmutableArray<OptionReason> Reasons { get; init; } = [];

    public ImmutableArray<string> Cautions { get; init; } = [];

    public ImmutableArray<string> DoseAdjustments { get; init; } = [];

    public ImmutableArray<string> Evidence { get; init; } = [];
}

/// <summary>A drug interaction found between the case's medicines and an option's drugs.</summary>
public sealed record InteractionResult(ImmutableArray<string> Drugs, string Severity, string Action, string Citation);

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
