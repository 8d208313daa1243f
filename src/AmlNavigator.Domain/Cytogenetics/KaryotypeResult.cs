using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>One diagnostic as written in the karyotype result (CONTRACT §5).</summary>
public sealed record KaryotypeDiagnostic(string Code, string Severity, string Message, int Start, int Length);

/// <summary>One clone, with <c>sl</c>/<c>sdl</c>/<c>idem</c> resolved to its full list of abnormalities (canonical ISCN).</summary>
/// <param name="Cells">Number of cells, null when not written.</param>
/// <param name="ChromosomeCount">The count field as written canonically (46, 44~47, &lt;3n&gt;).</param>
/// <param name="Abnormalities">Every abnormality of the clone, inherited ones first.</param>
/// <param name="Sex">Sex chromosomes (XY, X, XXYc), null when not written.</param>
/// <param name="Composite">Composite karyotype ([cp n]).</param>
/// <param name="Donor">Donor cells of a chimera (after //).</param>
public sealed record CloneSummary(int? Cells, string? ChromosomeCount, ImmutableArray<string> Abnormalities, string? Sex = null,
    bool Composite = false, bool Donor = false);

/// <summary>
/// The AML karyotype features of CONTRACT §5, each true / false, or null where the string cannot tell.
/// </summary>
/// <remarks>Definitions and citations: ELN 2022 Table 6 and footnotes (Döhner et al., Blood 2022;140:1345).</remarks>
public sealed record KaryotypeFeatures
{
    [JsonPropertyName("t_8_21")] public bool? T8And21 { get; init; }
    [JsonPropertyName("inv16_t16_16")] public bool? Inv16OrT16And16 { get; init; }
    [JsonPropertyName("t_15_17")] public bool? T15And17 { get; init; }
    [JsonPropertyName("t_9_11")] public bool? T9And11 { get; init; }
    [JsonPropertyName("kmt2a_r")] public bool? Kmt2aRearranged { get; init; }
    [JsonPropertyName("t_6_9")] public bool? T6And9 { get; init; }
    [JsonPropertyName("t_9_22")] public bool? T9And22 { get; init; }
    [JsonPropertyName("t_8_16")] public bool? T8And16 { get; init; }
    [JsonPropertyName("inv3_t3_3")] public bool? Inv3OrT3And3 { get; init; }
    [JsonPropertyName("mecom_r")] public bool? MecomRearranged { get; init; }
    [JsonPropertyName("minus5_del5q")] public bool? Minus5OrDel5q { get; init; }
    [JsonPropertyName("minus7")] public bool? Minus7 { get; init; }
    [JsonPropertyName("del7q")] public bool? Del7q { get; init; }
    [JsonPropertyName("minus17_abn17p")] public bool? Minus17OrAbn17p { get; init; }
    [JsonPropertyName("plus8")] public bool? Plus8 { get; init; }
    [JsonPropertyName("minusY")] public bool? MinusY { get; init; }
    [JsonPropertyName("complex")] public bool? Complex { get; init; }
    [JsonPropertyName("monosomal")] public bool? Monosomal { get; init; }
    [JsonPropertyName("hyperdiploid_trisomies_only")] public bool? HyperdiploidTrisomiesOnly { get; init; }
    [JsonPropertyName("normal")] public bool? Normal { get; init; }

    /// <summary>Every feature unknown.</summary>
    public static KaryotypeFeatures Unknown { get; } = new();
}

/// <summary>The result of reading one ISCN string (CONTRACT §5).</summary>
public sealed record KaryotypeResult
{
    public required string Input { get; init; }

    public bool Valid { get; init; }

    /// <summary>The karyotype rewritten as canonical ISCN (null when nothing could be read).</summary>
    public string? Canonical { get; init; }

    /// <summary>True when laboratory slips were repaired (tolerant mode) or found (strict mode); see the KAR02x/KAR03x
    /// diagnostics.</summary>
    public bool Repaired { get; init; }

    /// <summary>The in situ hybridisation part (<c>.ish</c>, <c>nuc ish</c>) kept as written; not interpreted.</summary>
    public string? Fish { get; init; }

    public ImmutableArray<KaryotypeDiagnostic> Diagnostics { get; init; } = [];

    public ImmutableArray<CloneSummary> Clones { get; init; } = [];

    /// <summary>ELN counting: unrelated abnormalities across clones; null when it cannot be established.</summary>
    public int? AbnormalityCount { get; init; }

    public KaryotypeFeatures Features { get; init; } = KaryotypeFeatures.Unknown;

    /// <summary>For each true feature, the abnormality that establishes it (the basis a clinician can check).</summary>
    public ImmutableArray<FeatureEvidence> Evidence { get; init; } = [];

    /// <summary>Non-clonal remarks and free text set aside while reading.</summary>
    public ImmutableArray<string> Remarks { get; init; } = [];

    /// <summary>The parsed model, for the risk rules and tests (not serialised).</summary>
    [JsonIgnore]
    public Karyotype? Karyotype { get; init; }
}
