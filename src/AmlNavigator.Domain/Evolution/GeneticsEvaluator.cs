using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Domain.Evolution;

/// <summary>Clonal evolution (diagnosis → relapse) and resistance after prior therapy.</summary>
public static class GeneticsEvaluator
{
    public static GeneticsAssessment Evaluate(PatientCase patientCase, CaseGenetics genetics, KnowledgeBase knowledge, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(genetics);
        _ = (patientCase, knowledge, log);
        return new GeneticsAssessment
        {
            DiagnosisKaryotype = genetics.Diagnosis.Karyotype,
            RelapseKaryotype = genetics.Relapse.Karyotype,
        };
    }
}
