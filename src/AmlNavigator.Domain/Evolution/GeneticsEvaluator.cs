using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Domain.Evolution;

/// <summary>Clonal evolution (diagnosis → relapse), resistance after prior therapy, and the relapse work-up.</summary>
public static class GeneticsEvaluator
{
    public static GeneticsAssessment Evaluate(PatientCase patientCase, CaseGenetics genetics, KnowledgeBase knowledge, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(knowledge);
        RelapseWorkup.Record(patientCase, genetics, log);
        return new GeneticsAssessment
        {
            DiagnosisKaryotype = genetics.Diagnosis.Karyotype,
            RelapseKaryotype = genetics.Relapse.Karyotype,
            Changes = ClonalEvolution.Compare(genetics.Diagnosis, genetics.Relapse),
            Resistance = ResistanceMatcher.Match(patientCase, genetics.Diagnosis, genetics.Relapse, knowledge.Resistance),
        };
    }
}
