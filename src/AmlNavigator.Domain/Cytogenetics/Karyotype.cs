using System.Collections.Immutable;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>What an abnormality is, by its ISCN symbol (ISCN 2020/2024 §9–10).</summary>
public enum AbnormalityKind
{
    /// <summary>Whole-chromosome gain: <c>+8</c>, <c>+X</c>.</summary>
    Gain,

    /// <summary>Whole-chromosome loss: <c>-7</c>, <c>-Y</c>.</summary>
    Loss,

    /// <summary><c>t</c>, including three-way translocations.</summary>
    Translocation,

    /// <summary><c>der</c>, short (<c>der(22)t(9;22)(q34;q11)</c>), whole-arm (<c>der(5;17)(p10;q10)</c>) or detailed.</summary>
    Derivative,

    /// <summary><c>del</c>.</summary>
    Deletion,

    /// <summary><c>dup</c>.</summary>
    Duplication,

    /// <summary><c>trp</c>.</summary>
    Triplication,

    /// <summary><c>qdp</c>.</summary>
    Quadruplication,

    /// <summary><c>inv</c>.</summary>
    Inversion,

    /// <summary><c>ins</c>.</summary>
    Insertion,

    /// <summary><c>i</c> (isochromosome).</summary>
    Isochromosome,

    /// <summary><c>idic</c>.</summary>
    Isodicentric,

    /// <summary><c>dic</c>, <c>psu dic</c>, <c>trc</c>.</summary>
    Dicentric,

    /// <summary><c>add</c>: additional material of unknown origin.</summary>
    Addition,

    /// <summary><c>r(…)</c>, a ring of a named chromosome.</summary>
    Ring,

    /// <summary><c>rob</c>.</summary>
    Robertsonian,

    /// <summary><c>hsr</c>.</summary>
    HomogeneouslyStainingRegion,

    /// <summary><c>tas</c>.</summary>
    TelomericAssociation,

    /// <summary><c>fra</c>.</summary>
    FragileSite,

    /// <summary><c>mar</c>, and <c>r</c> without a named chromosome (ring of unknown origin).</summary>
    Marker,

    /// <summary><c>dmin</c>.</summary>
    DoubleMinute,

    /// <summary>A normal variant (<c>9qh+</c>, <c>15pstk+</c>, inv(9)(p1q1)): not an abnormality for risk.</summary>
    Heteromorphism,

    /// <summary>A rearrangement symbol the model keeps but does not interpret (<c>rcp</c>, <c>tan</c>, <c>upd</c>…).</summary>
    OtherStructural,

    /// <summary>Text that could not be read as an abnormality (kept with an error diagnostic).</summary>
    Unreadable,
}

/// <summary>Whether an abnormality is written with a leading <c>+</c> or <c>-</c>.</summary>
public enum CopySign
{
    None,
    Plus,
    Minus,
}

/// <summary>
/// One abnormality as written in one clone. Chromosomes and breakpoint groups are kept as ISCN text tokens
/// (<c>"9"</c>, <c>"X"</c>, <c>"?"</c>; <c>"q34"</c>, <c>"p13q22"</c>); <see cref="Components"/> holds the rearrangements a
/// short-form derivative is made of.
/// </summary>
public sealed record Abnormality
{
    public required AbnormalityKind Kind { get; init; }

    /// <summary>The ISCN symbol in canonical lower case (<c>t</c>, <c>der</c>, <c>mar</c>…); empty for numerical changes.</summary>
    public string Symbol { get; init; } = "";

    public CopySign Sign { get; init; }

    /// <summary>Written with <c>?</c> (uncertain identification).</summary>
    public bool Uncertain { get; init; }

    public ImmutableArray<string> Chromosomes { get; init; } = [];

    /// <summary>One breakpoint group per chromosome (<c>;</c>-separated in ISCN); empty when none were written.</summary>
    public ImmutableArray<string> Breakpoints { get; init; } = [];

    /// <summary>Short arm form such as <c>del(5q)</c> or <c>i(17q)</c>: the arm is the only breakpoint.</summary>
    public bool ArmForm { get; init; }

    /// <summary>Detailed system text of a derivative (<c>22pter-&gt;22q11::9q34-&gt;9qter</c>).</summary>
    public string? Detailed { get; init; }

    /// <summary>Rearrangements inside a short-form derivative (<c>der(22)t(9;22)(q34;q11)</c>).</summary>
    public ImmutableArray<Abnormality> Components { get; init; } = [];

    /// <summary>Alternative interpretations written with ISCN <c>or</c>; the features use the first interpretation only.</summary>
    public ImmutableArray<Abnormality> Alternatives { get; init; } = [];

    /// <summary>Marker/dmin/ring count written before the symbol (<c>+2mar</c>, <c>1~3dmin</c>); null when not written.</summary>
    public string? Count { get; init; }

    /// <summary>Marker number (<c>mar1</c>).</summary>
    public string? Index { get; init; }

    /// <summary>Copy multiplier (<c>x2</c>, <c>x1~2</c>); null when not written.</summary>
    public string? Multiplier { get; init; }

    /// <summary>Constitutional (<c>c</c> suffix): not part of the neoplastic clone.</summary>
    public bool Constitutional { get; init; }

    /// <summary>Raw text kept for <see cref="AbnormalityKind.Unreadable"/> and heteromorphisms.</summary>
    public string? Text { get; init; }

    /// <summary>Where the abnormality was written in the input (not part of the ISCN meaning).</summary>
    public SourceSpanValue Span { get; init; }

    /// <summary>True for changes of chromosome structure (everything but whole-chromosome gains and losses, variants
    /// and unreadable text).</summary>
    public bool IsStructural => Kind is not (AbnormalityKind.Gain or AbnormalityKind.Loss or AbnormalityKind.Heteromorphism
        or AbnormalityKind.Unreadable);

    /// <summary>Canonical ISCN text.</summary>
    public override string ToString() => KaryotypeFormatter.Format(this);
}

/// <summary>A source position kept on model nodes; excluded from ISCN meaning.</summary>
public readonly record struct SourceSpanValue(int Start, int Length);

/// <summary>How a clone refers to an earlier one (ISCN §11.1.5).</summary>
public enum CloneReferenceKind
{
    None,

    /// <summary><c>idem</c>: the stemline.</summary>
    Idem,

    /// <summary><c>sl</c>: the stemline.</summary>
    Stemline,

    /// <summary><c>sdl</c> (the preceding clone) or <c>sdlN</c> (sideline N).</summary>
    Sideline,
}

/// <summary>The chromosome number field: <c>46</c>, <c>44~47</c>, <c>&lt;2n&gt;</c>, <c>92&lt;4n&gt;</c>.</summary>
public sealed record ChromosomeCount(string Text, int? Min, int? Max);

/// <summary>One clone (or the single cell line) of a karyotype.</summary>
public sealed record KaryotypeClone
{
    public ChromosomeCount? Count { get; init; }

    /// <summary>Sex chromosome complement as written (<c>XY</c>, <c>X</c>, <c>XXYc</c>); null when not written.</summary>
    public string? Sex { get; init; }

    public CloneReferenceKind Reference { get; init; }

    /// <summary>Sideline number for <c>sdlN</c>; null for plain <c>sdl</c>.</summary>
    public int? ReferenceNumber { get; init; }

    /// <summary>Multiplier of the reference (<c>idemx2</c>).</summary>
    public string? ReferenceMultiplier { get; init; }

    /// <summary>The abnormalities written in this clone (after its reference, if any).</summary>
    public ImmutableArray<Abnormality> Written { get; init; } = [];

    /// <summary>The full list with <c>idem</c>/<c>sl</c>/<c>sdl</c> resolved.</summary>
    public ImmutableArray<Abnormality> Abnormalities { get; init; } = [];

    public int? Cells { get; init; }

    /// <summary>Composite karyotype (<c>[cp20]</c>).</summary>
    public bool Composite { get; init; }

    /// <summary><c>inc</c>: the clone was not fully described.</summary>
    public bool Incomplete { get; init; }

    /// <summary>After <c>//</c> in a chimera: the donor's cells.</summary>
    public bool Donor { get; init; }

    /// <summary>No abnormality other than constitutional ones and normal variants.</summary>
    public bool IsNormal => Abnormalities.All(a => a.Constitutional || a.Kind == AbnormalityKind.Heteromorphism);
}

/// <summary>A parsed karyotype: its clones, and any in situ hybridisation part kept as text.</summary>
public sealed record Karyotype
{
    public ImmutableArray<KaryotypeClone> Clones { get; init; } = [];

    /// <summary>The <c>ish</c>/<c>nuc ish</c> part, kept verbatim (FISH is not interpreted here).</summary>
    public string? Fish { get; init; }

    /// <summary>Non-clonal remarks and free text that was set aside.</summary>
    public ImmutableArray<string> Remarks { get; init; } = [];

    /// <summary>Canonical ISCN text.</summary>
    public override string ToString() => KaryotypeFormatter.Format(this);
}
