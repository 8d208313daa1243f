namespace AmlNavigator.Domain.Genetics.Variants;

/// <summary>What a protein-level change does to the reading frame and the sequence.</summary>
public enum ProteinChangeKind
{
    /// <summary>One residue replaced by another (missense).</summary>
    Missense,

    /// <summary>A residue replaced by a stop (nonsense).</summary>
    Nonsense,

    /// <summary>No change at the protein level (<c>p.=</c>, <c>p.R132R</c>).</summary>
    Synonymous,

    /// <summary>Frameshift (<c>fs</c>).</summary>
    Frameshift,

    /// <summary>In-frame deletion of one or more residues.</summary>
    Deletion,

    /// <summary>In-frame insertion between two residues.</summary>
    Insertion,

    /// <summary>In-frame duplication.</summary>
    Duplication,

    /// <summary>In-frame deletion-insertion (also the legacy <c>p.307_309NVE&gt;K</c> form).</summary>
    DeletionInsertion,

    /// <summary>Change of the start codon or a stop-loss extension, or <c>p.?</c>: effect cannot be read.</summary>
    Other,
}

/// <summary>
/// A parsed HGVS protein change (<c>p.</c>), one- or three-letter form: <c>p.R132H</c> = <c>p.Arg132His</c>.
/// Positions are 1-based codons; <see cref="End"/> equals <see cref="Start"/> for single-residue changes.
/// </summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Start">First affected codon.</param>
/// <param name="End">Last affected codon (for an insertion: the residue after the insertion point).</param>
/// <param name="Reference">Reference residues as one-letter codes, when written (empty otherwise).</param>
/// <param name="Alternate">New residues as one-letter codes (missense residue, inserted residues...), empty if none.</param>
public sealed record ProteinChange(ProteinChangeKind Kind, int Start, int End, string Reference, string Alternate)
{
    /// <summary>True for changes that keep the reading frame (missense, in-frame indels, duplications).</summary>
    public bool InFrame => Kind is ProteinChangeKind.Missense or ProteinChangeKind.Synonymous or ProteinChangeKind.Deletion
        or ProteinChangeKind.Insertion or ProteinChangeKind.Duplication or ProteinChangeKind.DeletionInsertion;

    /// <summary>Net residues gained (positive) or lost (negative) by an in-frame change; 0 for others.</summary>
    public int NetLengthChange => Kind switch
    {
        ProteinChangeKind.Insertion => Alternate.Length,
        ProteinChangeKind.Duplication => End - Start + 1,
        ProteinChangeKind.Deletion => -(End - Start + 1),
        ProteinChangeKind.DeletionInsertion => Alternate.Length - (End - Start + 1),
        _ => 0,
    };

    /// <summary>True when every affected codon lies in [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public bool Within(int first, int last) => Start >= first && End <= last;
}

/// <summary>A located problem in a notation string (character position into the notation).</summary>
public sealed record NotationDiagnostic(string Code, string Message, int Position);

/// <summary>The result of parsing one notation: a value, or a located diagnostic. Never both null.</summary>
public readonly record struct ParseResult<T>(T? Value, NotationDiagnostic? Error)
    where T : class
{
    public bool Success => Value is not null;
}
