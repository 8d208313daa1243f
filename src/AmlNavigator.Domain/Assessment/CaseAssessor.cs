using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Classification;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Options;
using AmlNavigator.Domain.Prognosis;
using AmlNavigator.Domain.Trials;

namespace AmlNavigator.Domain.Assessment;

/// <summary>
/// The assessment pipeline: one pure function <c>(case, knowledge base, asOf) → assessment</c>. It only composes the
/// clinical steps; each step is its own type with its own citations.
/// </summary>
public static class CaseAssessor
{
    /// <summary>Assesses one case. Same inputs, same output, byte for byte once serialized.</summary>
    /// <param name="patientCase">A validated case.</param>
    /// <param name="knowledge">The knowledge base to use.</param>
    /// <param name="asOf">The date the assessment speaks for (never read from a clock).</param>
    /// <param name="trials">Trials to match, or null when no trial index is configured.</param>
    /// <param name="includeClosedTrials">Also match trials that are not recruiting (CONTRACT §6 --include-closed).</param>
    public static CaseAssessment Assess(
        PatientCase patientCase, KnowledgeBase knowledge, DateOnly asOf, IReadOnlyList<Trial>? trials = null,
        bool includeClosedTrials = false)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(knowledge);

        AssessmentLog log = new();
        foreach (InputError warning in patientCase.InputWarnings)
        {
            // Reader warnings (gene aliases, unknown symbols...) come first, in document order, for every host.
            log.Warn(warning.Path, warning.Code, warning.Message);
        }

        CaseGenetics genetics = CaseGenetics.From(patientCase, log);
        DiseaseStatusAssessment status = DiseaseStatusEvaluator.Evaluate(patientCase, asOf, log);
        RiskAssessment risk = RiskClassifier.Classify(patientCase, genetics, log);
        FitnessAssessment fitness = FitnessEvaluator.Evaluate(patientCase, genetics, asOf, log);
        PrognosisAssessment prognosis = PrognosisEvaluator.Evaluate(patientCase, genetics, status, asOf, log);
        GeneticsAssessment geneticsAssessment = GeneticsEvaluator.Evaluate(patientCase, genetics, knowledge, log);
        OptionsOutcome options = OptionsEvaluator.Evaluate(
            new OptionsInput(patientCase, asOf, genetics, status, fitness, geneticsAssessment), knowledge, log);
        var trialMatches = trials is null
            ? []
            : TrialMatcher.Match(patientCase, genetics, status, trials, asOf, includeClosedTrials, log);

        return new CaseAssessment
        {
            CaseId = patientCase.Id,
            AsOf = asOf,
            EngineVersion = EngineInfo.Version,
            KnowledgeBase = new KnowledgeBaseStamp(knowledge.Version, knowledge.ContentHash),
            DiseaseStatus = status,
            Risk = risk,
            Prognosis = prognosis,
            Fitness = fitness,
            Genetics = geneticsAssessment with { Actionable = options.Actionable },
            Options = options.Options,
            Interactions = options.Interactions,
            MissingInformation = log.MissingItems,
            SupportiveCare = options.SupportiveCare,
            Trials = trialMatches,
            Warnings = log.Warnings,
        };
    }
}
