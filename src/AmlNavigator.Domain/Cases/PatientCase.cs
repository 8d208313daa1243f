using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Cases;

// The case file of CONTRACT §2 as immutable domain types. Every optional member is nullable: absent means unknown,
// never normal or negative. Collections are never null (an absent list reads as empty).

/// <summary>One patient's case (CONTRACT §2).</summary>
public sealed record PatientCase
{
    /// <summary>Case identifier (required).</summary>
    public required string Id { get; init; }

    public CaseContext? Context { get; init; }

    public PatientInfo? Patient { get; init; }

    public DiagnosisEpisode? Diagnosis { get; init; }

    public ImmutableArray<TherapyLine> Therapies { get; init; } = [];

    public ImmutableArray<Transplant> Transplants { get; init; } = [];

    public DonorSearch? DonorSearch { get; init; }

    public RelapseEpisode? Relapse { get; init; }

    public Labs? Labs { get; init; }

    public ImmutableArray<Medication> Medications { get; init; } = [];

    public Preferences? Preferences { get; init; }

    public CaseLocation? Location { get; init; }

    /// <summary>
    /// Warnings raised by <see cref="CaseJsonReader"/> (alias genes mapped, unknown symbols...). Not part of the case
    /// file; they travel with the case so every host's assessment shows them in <c>warnings</c>.
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<InputError> InputWarnings { get; init; } = [];

    /// <summary>The jurisdiction whose approvals apply (US when absent, per CONTRACT §2).</summary>
    [JsonIgnore]
    public Jurisdiction EffectiveJurisdiction => Context?.Jurisdiction ?? Jurisdiction.US;
}

/// <summary>Regulatory jurisdiction.</summary>
public enum Jurisdiction
{
    [JsonStringEnumMemberName("US")] US,
    [JsonStringEnumMemberName("EU")] EU,
}

public sealed record CaseContext
{
    public Jurisdiction? Jurisdiction { get; init; }
}

public enum Sex
{
    [JsonStringEnumMemberName("female")] Female,
    [JsonStringEnumMemberName("male")] Male,
    [JsonStringEnumMemberName("other")] Other,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>Patient facts. Units: years, kg, cm.</summary>
public sealed record PatientInfo
{
    /// <summary>Age in whole years at diagnosis (0–120).</summary>
    public int? AgeAtDiagnosis { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    /// <summary>ECOG performance status 0–4.</summary>
    public int? Ecog { get; init; }

    public double? WeightKg { get; init; }

    public double? HeightCm { get; init; }

    /// <summary>HCT-CI items (Sorror 2005) plus the Ferrara items of CONTRACT §2, lower-kebab-case.</summary>
    public ImmutableArray<string> Comorbidities { get; init; } = [];

    /// <summary>HCT-CI score as given by the team (integer ≥ 0).</summary>
    public int? HctCi { get; init; }
}

public enum AmlType
{
    [JsonStringEnumMemberName("de-novo")] DeNovo,
    [JsonStringEnumMemberName("secondary")] Secondary,
    [JsonStringEnumMemberName("therapy-related")] TherapyRelated,
}

public sealed record DiagnosisEpisode
{
    public DateOnly? Date { get; init; }

    public AmlType? AmlType { get; init; }

    public GeneticsFindings? Genetics { get; init; }
}

public enum VariantType
{
    [JsonStringEnumMemberName("snv")] Snv,
    [JsonStringEnumMemberName("indel")] Indel,
    [JsonStringEnumMemberName("ITD")] Itd,
    [JsonStringEnumMemberName("TKD")] Tkd,
    [JsonStringEnumMemberName("PTD")] Ptd,
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>One reported variant.</summary>
public sealed record GeneVariant
{
    /// <summary>HGNC symbol (aliases such as MLL are mapped to KMT2A by the reader, with a warning).</summary>
    public required string Gene { get; init; }

    public VariantType? Type { get; init; }

    /// <summary>HGVS <c>p.</c> or <c>c.</c> notation as written by the lab.</summary>
    public string? Notation { get; init; }

    /// <summary>Variant allele fraction, 0–1 (never percent).</summary>
    public double? Vaf { get; init; }

    /// <summary>FLT3-ITD allelic ratio (ITD only).</summary>
    public double? AllelicRatio { get; init; }
}

/// <summary>Genetics at one time point (diagnosis or relapse); same shape at both.</summary>
public sealed record GeneticsFindings
{
    /// <summary>ISCN karyotype string as written by the laboratory.</summary>
    public string? Karyotype { get; init; }

    public ImmutableArray<GeneVariant> Variants { get; init; } = [];

    /// <summary>Fusions as <c>GENE1::GENE2</c>, or <c>GENE::?</c> when the partner is unknown.</summary>
    public ImmutableArray<string> Fusions { get; init; } = [];

    /// <summary>Genes assessed: listed without a variant = wild-type; in neither list = unknown.</summary>
    public ImmutableArray<string> TestedGenes { get; init; } = [];

    public bool? Cd33Positive { get; init; }
}

public enum TherapyIntent
{
    [JsonStringEnumMemberName("induction")] Induction,
    [JsonStringEnumMemberName("re-induction")] ReInduction,
    [JsonStringEnumMemberName("consolidation")] Consolidation,
    [JsonStringEnumMemberName("salvage")] Salvage,
    [JsonStringEnumMemberName("maintenance")] Maintenance,
    [JsonStringEnumMemberName("bridging")] Bridging,
}

public enum TherapyIntensity
{
    [JsonStringEnumMemberName("intensive")] Intensive,
    [JsonStringEnumMemberName("non-intensive")] NonIntensive,
    [JsonStringEnumMemberName("targeted")] Targeted,
}

/// <summary>Best response categories (ELN 2022 response table).</summary>
public enum ResponseCategory
{
    [JsonStringEnumMemberName("CR")] CR,
    [JsonStringEnumMemberName("CRh")] CRh,
    [JsonStringEnumMemberName("CRi")] CRi,
    [JsonStringEnumMemberName("MLFS")] MLFS,
    [JsonStringEnumMemberName("PR")] PR,
    [JsonStringEnumMemberName("NR")] NR,
    [JsonStringEnumMemberName("PD")] PD,
    [JsonStringEnumMemberName("not-evaluable")] NotEvaluable,
}

public sealed record TherapyResponse
{
    public ResponseCategory? Best { get; init; }

    public DateOnly? Date { get; init; }
}

/// <summary>One line of therapy.</summary>
public sealed record TherapyLine
{
    public string? Regimen { get; init; }

    /// <summary>Generic drug names, lower case.</summary>
    public ImmutableArray<string> Agents { get; init; } = [];

    public TherapyIntent? Intent { get; init; }

    public TherapyIntensity? Intensity { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public TherapyResponse? Response { get; init; }
}

public enum TransplantType
{
    [JsonStringEnumMemberName("allogeneic")] Allogeneic,
    [JsonStringEnumMemberName("autologous")] Autologous,
}

public enum DonorType
{
    [JsonStringEnumMemberName("matched-sibling")] MatchedSibling,
    [JsonStringEnumMemberName("matched-unrelated")] MatchedUnrelated,
    [JsonStringEnumMemberName("mismatched-unrelated")] MismatchedUnrelated,
    [JsonStringEnumMemberName("haploidentical")] Haploidentical,
    [JsonStringEnumMemberName("cord")] Cord,
    [JsonStringEnumMemberName("none-found")] NoneFound,
}

public enum Conditioning
{
    [JsonStringEnumMemberName("MAC")] MAC,
    [JsonStringEnumMemberName("RIC")] RIC,
}

public enum GvhdStatus
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("acute")] Acute,
    [JsonStringEnumMemberName("chronic")] Chronic,
    [JsonStringEnumMemberName("active")] Active,
}

public sealed record Transplant
{
    public TransplantType? Type { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Donor of this transplant (none-found is not valid here).</summary>
    public DonorType? Donor { get; init; }

    public Conditioning? Conditioning { get; init; }

    public GvhdStatus? Gvhd { get; init; }
}

public sealed record DonorSearch
{
    public bool? HlaTyped { get; init; }

    /// <summary>The best donor identified so far.</summary>
    public DonorType? Donor { get; init; }
}

public sealed record RelapseEpisode
{
    public DateOnly? Date { get; init; }

    /// <summary>1 = first relapse (the default when absent and a relapse is recorded).</summary>
    public int? Number { get; init; }

    public double? MarrowBlastPercent { get; init; }

    public double? BloodBlastPercent { get; init; }

    public ImmutableArray<string> ExtramedullarySites { get; init; } = [];

    public bool? MolecularOnly { get; init; }

    public GeneticsFindings? Genetics { get; init; }
}

/// <summary>Laboratory values with CONTRACT §2 units.</summary>
public sealed record Labs
{
    public DateOnly? Date { get; init; }

    /// <summary>×10⁹/L.</summary>
    public double? Wbc { get; init; }

    /// <summary>×10⁹/L.</summary>
    public double? Anc { get; init; }

    /// <summary>×10⁹/L.</summary>
    public double? Platelets { get; init; }

    /// <summary>g/dL.</summary>
    public double? Hemoglobin { get; init; }

    /// <summary>mL/min.</summary>
    public double? CreatinineClearance { get; init; }

    /// <summary>× upper limit of normal.</summary>
    public double? BilirubinUln { get; init; }

    /// <summary>× upper limit of normal.</summary>
    public double? AstUln { get; init; }

    /// <summary>× upper limit of normal.</summary>
    public double? AltUln { get; init; }

    /// <summary>Left-ventricular ejection fraction, %.</summary>
    public double? Lvef { get; init; }

    /// <summary>QTc in ms.</summary>
    public double? QtcMs { get; init; }

    /// <summary>DLCO, % predicted.</summary>
    public double? Dlco { get; init; }

    /// <summary>FEV1, % predicted.</summary>
    public double? Fev1 { get; init; }
}

public sealed record Medication
{
    /// <summary>Generic name, lower case.</summary>
    public required string Name { get; init; }

    public string? Dose { get; init; }
}

public enum Priority
{
    [JsonStringEnumMemberName("cure")] Cure,
    [JsonStringEnumMemberName("length-of-life")] LengthOfLife,
    [JsonStringEnumMemberName("quality-of-life")] QualityOfLife,
    [JsonStringEnumMemberName("time-at-home")] TimeAtHome,
    [JsonStringEnumMemberName("avoid-hospital")] AvoidHospital,
}

public sealed record Preferences
{
    public ImmutableArray<Priority> Priorities { get; init; } = [];

    public bool? TransplantWilling { get; init; }

    public double? MaxTravelKm { get; init; }
}

public sealed record CaseLocation
{
    public string? Country { get; init; }

    public string? PostalCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
