using System.Collections.Immutable;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Trials;

/// <summary>Matches a case against trials, criterion by criterion (CONTRACT §6).</summary>
public static class TrialMatcher
{
    public static ImmutableArray<TrialMatch> Match(
        PatientCase patientCase,
        CaseGenetics genetics,
        DiseaseStatusAssessment status,
        IReadOnlyList<Trial> trials,
        DateOnly asOf,
        bool includeClosed,
        AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(trials);
        _ = (patientCase, genetics, status, asOf, includeClosed, log);
        return [];
    }
}
