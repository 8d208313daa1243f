using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;

namespace AmlNavigator.Domain.Options;

/// <summary>What a rule finding does to the option.</summary>
public enum Verdict
{
    /// <summary>Supports the option (with no limiting finding it becomes "recommended").</summary>
    Supports,

    /// <summary>An informative reason; suitability unchanged.</summary>
    Note,

    /// <summary>A caution for this patient; suitability unchanged.</summary>
    Caution,

    /// <summary>At most "consider" (off-label, prior exposure, preference, borderline fitness...).</summary>
    AtMostConsider,

    /// <summary>A fact the rule needs is unknown: "needs-information" (never "not-suitable").</summary>
    NeedsInformation,

    /// <summary>A stated fact rules the option out.</summary>
    NotSuitable,
}

/// <summary>One rule's finding about one option.</summary>
public sealed record RuleFinding(string Rule, Verdict Verdict, string Text, string Citation);

/// <summary>A suitability rule: which options it applies to, and what it finds for this patient.</summary>
/// <param name="Id">Stable rule id, shown in reasons and in the knowledge export.</param>
/// <param name="Description">What the rule checks, for clinician review.</param>
/// <param name="Citations">The sources the rule rests on (knowledge-base citation keys).</param>
public sealed record OptionRule(
    string Id,
    string Description,
    ImmutableArray<string> Citations,
    Func<TherapyOption, TherapyKnowledge, bool> AppliesTo,
    Action<OptionContext, TherapyOption, List<RuleFinding>> Evaluate);

/// <summary>
/// Every suitability rule of the options step, in evaluation order. Each rule is small, cites its source and is tested
/// with a positive and a negative case (OptionRuleCatalogTests). Combination: any not-suitable → not-suitable; else any
/// needs-information → needs-information; else any "at most consider" → consider; else a supporting finding →
/// recommended; else consider.
/// </summary>
public static class OptionRuleCatalog
{
    private static readonly ImmutableHashSet<string> TargetedOrKeyClasses = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Hypomethylating agent");

    private static readonly ImmutableHashSet<string> Flt3Inhibitors = ImmutableHashSet.Create(
        StringComparer.Ordinal, "gilteritinib", "quizartinib", "midostaurin", "sorafenib", "crenolanib");

    public static ImmutableArray<OptionRule> Rules { get; } =
    [
        new("disease-status-relapsed-refractory",
            "The options are for relapsed or refractory AML: with no relapse or refractoriness recorded, antileukaemic options need the disease status first.",
            ["tx-ecog-rel"],
            (o, _) => o.Intensity is not (OptionIntensity.Supportive or OptionIntensity.Trial),
            DiseaseStatusRule),
        new("biomarker-required",
            "A targeted option needs its biomarker in the current disease: present → supports; tested negative → not suitable; untested → needs information (never not suitable).",
            ["tx-gilt-fda", "tx-ivo-fda", "tx-ena-fda", "tx-revu-fda-kmt2a", "tx-go-fda-review"],
            (o, _) => !o.RequiresAnyOf.IsEmpty,
            BiomarkerRule),
        new("approval-jurisdiction",
            "Regulatory status in the case's jurisdiction: approved → noted; off-label, not authorised or withdrawn → at most consider, shown, never hidden.",
            ["tx-gilt-ema", "tx-ivo-eu", "tx-ena-ema", "tx-quiz-ema", "tx-go-eu", "tx-ven-us-aml"],
            (o, _) => o.Approvals.Any(a => a.Status != ApprovalStatus.NotApplicable),
            ApprovalRule),
        new("minimum-age",
            "The label's minimum age: a patient below it → not suitable; unknown age → a caution to confirm.",
            ["tx-zift-approval", "tx-go-fda-review", "tx-revu-fda-kmt2a"],
            (o, _) => o.MinimumAge is not null,
            MinimumAgeRule),
        new("fitness-intensive",
            "Intensive chemotherapy needs fitness for intensive therapy (Ferrara 2013): unfit → not suitable; fit → noted (intensive salvage stays 'consider': the choice among regimens is clinical); unknown → needs information.",
            ["tx-ferrara13"],
            (o, _) => o.Intensity == OptionIntensity.Intensive,
            IntensiveFitnessRule),
        new("fitness-non-intensive",
            "Non-intensive chemotherapy needs fitness for non-intensive therapy (Ferrara 2013): unfit → not suitable; unfit for intensive but fit for non-intensive → supports.",
            ["tx-ferrara13"],
            (o, _) => o.Intensity == OptionIntensity.NonIntensive,
            NonIntensiveFitnessRule),
        new("fitness-targeted",
            "Oral targeted therapy for a patient unfit even for non-intensive therapy: at most consider, with a caution.",
            ["tx-ferrara13"],
            (o, _) => o.Intensity == OptionIntensity.Targeted,
            TargetedFitnessRule),
        new("lvef-anthracycline",
            "Anthracycline or mitoxantrone: LVEF ≤ 50% → not suitable (Ferrara cardiac criterion); LVEF unknown → caution and a missing-information entry.",
            ["tx-ferrara13"],
            (o, kb) => o.Drugs.Any(d => kb.Drug(d)?.Cardiotoxic == true),
            LvefRule),
        new("qtc-baseline",
            "QT-prolonging drug: QTc > 500 ms → at most consider until corrected (gilteritinib label interrupts above 500 ms); unknown → caution and missing-information entry.",
            ["tx-gilt-label", "tx-revu-label", "tx-quiz-label"],
            (o, kb) => o.Drugs.Any(d => kb.Drug(d)?.QtProlonging == true),
            QtcRule),
        new("prior-failure",
            "Refractory to, or relapsed on (or within 90 days of stopping), the option's key drug: monotherapy → not suitable; combination → at most consider.",
            ["tx-dinardo20", "tx-yilmaz20"],
            (o, kb) => KeyDrugs(o, kb).Any(),
            PriorFailureRule),
        new("prior-exposure",
            "Earlier exposure to the option's key drug without documented failure: caution (retreatment response is less certain).",
            ["tx-yilmaz20"],
            (o, kb) => KeyDrugs(o, kb).Any(),
            PriorExposureRule),
        new("flt3-inhibitor-sequence",
            "A FLT3 inhibitor after earlier FLT3 inhibitors: response falls with each successive FLT3-inhibitor regimen (CRc 45% / 21% / 10%).",
            ["tx-yilmaz20"],
            (o, _) => o.Drugs.Any(Flt3Inhibitors.Contains),
            Flt3SequenceRule),
        new("resistance-finding",
            "A resistance finding after prior therapy (genetics.resistance) that names the option's key drug: at most consider, with the finding as caution.",
            ["tx-dinardo20"],
            (o, kb) => KeyDrugs(o, kb).Any(),
            ResistanceRule),
        new("venetoclax-wbc",
            "Venetoclax: WBC must be < 25×10⁹/L before the first dose (cytoreduce first); WBC unknown → caution.",
            ["tx-ven-hcp-aml"],
            (o, _) => o.Drugs.Contains("venetoclax"),
            VenetoclaxWbcRule),
        new("allogeneic-transplant",
            "First allogeneic transplant: not after a previous allogeneic transplant; fit and willing → supports; HLA typing requested early.",
            ["tx-asap", "tx-ebmt-hla"],
            (o, _) => o.Id == "allogeneic-transplant",
            AllogeneicTransplantRule),
        new("second-allogeneic-transplant",
            "Second allogeneic transplant: only after a first; relapse < 6 months after HCT → at most consider (3-year OS 4%); active GVHD → caution.",
            ["tx-ebmt-hct2", "tx-bejanyan15"],
            (o, _) => o.Id == "second-allogeneic-transplant",
            SecondTransplantRule),
        new("donor-lymphocyte-infusion",
            "DLI: only after an allogeneic transplant; active GVHD → not suitable; better outcome when given in remission or with favourable karyotype.",
            ["tx-schmid07", "tx-bar13"],
            (o, _) => o.Id == "donor-lymphocyte-infusion",
            DliRule),
        new("transplant-preference",
            "The patient has said they are not willing to have a transplant: at most consider, shown, never hidden.",
            ["tx-asap"],
            (o, _) => o.Intensity == OptionIntensity.Transplant,
            TransplantPreferenceRule),
        new("clinical-trial-always",
            "Clinical trial participation is an option at every relapsed/refractory episode (outcomes of standard salvage remain poor).",
            ["tx-ecog-rel"],
            (o, _) => o.Intensity == OptionIntensity.Trial,
            (_, o, into) => into.Add(new("clinical-trial-always", Verdict.Supports,
                "Five-year survival after relapse is about 10% with standard therapy; ask about trials now (matching: trials[]).", "tx-ecog-rel"))),
        new("palliative-care-always",
            "Specialist palliative care is offered at every relapsed/refractory episode, alongside any treatment.",
            ["tx-eljawahri21"],
            (o, _) => o.Id == "palliative-care",
            (_, o, into) => into.Add(new("palliative-care-always", Verdict.Supports,
                "Integrated palliative care improved quality of life, depression and anxiety in AML (RCT).", "tx-eljawahri21"))),
        new("best-supportive-care",
            "Best supportive care without antileukaemic therapy: supported when the patient is unfit even for non-intensive therapy; otherwise an option to discuss.",
            ["tx-ferrara13", "tx-aml-eol"],
            (o, _) => o.Id == "best-supportive-care",
            BestSupportiveCareRule),
    ];

    /// <summary>The rules that apply to an option (knowledge export: "rules that use this entry").</summary>
    public static IEnumerable<OptionRule> RulesFor(TherapyOption option, TherapyKnowledge knowledge) =>
        Rules.Where(r => r.AppliesTo(option, knowledge));

    /// <summary>Key drugs: targeted agents, venetoclax, antibody–drug conjugates and hypomethylating agents (not
    /// generic cytotoxics or growth factors), whose failure predicts failure of the same drug.</summary>
    public static IEnumerable<string> KeyDrugs(TherapyOption option, TherapyKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (string id in option.Drugs)
        {
            if (knowledge.Drug(id) is { } drug && drug.DrugClass != "Cellular therapy" &&
                (!drug.Targets.IsEmpty || TargetedOrKeyClasses.Contains(drug.DrugClass)))
            {
                yield return id;
            }
        }
    }

    public static string BiomarkerName(BiomarkerRequirement marker) => marker switch
    {
        BiomarkerRequirement.Flt3 => "FLT3 mutation (ITD or TKD)",
        BiomarkerRequirement.Flt3Itd => "FLT3-ITD",
        BiomarkerRequirement.Idh1 => "IDH1 mutation",
        BiomarkerRequirement.Idh2 => "IDH2 mutation",
        BiomarkerRequirement.Npm1 => "NPM1 mutation",
        BiomarkerRequirement.Kmt2aRearranged => "KMT2A rearrangement (not PTD)",
        BiomarkerRequirement.Cd33 => "CD33 expression",
        _ => marker.ToString(),
    };

    /// <summary>CONTRACT §3 missing-information code for a biomarker at relapse.</summary>
    public static string MissingCode(BiomarkerRequirement marker) => marker switch
    {
        BiomarkerRequirement.Flt3 or BiomarkerRequirement.Flt3Itd => "flt3-relapse",
        BiomarkerRequirement.Idh1 => "idh1-relapse",
        BiomarkerRequirement.Idh2 => "idh2-relapse",
        BiomarkerRequirement.Npm1 => "npm1-relapse",
        BiomarkerRequirement.Kmt2aRearranged => "kmt2a-relapse",
        BiomarkerRequirement.Cd33 => "cd33-relapse",
        _ => "ngs-relapse",
    };

    private static string MissingItem(BiomarkerRequirement marker) => marker switch
    {
        BiomarkerRequirement.Flt3 or BiomarkerRequirement.Flt3Itd => "FLT3 (ITD and TKD) at relapse, by an approved test",
        BiomarkerRequirement.Idh1 => "IDH1 at relapse, by an approved test",
        BiomarkerRequirement.Idh2 => "IDH2 at relapse, by an approved test",
        BiomarkerRequirement.Npm1 => "NPM1 at relapse",
        BiomarkerRequirement.Kmt2aRearranged => "KMT2A rearrangement (FISH or fusion panel) at relapse",
        BiomarkerRequirement.Cd33 => "CD33 expression on blasts (flow cytometry) at relapse",
        _ => "Myeloid NGS panel at relapse",
    };

    private static string Pct(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static void DiseaseStatusRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        if (c.Input.Status.Category == DiseaseCategory.NoRelapseRecorded)
        {
            into.Add(new("disease-status-relapsed-refractory", Verdict.NeedsInformation,
                "No relapse or refractory disease is recorded: confirm the disease status before choosing salvage therapy.", "tx-ecog-rel"));
        }
    }

    private static void BiomarkerRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "biomarker-required";
        string citation = o.Approvals.FirstOrDefault(a => a.Jurisdiction == Jurisdiction.US)?.Citation ?? o.Citations[0];
        string when = c.CurrentIsDiagnosis ? "in the diagnostic sample (primary refractory disease)" : "at relapse";
        var present = o.RequiresAnyOf.Where(m => c.State(m) == BiomarkerState.Present).ToList();
        if (present.Count > 0)
        {
            // Only a targeted drug is supported by its target alone; CD33 is on most AML blasts, so GO stays "consider".
            Verdict verdict = o.Intensity == OptionIntensity.Targeted ? Verdict.Supports : Verdict.Note;
            into.Add(new(rule, verdict, $"{string.Join(" and ", present.Select(BiomarkerName))} found {when}.", citation));

            // Revumenib's NPM1 indication is for patients without satisfactory alternative treatment options (label).
            if (o.Id == "revumenib" && !present.Contains(BiomarkerRequirement.Kmt2aRearranged))
            {
                into.Add(new(rule, Verdict.AtMostConsider,
                    "The NPM1 indication is for patients without satisfactory alternative treatment options.", "tx-revu-npm1"));
            }

            return;
        }

        var unknown = o.RequiresAnyOf.Where(m => c.State(m) == BiomarkerState.Unknown).ToList();
        if (unknown.Count == 0)
        {
            into.Add(new(rule, Verdict.NotSuitable,
                $"{string.Join(" and ", o.RequiresAnyOf.Select(BiomarkerName))} tested {when} and not found; the option needs it.", citation));
            return;
        }

        foreach (BiomarkerRequirement m in unknown)
        {
            bool atDiagnosis = !c.CurrentIsDiagnosis && OptionContext.StateIn(c.Diagnosis, m) == BiomarkerState.Present;
            string text = atDiagnosis
                ? $"{BiomarkerName(m)} was present at diagnosis but is not reported {when}: targets are gained and lost at relapse, so retest before treating."
                : $"{BiomarkerName(m)} status {when} is unknown: test it; untested is not negative.";
            into.Add(new(rule, Verdict.NeedsInformation, text, citation));
            c.Log.Missing(MissingCode(m), MissingItem(m), $"Needed to decide on {o.Name}; untested is not negative.", $"options.{o.Id}");
        }
    }

    private static void ApprovalRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "approval-jurisdiction";
        string j = EnumText.Of(c.Jurisdiction);
        if (o.Approvals.FirstOrDefault(a => a.Jurisdiction == c.Jurisdiction) is not { } approval)
        {
            into.Add(new(rule, Verdict.AtMostConsider, $"Regulatory status in {j} is not in the knowledge base: verify in the current label.", o.Citations[0]));
            return;
        }

        switch (approval.Status)
        {
            case ApprovalStatus.Approved:
                into.Add(new(rule, Verdict.Note, $"Approved in {j}: {approval.Indication}" + (approval.Date is { } d ? $" ({d})." : "."), approval.Citation));
                break;
            case ApprovalStatus.OffLabel:
                into.Add(new(rule, Verdict.AtMostConsider, $"Off-label for R/R AML in {j}: {approval.Indication}.", approval.Citation));
                break;
            case ApprovalStatus.NotAuthorised:
                into.Add(new(rule, Verdict.AtMostConsider, $"Not authorised in {j}: {approval.Indication}. Access only through a trial, import or compassionate use.", approval.Citation));
                break;
            case ApprovalStatus.WithdrawnOrRefused:
                into.Add(new(rule, Verdict.AtMostConsider, $"Not available in {j}: {approval.Indication}.", approval.Citation));
                break;
            default:
                break;
        }
    }

    private static void MinimumAgeRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "minimum-age";
        string citation = o.Approvals.FirstOrDefault(a => a.Jurisdiction == Jurisdiction.US)?.Citation ?? o.Citations[0];
        int min = o.MinimumAge!.Value;
        if (c.AgeYears is not { } age)
        {
            into.Add(new(rule, Verdict.Caution, $"Age unknown: the label requires age ≥ {min} years.", citation));
        }
        else if (age < min)
        {
            into.Add(new(rule, Verdict.NotSuitable, $"Age {age} years is below the label's minimum of {min} years.", citation));
        }
    }

    private static void IntensiveFitnessRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "fitness-intensive";
        switch (c.Input.Fitness.UnfitForIntensive)
        {
            case true:
                into.Add(new(rule, Verdict.NotSuitable, "Unfit for intensive chemotherapy by the Ferrara criteria.", "tx-ferrara13"));
                break;
            case false:
                into.Add(new(rule, Verdict.Note, "Fit for intensive chemotherapy by the Ferrara criteria.", "tx-ferrara13"));
                break;
            default:
                into.Add(new(rule, Verdict.NeedsInformation,
                    "Fitness for intensive chemotherapy cannot be assessed from the case (age, ECOG, organ function): see missing information.", "tx-ferrara13"));
                if (c.Case.Patient?.Ecog is null)
                {
                    c.Log.Missing("ecog", "ECOG performance status", "Needed for fitness for intensive chemotherapy (Ferrara).", $"options.{o.Id}");
                }

                if (c.AgeYears is null)
                {
                    c.Log.Missing("age", "Age or birth date", "Needed for fitness for intensive chemotherapy (Ferrara).", $"options.{o.Id}");
                }

                break;
        }
    }

    private static void NonIntensiveFitnessRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "fitness-non-intensive";
        if (c.Input.Fitness.UnfitForNonIntensive == true)
        {
            into.Add(new(rule, Verdict.NotSuitable, "Unfit even for non-intensive therapy by the Ferrara criteria.", "tx-ferrara13"));
        }
        else if (c.Input.Fitness.UnfitForIntensive == true && c.Input.Fitness.UnfitForNonIntensive == false)
        {
            into.Add(new(rule, Verdict.Supports, "Unfit for intensive but fit for non-intensive therapy (Ferrara): a lower-intensity regimen fits.", "tx-ferrara13"));
        }
    }

    private static void TargetedFitnessRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        if (c.Input.Fitness.UnfitForNonIntensive == true)
        {
            into.Add(new("fitness-targeted", Verdict.AtMostConsider,
                "Unfit even for non-intensive therapy (Ferrara): weigh an oral targeted drug against best supportive care.", "tx-ferrara13"));
        }
    }

    private static void LvefRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "lvef-anthracycline";
        if (c.Case.Labs?.Lvef is not { } lvef)
        {
            into.Add(new(rule, Verdict.Caution, "LVEF unknown: echocardiogram before an anthracycline or mitoxantrone.", "tx-ferrara13"));
            c.Log.Missing("lvef", "Echocardiogram (LVEF)", "Needed before anthracycline or mitoxantrone (EF ≤ 50% is a Ferrara unfitness criterion).", $"options.{o.Id}");
        }
        else if (lvef <= 50)
        {
            into.Add(new(rule, Verdict.NotSuitable, $"LVEF {Pct(lvef)}% (≤ 50%): anthracycline or mitoxantrone-containing chemotherapy is not suitable.", "tx-ferrara13"));
        }
    }

    private static void QtcRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "qtc-baseline";
        DrugEntry drug = o.Drugs.Select(c.Therapy.Drug).First(d => d?.QtProlonging == true)!;
        string citation = drug.Citations[^1];
        if (c.Case.Labs?.QtcMs is not { } qtc)
        {
            into.Add(new(rule, Verdict.Caution, $"QTc unknown: ECG before {drug.Name} (QT-prolonging).", citation));
            c.Log.Missing("qtc", "ECG with QTc", $"{drug.Name} prolongs the QT interval.", $"options.{o.Id}");
        }
        else if (qtc > 500)
        {
            into.Add(new(rule, Verdict.AtMostConsider, $"QTc {Pct(qtc)} ms (> 500 ms): correct electrolytes and causes before {drug.Name}.", citation));
        }
    }

    private static void PriorFailureRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        foreach (string drug in KeyDrugs(o, c.Therapy).Where(c.FailedDrugs.Contains))
        {
            bool monotherapy = KeyDrugs(o, c.Therapy).Count() == 1 && o.Drugs.Length == 1;
            string name = c.Therapy.Drug(drug)?.Name ?? drug;
            into.Add(new("prior-failure", monotherapy ? Verdict.NotSuitable : Verdict.AtMostConsider,
                $"The disease did not respond to, or relapsed on, {name}" + (monotherapy ? "." : ": the combination relies on it."),
                drug is "venetoclax" or "azacitidine" or "decitabine" ? "tx-dinardo20" : "tx-yilmaz20"));
        }
    }

    private static void PriorExposureRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        foreach (string drug in KeyDrugs(o, c.Therapy).Where(d => c.ExposedDrugs.Contains(d) && !c.FailedDrugs.Contains(d)))
        {
            into.Add(new("prior-exposure", Verdict.Caution,
                $"Earlier exposure to {c.Therapy.Drug(drug)?.Name ?? drug} without a recorded failure: response to retreatment is less certain.", "tx-yilmaz20"));
        }
    }

    private static void Flt3SequenceRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        var earlier = c.ExposedDrugs.Where(Flt3Inhibitors.Contains).Where(d => !o.Drugs.Contains(d)).Order(StringComparer.Ordinal).ToList();
        if (earlier.Count > 0)
        {
            into.Add(new("flt3-inhibitor-sequence", Verdict.Caution,
                $"Earlier FLT3 inhibitor ({string.Join(", ", earlier)}): responses fall with each successive FLT3-inhibitor regimen.", "tx-yilmaz20"));
        }
    }

    private static void ResistanceRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        var keys = KeyDrugs(o, c.Therapy).ToHashSet(StringComparer.Ordinal);
        foreach (ResistanceFinding r in c.Input.GeneticsAssessment.Resistance)
        {
            string prior = r.PriorTherapy.Trim().ToLowerInvariant();
            if (keys.Contains(prior) || keys.Any(k => prior.Contains(k, StringComparison.Ordinal)))
            {
                into.Add(new("resistance-finding", Verdict.AtMostConsider, $"{r.Finding}: {r.Effect}", r.Citation));
            }
        }
    }

    private static void VenetoclaxWbcRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "venetoclax-wbc";
        if (c.Case.Labs?.Wbc is not { } wbc)
        {
            into.Add(new(rule, Verdict.Caution, "WBC unknown: it must be < 25×10⁹/L before the first venetoclax dose.", "tx-ven-hcp-aml"));
            c.Log.Missing("wbc", "Current white-cell count", "Venetoclax needs WBC < 25×10⁹/L before the first dose (tumour lysis).", $"options.{o.Id}");
        }
        else if (wbc >= 25)
        {
            into.Add(new(rule, Verdict.Caution, $"WBC {Pct(wbc)}×10⁹/L: cytoreduce (e.g. hydroxyurea) to < 25×10⁹/L before the first venetoclax dose.", "tx-ven-hcp-aml"));
        }
    }

    private static void AllogeneicTransplantRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "allogeneic-transplant";
        if (!c.PriorAllogeneic.IsEmpty)
        {
            into.Add(new(rule, Verdict.NotSuitable, "A previous allogeneic transplant is recorded: see second allogeneic transplant and DLI.", "tx-ebmt-hct2"));
            return;
        }

        if (c.Input.Fitness.UnfitForIntensive == true)
        {
            into.Add(new(rule, Verdict.AtMostConsider, "Unfit for intensive chemotherapy (Ferrara): transplant eligibility needs the transplant centre's assessment (HCT-CI).", "tx-ferrara13"));
        }
        else if (c.Input.Fitness.UnfitForIntensive == false)
        {
            into.Add(new(rule, Verdict.Supports, "Fit for intensive therapy: allogeneic transplant is the consolidation with curative intent after salvage (or directly, as in ASAP).", "tx-asap"));
        }
        else
        {
            into.Add(new(rule, Verdict.NeedsInformation, "Fitness for transplant cannot be assessed from the case: see missing information.", "tx-asap"));
        }

        DonorSearch? donor = c.Case.DonorSearch;
        if (donor?.Donor == DonorType.NoneFound)
        {
            into.Add(new(rule, Verdict.Caution, "No donor found so far: consider haploidentical or cord donors with the transplant centre.", "tx-ebmt-hla"));
        }
        else if (donor?.HlaTyped != true && donor?.Donor is null)
        {
            into.Add(new(rule, Verdict.Caution, "HLA typing not recorded: request patient (and sibling) HLA typing now; delay lowers the chance of transplant.", "tx-ebmt-hla"));
            c.Log.Missing("hla-typing", "HLA typing of the patient (and siblings)", "Delayed HLA typing lowers the chance of transplant.", $"options.{o.Id}");
        }
    }

    private static void SecondTransplantRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "second-allogeneic-transplant";
        if (c.PriorAllogeneic.IsEmpty)
        {
            into.Add(new(rule, Verdict.NotSuitable, "No previous allogeneic transplant recorded: see allogeneic transplant.", "tx-ebmt-hct2"));
            return;
        }

        double? months = c.Input.Status.MonthsFromTransplantToRelapse;
        if (months is null)
        {
            into.Add(new(rule, Verdict.Caution, "Time from transplant to relapse unknown: it is the strongest prognostic factor after HCT.", "tx-bejanyan15"));
        }
        else if (months < 6)
        {
            into.Add(new(rule, Verdict.AtMostConsider, $"Relapse {Pct(months.Value)} months after transplant (< 6 months: 3-year OS 4% in CIBMTR data).", "tx-bejanyan15"));
        }
        else
        {
            string stratum = months < 24 ? "6 months–2 years: 3-year OS 12%" : months < 36 ? "2–3 years: 3-year OS 26%" : "≥ 3 years: 3-year OS 38%";
            into.Add(new(rule, Verdict.Note, $"Relapse {Pct(months.Value)} months after transplant ({stratum}).", "tx-bejanyan15"));
        }

        if (c.ActiveGvhd)
        {
            into.Add(new(rule, Verdict.Caution, "Active GVHD is recorded: it raises mortality after relapse and complicates a second transplant.", "tx-bejanyan15"));
        }
    }

    private static void DliRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        const string rule = "donor-lymphocyte-infusion";
        if (c.PriorAllogeneic.IsEmpty)
        {
            into.Add(new(rule, Verdict.NotSuitable, "DLI needs a previous allogeneic transplant (and its donor).", "tx-schmid07"));
            return;
        }

        if (c.ActiveGvhd)
        {
            into.Add(new(rule, Verdict.NotSuitable, "Active GVHD: donor lymphocytes would worsen it.", "tx-bar13"));
            return;
        }

        into.Add(new(rule, Verdict.Note, "DLI works best given in remission (after salvage) or with favourable karyotype: 2-year OS 56% vs 15% in aplasia or active disease.", "tx-schmid07"));
    }

    private static void TransplantPreferenceRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        if (c.Case.Preferences?.TransplantWilling == false)
        {
            into.Add(new("transplant-preference", Verdict.AtMostConsider,
                "The patient has said they are not willing to have a transplant; shown so the choice stays informed.", "tx-asap"));
        }
    }

    private static void BestSupportiveCareRule(OptionContext c, TherapyOption o, List<RuleFinding> into)
    {
        if (c.Input.Fitness.UnfitForNonIntensive == true)
        {
            into.Add(new("best-supportive-care", Verdict.Supports, "Unfit even for non-intensive therapy (Ferrara).", "tx-ferrara13"));
        }
        else
        {
            into.Add(new("best-supportive-care", Verdict.Note,
                "An option for a patient who chooses no antileukaemic therapy; plan goals of care early.", "tx-aml-eol"));
        }
    }
}
