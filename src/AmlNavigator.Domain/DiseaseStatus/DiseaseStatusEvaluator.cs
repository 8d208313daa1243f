using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.DiseaseStatus;

/// <summary>Derives <see cref="DiseaseStatusAssessment"/> from the case history (ELN 2022 definitions).</summary>
public static class DiseaseStatusEvaluator
{
    public static DiseaseStatusAssessment Evaluate(PatientCase patientCase, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(log);
        _ = asOf;
        return new DiseaseStatusAssessment
        {
            Extramedullary = patientCase.Relapse?.ExtramedullarySites ?? [],
            AfterAllogeneicTransplant = false,
        };
    }
}
