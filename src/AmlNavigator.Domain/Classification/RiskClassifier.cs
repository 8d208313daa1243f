using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Classification;

/// <summary>Runs every genetic risk scheme on the diagnostic genetics (ELN risk is defined at diagnosis).</summary>
public static class RiskClassifier
{
    public static RiskAssessment Classify(PatientCase patientCase, CaseGenetics genetics, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(log);
        RiskFacts facts = RiskFacts.From(genetics.Diagnosis, patientCase.Therapies);
        return Classify(facts, log);
    }

    /// <summary>All three schemes from already-read facts (the benchmarked path).</summary>
    public static RiskAssessment Classify(RiskFacts facts, AssessmentLog? log = null) => new()
    {
        Eln2022 = Eln2022Classifier.Classify(facts, log),
        Eln2017 = Eln2017Classifier.Classify(facts, log),
        Eln2024LessIntensive = Eln2024LessIntensiveClassifier.Classify(facts, log),
    };
}
