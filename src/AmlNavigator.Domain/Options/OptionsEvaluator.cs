using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Domain.Options;

/// <summary>The facts the options step reasons over.</summary>
public sealed record OptionsInput(
    PatientCase Case,
    DateOnly AsOf,
    CaseGenetics Genetics,
    DiseaseStatusAssessment Status,
    FitnessAssessment Fitness,
    GeneticsAssessment GeneticsAssessment);

/// <summary>Suitability of every option for this patient, interactions, dose adjustments and supportive care.</summary>
public static class OptionsEvaluator
{
    public static OptionsOutcome Evaluate(OptionsInput input, KnowledgeBase knowledge, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = (knowledge, log);
        return OptionsOutcome.Empty;
    }
}
