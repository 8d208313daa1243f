using System.Collections.Immutable;

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

/// <summary>
/// Suitability of every option for this patient, interactions, dose adjustments and supportive care. Every option of
/// the knowledge base is returned (none hidden); the rules are in <see cref="OptionRuleCatalog"/>.
/// </summary>
public static class OptionsEvaluator
{
    public static OptionsOutcome Evaluate(OptionsInput input, KnowledgeBase knowledge, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(log);
        TherapyKnowledge therapy = knowledge.Therapy;
        if (therapy.Options.IsEmpty)
        {
            return OptionsOutcome.Empty;
        }

        var context = new OptionContext(input, therapy, log);
        var findings = new List<RuleFinding>(16);
        var options = new List<(TreatmentOptionResult Result, int Index, int Preference)>(therapy.Options.Length);
        var interactions = new Dictionary<(string Rule, string Medication), (InteractionRule Rule, List<string> Options)>();
        for (int i = 0; i < therapy.Options.Length; i++)
        {
            TherapyOption option = therapy.Options[i];
            findings.Clear();
            foreach (OptionRule rule in OptionRuleCatalog.Rules)
            {
                if (rule.AppliesTo(option, therapy))
                {
                    rule.Evaluate(context, option, findings);
                }
            }

            Suitability suitability = Combine(findings);
            var cautions = ImmutableArray.CreateBuilder<OptionCaution>();
            var doses = ImmutableArray.CreateBuilder<DoseAdjustment>();
            foreach (RuleFinding f in findings.Where(f => f.Verdict == Verdict.Caution))
            {
                cautions.Add(new OptionCaution(f.Rule, f.Text, f.Citation));
            }

            if (suitability != Suitability.NotSuitable)
            {
                AddLabelCautions(option, therapy, cautions);
                AddInteractions(context, option, interactions, cautions, doses);
            }

            options.Add((new TreatmentOptionResult
            {
                Id = option.Id,
                Name = option.Name,
                Category = option.Category,
                Suitability = suitability,
                Reasons = [.. findings.Where(f => f.Verdict != Verdict.Caution).Select(f => new OptionReason(f.Rule, f.Text, f.Citation))],
                Cautions = cautions.ToImmutable(),
                DoseAdjustments = doses.ToImmutable(),
                Evidence = [.. option.Evidence.Select(e => new OptionEvidence(e.Study, e.Text, e.Citation))],
                Approval = option.Approvals.Where(a => a.Jurisdiction == context.Jurisdiction && a.Status != ApprovalStatus.NotApplicable)
                    .Select(ToResult).FirstOrDefault(),
                Approvals = [.. option.Approvals.Where(a => a.Status != ApprovalStatus.NotApplicable).Select(ToResult)],
                Drugs = option.Drugs,
            }, i, PreferenceRank(option, input.Case.Preferences)));
        }

        ImmutableArray<TreatmentOptionResult> ordered =
        [
            .. options.OrderBy(o => SuitabilityOrder(o.Result.Suitability)).ThenBy(o => o.Preference).ThenBy(o => o.Index).Select(o => o.Result),
        ];

        ImmutableArray<InteractionResult> interactionResults =
        [
            .. interactions.OrderBy(kv => kv.Key.Rule, StringComparer.Ordinal).ThenBy(kv => kv.Key.Medication, StringComparer.Ordinal)
                .Select(kv => new InteractionResult(
                    [kv.Value.Rule.Drug, kv.Key.Medication], EnumText.Of(kv.Value.Rule.Severity), kv.Value.Rule.Action,
                    kv.Value.Rule.Citation, kv.Value.Rule.Id, [.. kv.Value.Options])),
        ];

        return new OptionsOutcome(ordered, interactionResults, SupportiveCare(context, ordered), Actionable(context));
    }

    /// <summary>Any not-suitable → not-suitable; else needs-information; else at most consider; else supported →
    /// recommended; else consider.</summary>
    public static Suitability Combine(IReadOnlyCollection<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Any(f => f.Verdict == Verdict.NotSuitable))
        {
            return Suitability.NotSuitable;
        }

        if (findings.Any(f => f.Verdict == Verdict.NeedsInformation))
        {
            return Suitability.NeedsInformation;
        }

        if (findings.Any(f => f.Verdict == Verdict.AtMostConsider))
        {
            return Suitability.Consider;
        }

        return findings.Any(f => f.Verdict == Verdict.Supports) ? Suitability.Recommended : Suitability.Consider;
    }

    private static int SuitabilityOrder(Suitability s) => s switch
    {
        Suitability.Recommended => 0,
        Suitability.Consider => 1,
        Suitability.NeedsInformation => 2,
        _ => 3,
    };

    /// <summary>Ordering by the patient's first stated priority; it orders, never hides.</summary>
    public static int PreferenceRank(TherapyOption option, Preferences? preferences)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (preferences is null || preferences.Priorities.IsEmpty)
        {
            return 0;
        }

        return (preferences.Priorities[0], option.Intensity) switch
        {
            (Priority.Cure, OptionIntensity.Transplant) => 0,
            (Priority.Cure, OptionIntensity.Intensive or OptionIntensity.Cellular) => 1,
            (Priority.Cure, OptionIntensity.Targeted or OptionIntensity.Trial) => 2,
            (Priority.Cure, OptionIntensity.NonIntensive) => 3,
            (Priority.Cure, _) => 4,
            (Priority.LengthOfLife, OptionIntensity.Targeted) => 0,
            (Priority.LengthOfLife, OptionIntensity.Transplant or OptionIntensity.Intensive or OptionIntensity.Trial) => 1,
            (Priority.LengthOfLife, OptionIntensity.NonIntensive or OptionIntensity.Cellular) => 2,
            (Priority.LengthOfLife, _) => 4,
            (_, OptionIntensity.Supportive) => 0,
            (_, OptionIntensity.Targeted) => 1,
            (_, OptionIntensity.NonIntensive or OptionIntensity.Trial) => 2,
            (_, OptionIntensity.Cellular) => 3,
            _ => 4,
        };
    }

    private static OptionApproval ToResult(ApprovalEntry a) => new(EnumText.Of(a.Jurisdiction), a.Status, a.Indication, a.Citation)
    {
        Date = a.Date,
        Biomarker = a.Biomarker,
        CompanionTest = a.CompanionTest,
        AgeLimit = a.AgeLimit,
    };

    private static void AddLabelCautions(TherapyOption option, TherapyKnowledge therapy, ImmutableArray<OptionCaution>.Builder into)
    {
        foreach (CautionEntry c in option.Cautions)
        {
            into.Add(new OptionCaution(c.Id, c.Text, c.Citation));
        }

        foreach (string drugId in option.Drugs)
        {
            if (therapy.Drug(drugId) is not { } drug)
            {
                continue;
            }

            foreach (CautionEntry w in drug.Warnings)
            {
                if (!into.Any(x => x.Rule == w.Id))
                {
                    into.Add(new OptionCaution(w.Id, w.Text, w.Citation));
                }
            }
        }
    }

    private static void AddInteractions(
        OptionContext context,
        TherapyOption option,
        Dictionary<(string, string), (InteractionRule Rule, List<string> Options)> interactions,
        ImmutableArray<OptionCaution>.Builder cautions,
        ImmutableArray<DoseAdjustment>.Builder doses)
    {
        if (context.Medications.IsEmpty)
        {
            return;
        }

        TherapyKnowledge therapy = context.Therapy;
        foreach (string drug in option.Drugs)
        {
            foreach (string medication in context.Medications)
            {
                var matching = therapy.InteractionRules.Where(r => r.Drug == drug && Matches(r, medication, therapy)).ToList();
                var overridden = matching.SelectMany(r => r.Overrides).ToHashSet(StringComparer.Ordinal);
                foreach (InteractionRule rule in matching.Where(r => !overridden.Contains(r.Id)))
                {
                    if (!interactions.TryGetValue((rule.Id, medication), out var entry))
                    {
                        entry = (rule, []);
                        interactions[(rule.Id, medication)] = entry;
                    }

                    entry.Options.Add(option.Id);
                    if (rule.DoseAdjustment is { } text)
                    {
                        doses.Add(new DoseAdjustment(drug, medication, text, rule.Id, rule.Citation));
                    }
                    else
                    {
                        cautions.Add(new OptionCaution(rule.Id, $"With {medication}: {rule.Action}", rule.Citation));
                    }
                }
            }
        }
    }

    private static bool Matches(InteractionRule rule, string medication, TherapyKnowledge therapy) =>
        rule.WithDrug is { } d
            ? d == medication
            : rule.WithClass is { } c && therapy.Class(c) is { } cls && cls.Members.Contains(medication);

    private static ImmutableArray<SupportiveCareItem> SupportiveCare(OptionContext context, ImmutableArray<TreatmentOptionResult> options)
    {
        var activeDrugs = options.Where(o => o.Suitability != Suitability.NotSuitable).SelectMany(o => o.Drugs).ToHashSet(StringComparer.Ordinal);
        var items = ImmutableArray.CreateBuilder<SupportiveCareItem>();
        foreach (SupportiveCareEntry s in context.Therapy.SupportiveCare)
        {
            bool applies = s.Trigger switch
            {
                SupportiveTrigger.Always => true,
                SupportiveTrigger.OptionDrugs => s.Drugs.Any(activeDrugs.Contains),
                SupportiveTrigger.AfterAllogeneicTransplant => !context.PriorAllogeneic.IsEmpty,

                // Unknown age is not "too old": show the fertility item unless the patient is known to be 50 or older.
                SupportiveTrigger.ReproductiveAge => context.AgeYears is null or < 50,
                _ => false,
            };
            if (applies)
            {
                items.Add(new SupportiveCareItem(s.Id, s.Text, s.Citation));
            }
        }

        return items.ToImmutable();
    }

    private static ImmutableArray<ActionableFinding> Actionable(OptionContext context)
    {
        var byTarget = new SortedDictionary<string, (List<string> Findings, List<string> Therapies)>(StringComparer.Ordinal);
        string when = context.CurrentIsDiagnosis ? "at diagnosis (primary refractory)" : "at relapse";
        foreach (BiomarkerRequirement marker in Enum.GetValues<BiomarkerRequirement>())
        {
            if (context.State(marker) != BiomarkerState.Present)
            {
                continue;
            }

            string target = marker switch
            {
                BiomarkerRequirement.Flt3 or BiomarkerRequirement.Flt3Itd => "FLT3",
                BiomarkerRequirement.Idh1 => "IDH1",
                BiomarkerRequirement.Idh2 => "IDH2",
                BiomarkerRequirement.Npm1 => "menin (NPM1)",
                BiomarkerRequirement.Kmt2aRearranged => "menin (KMT2A)",
                _ => "CD33",
            };
            if (!byTarget.TryGetValue(target, out var entry))
            {
                entry = ([], []);
                byTarget[target] = entry;
            }

            entry.Findings.Add($"{OptionRuleCatalog.BiomarkerName(marker)} {when}");
            foreach (TherapyOption o in context.Therapy.Options.Where(o => o.RequiresAnyOf.Contains(marker)))
            {
                if (!entry.Therapies.Contains(o.Id))
                {
                    entry.Therapies.Add(o.Id);
                }
            }
        }

        return [.. byTarget.Select(kv => new ActionableFinding(string.Join("; ", kv.Value.Findings), kv.Key, [.. kv.Value.Therapies]))];
    }
}
