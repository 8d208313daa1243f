namespace AmlNavigator.Domain.Fitness;

/// <summary>CONTRACT §3 <c>fitness</c> (Ferrara 2013, HCT-CI, Kantarjian 2010).</summary>
public sealed record FitnessAssessment
{
    /// <summary>True unfit for intensive chemotherapy; false fit; null cannot assess.</summary>
    public bool? UnfitForIntensive { get; init; }

    /// <summary>True unfit for non-intensive therapy; false fit; null cannot assess.</summary>
    public bool? UnfitForNonIntensive { get; init; }
}
