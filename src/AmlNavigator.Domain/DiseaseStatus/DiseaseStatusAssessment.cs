using System.Collections.Immutable;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Assessment;

namespace AmlNavigator.Domain.DiseaseStatus;

/// <summary>CONTRACT §3 <c>diseaseStatus.category</c>.</summary>
public enum DiseaseCategory
{
    [JsonStringEnumMemberName("first-relapse")] FirstRelapse,
    [JsonStringEnumMemberName("second-or-later-relapse")] SecondOrLaterRelapse,
    [JsonStringEnumMemberName("primary-refractory")] PrimaryRefractory,
    [JsonStringEnumMemberName("no-relapse-recorded")] NoRelapseRecorded,
}

/// <summary>Early = relapse less than 6 months after CR1 (convention, Thol 2015); late otherwise.</summary>
public enum RelapseTiming
{
    [JsonStringEnumMemberName("early")] Early,
    [JsonStringEnumMemberName("late")] Late,
}

/// <summary>Where the disease stands (CONTRACT §3 <c>diseaseStatus</c>).</summary>
public sealed record DiseaseStatusAssessment
{
    public DiseaseCategory? Category { get; init; }

    public int? RelapseNumber { get; init; }

    public RelapseTiming? RelapseTiming { get; init; }

    public double? FirstRemissionMonths { get; init; }

    public bool AfterAllogeneicTransplant { get; init; }

    public double? MonthsFromTransplantToRelapse { get; init; }

    public ImmutableArray<string> Extramedullary { get; init; } = [];

    public bool? MolecularOnly { get; init; }

    public ImmutableArray<Basis> Basis { get; init; } = [];
}
