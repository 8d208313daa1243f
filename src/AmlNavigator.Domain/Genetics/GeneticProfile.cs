using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Genetics;

/// <summary>
/// The genetic facts of one time point (diagnosis or relapse), read as the lab meant them: variants, fusions, the
/// genes the panel covered and the parsed karyotype. It answers "mutated / wild-type / unknown" questions.
/// </summary>
/// <remarks>CONTRACT §2: a gene listed in <c>testedGenes</c> without a variant is wild-type; a gene in neither list is
/// unknown. Richer variant interpretation (HGVS, CEBPA bZIP, FLT3-TKD codons) lives in the partial files beside this one.
/// </remarks>
public sealed partial class GeneticProfile
{
    private readonly ImmutableHashSet<string> _tested;

    public GeneticProfile(GeneticsFindings? findings, KaryotypeResult? karyotype)
    {
        Findings = findings;
        Karyotype = karyotype;
        _tested = findings is null
            ? ImmutableHashSet<string>.Empty
            : findings.TestedGenes.Select(g => g.ToUpperInvariant()).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>The raw findings (null when nothing was recorded at this time point).</summary>
    public GeneticsFindings? Findings { get; }

    /// <summary>The parsed karyotype, or null when no karyotype string was given.</summary>
    public KaryotypeResult? Karyotype { get; }

    /// <summary>True when anything at all was recorded at this time point.</summary>
    public bool HasAnyData => Findings is not null;

    public ImmutableArray<GeneVariant> Variants => Findings?.Variants ?? [];

    public ImmutableArray<string> Fusions => Findings?.Fusions ?? [];

    /// <summary>True when the gene was covered by the test (listed in <c>testedGenes</c> or has a reported variant).</summary>
    public bool WasTested(string gene) =>
        _tested.Contains(gene.ToUpperInvariant()) || VariantsOf(gene).Any();

    /// <summary>Variants reported in <paramref name="gene"/>.</summary>
    public IEnumerable<GeneVariant> VariantsOf(string gene) =>
        Variants.Where(v => string.Equals(v.Gene, gene, StringComparison.OrdinalIgnoreCase));

    /// <summary>Mutated if a variant is reported, wild-type if the gene was tested without one, unknown otherwise.</summary>
    public GeneStatus Status(string gene)
    {
        if (VariantsOf(gene).Any())
        {
            return GeneStatus.Mutated;
        }

        return _tested.Contains(gene.ToUpperInvariant()) ? GeneStatus.WildType : GeneStatus.Unknown;
    }

    /// <summary>A fusion involving <paramref name="gene"/> (either side; <c>GENE::?</c> counts).</summary>
    public bool HasFusionInvolving(string gene) =>
        Fusions.Any(f => f.Split("::").Any(p => string.Equals(p.Trim(), gene, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The fusion <paramref name="gene5"/>::<paramref name="gene3"/> in either written order.</summary>
    public bool HasFusion(string gene5, string gene3) =>
        Fusions.Any(f =>
        {
            string[] parts = f.Split("::");
            return parts.Length == 2 &&
                ((Eq(parts[0], gene5) && Eq(parts[1], gene3)) || (Eq(parts[0], gene3) && Eq(parts[1], gene5)));
        });

    private static bool Eq(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
