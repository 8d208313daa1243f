using System.Collections.Immutable;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.Options;

// The therapy section of the knowledge base (kb/therapy.json) as immutable domain types. The loader in
// AmlNavigator.Knowledge reads and validates the file; the OptionsEvaluator reasons over it. Schema: docs/knowledge/schema.md.

/// <summary>How an option is given; drives the fitness rules.</summary>
public enum OptionIntensity
{
    [JsonStringEnumMemberName("intensive")] Intensive,
    [JsonStringEnumMemberName("non-intensive")] NonIntensive,
    [JsonStringEnumMemberName("targeted")] Targeted,
    [JsonStringEnumMemberName("transplant")] Transplant,
    [JsonStringEnumMemberName("cellular")] Cellular,
    [JsonStringEnumMemberName("trial")] Trial,
    [JsonStringEnumMemberName("supportive")] Supportive,
}

/// <summary>Regulatory status of an option for relapsed/refractory AML in one jurisdiction.</summary>
public enum ApprovalStatus
{
    /// <summary>The label covers R/R AML (with the stated biomarker and age limits).</summary>
    [JsonStringEnumMemberName("approved")] Approved,

    /// <summary>The drug is marketed, but R/R AML is not in its label: use is off-label and shown as such.</summary>
    [JsonStringEnumMemberName("off-label")] OffLabel,

    /// <summary>No marketing authorisation for this drug in the jurisdiction (as of the sources read).</summary>
    [JsonStringEnumMemberName("not-authorised")] NotAuthorised,

    /// <summary>Application withdrawn or refused.</summary>
    [JsonStringEnumMemberName("withdrawn-or-refused")] WithdrawnOrRefused,

    /// <summary>A procedure, trial or care model: no drug approval applies.</summary>
    [JsonStringEnumMemberName("not-applicable")] NotApplicable,
}

/// <summary>A biomarker an option needs at relapse. Unknown status gives needs-information, never not-suitable.</summary>
public enum BiomarkerRequirement
{
    [JsonStringEnumMemberName("flt3")] Flt3,
    [JsonStringEnumMemberName("flt3-itd")] Flt3Itd,
    [JsonStringEnumMemberName("idh1")] Idh1,
    [JsonStringEnumMemberName("idh2")] Idh2,
    [JsonStringEnumMemberName("npm1")] Npm1,
    [JsonStringEnumMemberName("kmt2a-r")] Kmt2aRearranged,
    [JsonStringEnumMemberName("cd33")] Cd33,
}

/// <summary>Approval of an option in one jurisdiction (indication wording, date, biomarker, companion test, age).</summary>
public sealed record ApprovalEntry(Jurisdiction Jurisdiction, ApprovalStatus Status, string Indication, string Citation)
{
    public string? Date { get; init; }

    public string? Biomarker { get; init; }

    public string? CompanionTest { get; init; }

    public string? AgeLimit { get; init; }
}

/// <summary>A pivotal study or cohort result behind an option.</summary>
public sealed record EvidenceEntry(string Study, string Text, string Citation);

/// <summary>A standing caution (boxed warning, key toxicity, monitoring) with its source.</summary>
public sealed record CautionEntry(string Id, string Text, string Citation);

/// <summary>A drug with its class, targets, dosing, warnings and interaction properties.</summary>
public sealed record DrugEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Brand { get; init; }

    public required string DrugClass { get; init; }

    public ImmutableArray<string> Targets { get; init; } = [];

    /// <summary>Standard dose in R/R AML as the label or regimen paper states it.</summary>
    public required string StandardDose { get; init; }

    public ImmutableArray<CautionEntry> Warnings { get; init; } = [];

    public ImmutableArray<string> Monitoring { get; init; } = [];

    /// <summary>True for anthracyclines and anthracenediones (LVEF rule).</summary>
    public bool Cardiotoxic { get; init; }

    /// <summary>True when the label warns of QTc prolongation (QT-combination rule).</summary>
    public bool QtProlonging { get; init; }

    public ImmutableArray<string> Citations { get; init; } = [];
}

/// <summary>A treatment option (CONTRACT option id), the drugs it uses and what it needs.</summary>
public sealed record TherapyOption
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Category shown in <c>options[].category</c> (e.g. targeted, intensive-chemotherapy).</summary>
    public required string Category { get; init; }

    public required OptionIntensity Intensity { get; init; }

    public ImmutableArray<string> Drugs { get; init; } = [];

    /// <summary>Any one of these biomarkers makes the patient eligible (empty = no biomarker needed).</summary>
    public ImmutableArray<BiomarkerRequirement> RequiresAnyOf { get; init; } = [];

    /// <summary>Minimum age in years per label, if any.</summary>
    public int? MinimumAge { get; init; }

    public ImmutableArray<ApprovalEntry> Approvals { get; init; } = [];

    public ImmutableArray<EvidenceEntry> Evidence { get; init; } = [];

    public ImmutableArray<CautionEntry> Cautions { get; init; } = [];

    public ImmutableArray<string> Citations { get; init; } = [];
}

/// <summary>A named class of drugs (e.g. strong CYP3A inhibitors) from one authoritative list.</summary>
public sealed record DrugClass(string Id, string Name, ImmutableArray<string> Members, string Citation);

/// <summary>Severity of an interaction.</summary>
public enum InteractionSeverity
{
    [JsonStringEnumMemberName("major")] Major,
    [JsonStringEnumMemberName("moderate")] Moderate,
    [JsonStringEnumMemberName("minor")] Minor,
}

/// <summary>An option drug against a co-medication (named drug or class), with the concrete action.</summary>
public sealed record InteractionRule
{
    public required string Id { get; init; }

    /// <summary>The option drug id (kb drugs).</summary>
    public required string Drug { get; init; }

    /// <summary>A co-medication by generic name; exactly one of <see cref="WithDrug"/> and <see cref="WithClass"/>.</summary>
    public string? WithDrug { get; init; }

    /// <summary>A drug-class id (kb drugClasses).</summary>
    public string? WithClass { get; init; }

    public required InteractionSeverity Severity { get; init; }

    public required string Action { get; init; }

    /// <summary>The dose change, when the rule implies one (shown in <c>options[].doseAdjustments</c>).</summary>
    public string? DoseAdjustment { get; init; }

    public required string Citation { get; init; }

    /// <summary>Rules that a more specific rule replaces for the same pair (e.g. posaconazole over strong class).</summary>
    public ImmutableArray<string> Overrides { get; init; } = [];
}

/// <summary>When a supportive-care item applies.</summary>
public enum SupportiveTrigger
{
    /// <summary>Every relapsed/refractory episode.</summary>
    [JsonStringEnumMemberName("always")] Always,

    /// <summary>When an option that is not "not-suitable" uses one of the listed drugs.</summary>
    [JsonStringEnumMemberName("option-drugs")] OptionDrugs,

    /// <summary>After an allogeneic transplant.</summary>
    [JsonStringEnumMemberName("after-allogeneic-transplant")] AfterAllogeneicTransplant,

    /// <summary>Patient younger than 50 years (fertility discussion where relevant).</summary>
    [JsonStringEnumMemberName("reproductive-age")] ReproductiveAge,
}

/// <summary>A supportive-care item and when to show it.</summary>
public sealed record SupportiveCareEntry(string Id, string Text, string Citation, SupportiveTrigger Trigger)
{
    public ImmutableArray<string> Drugs { get; init; } = [];
}

/// <summary>The whole therapy section.</summary>
public sealed record TherapyKnowledge
{
    public ImmutableArray<DrugEntry> Drugs { get; init; } = [];

    public ImmutableArray<TherapyOption> Options { get; init; } = [];

    public ImmutableArray<DrugClass> DrugClasses { get; init; } = [];

    public ImmutableArray<InteractionRule> InteractionRules { get; init; } = [];

    public ImmutableArray<SupportiveCareEntry> SupportiveCare { get; init; } = [];

    public static TherapyKnowledge Empty { get; } = new();

    public DrugEntry? Drug(string id) => Drugs.FirstOrDefault(d => d.Id == id);

    public DrugClass? Class(string id) => DrugClasses.FirstOrDefault(c => c.Id == id);
}
