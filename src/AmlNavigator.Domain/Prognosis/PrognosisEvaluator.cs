using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>Computes every relapse score with its applicability, cohort and limits.</summary>
public static class PrognosisEvaluator
{
    public static PrognosisAssessment Evaluate(
        PatientCase patientCase, CaseGenetics genetics, DiseaseStatusAssessment status, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        _ = asOf; // every interval is between recorded dates; nothing here depends on "today"
        RelapseFacts facts = RelapseFacts.From(patientCase, genetics, status);
        return Evaluate(facts, log);
    }

    public static PrognosisAssessment Evaluate(RelapseFacts facts, AssessmentLog log) => new()
    {
        Epi = EuropeanPrognosticIndex.Evaluate(facts, log),
        Goelams = GoelamsScore.Evaluate(facts, log),
        PostTransplantRelapse = PostTransplantStrata.Evaluate(facts, log),
        SecondTransplant = SecondTransplantScore.Evaluate(facts, log),
    };
}
