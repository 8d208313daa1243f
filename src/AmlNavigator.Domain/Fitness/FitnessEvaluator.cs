using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Fitness;

/// <summary>Fitness for intensive and non-intensive therapy. Unknown inputs give "cannot assess", never "fit".</summary>
public static class FitnessEvaluator
{
    public static FitnessAssessment Evaluate(PatientCase patientCase, CaseGenetics genetics, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        _ = (genetics, asOf, log);
        return new FitnessAssessment();
    }
}
