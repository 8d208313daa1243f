using System.Collections.Immutable;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Options;

namespace AmlNavigator.Knowledge.Tests.Options;

/// <summary>A fit 60-year-old in first late relapse, fully tested at relapse with no mutation, CD33-positive, normal
/// labs, HLA typed. Each test changes one thing.</summary>
internal static class OptionsHarness
{
    public static readonly DateOnly AsOf = new(2024, 8, 1);

    public static readonly FitnessAssessment Fit = new() { UnfitForIntensive = false, UnfitForNonIntensive = false };

    public static PatientCase BaseCase { get; } = new()
    {
        Id = "options-test",
        Context = new CaseContext { Jurisdiction = Jurisdiction.US },
        Patient = new PatientInfo { AgeAtDiagnosis = 59, Ecog = 1 },
        Diagnosis = new DiagnosisEpisode { Date = new DateOnly(2023, 2, 1), AmlType = AmlType.DeNovo },
        Therapies =
        [
            new TherapyLine
            {
                Regimen = "7+3", Agents = ["cytarabine", "daunorubicin"], Intent = TherapyIntent.Induction,
                Intensity = TherapyIntensity.Intensive, Start = new DateOnly(2023, 2, 3), End = new DateOnly(2023, 2, 10),
                Response = new TherapyResponse { Best = ResponseCategory.CR, Date = new DateOnly(2023, 3, 10) },
            },
        ],
        DonorSearch = new DonorSearch { HlaTyped = true },
        Relapse = new RelapseEpisode
        {
            Date = new DateOnly(2024, 7, 20),
            MarrowBlastPercent = 30,
            Genetics = new GeneticsFindings
            {
                TestedGenes = ["FLT3", "IDH1", "IDH2", "NPM1", "KMT2A", "TP53"],
                Cd33Positive = true,
            },
        },
        Labs = new Labs { Wbc = 5, Lvef = 60, QtcMs = 420 },
    };

    public static PatientCase WithRelapseGenetics(this PatientCase c, Func<GeneticsFindings, GeneticsFindings> change) =>
        c with { Relapse = c.Relapse! with { Genetics = change(c.Relapse!.Genetics!) } };

    public static PatientCase WithVariant(this PatientCase c, string gene, VariantType? type = null) =>
        c.WithRelapseGenetics(g => g with { Variants = g.Variants.Add(new GeneVariant { Gene = gene, Type = type }) });

    public static PatientCase Untested(this PatientCase c, string gene) =>
        c.WithRelapseGenetics(g => g with { TestedGenes = [.. g.TestedGenes.Where(t => t != gene)] });

    public static PatientCase WithLabs(this PatientCase c, Func<Labs, Labs> change) => c with { Labs = change(c.Labs!) };

    public static PatientCase WithTherapy(this PatientCase c, string[] agents, ResponseCategory? best, DateOnly start, DateOnly? end) =>
        c with
        {
            Therapies = c.Therapies.Add(new TherapyLine
            {
                Agents = [.. agents],
                Start = start,
                End = end,
                Response = best is null ? null : new TherapyResponse { Best = best },
            }),
        };

    public static PatientCase WithAllograft(this PatientCase c, DateOnly date, GvhdStatus gvhd = GvhdStatus.None) =>
        c with { Transplants = [new Transplant { Type = TransplantType.Allogeneic, Date = date, Gvhd = gvhd }] };

    public static PatientCase WithMedications(this PatientCase c, params string[] names) =>
        c with { Medications = [.. names.Select(n => new Medication { Name = n })] };

    public sealed record Run(OptionsOutcome Outcome, AssessmentLog Log)
    {
        public TreatmentOptionResult Option(string id) => Outcome.Options.Single(o => o.Id == id);

        public bool Missing(string code) => Log.IsMissing(code);
    }

    public static Run Evaluate(PatientCase c, FitnessAssessment? fitness = null, GeneticsAssessment? genetics = null)
    {
        AssessmentLog log = new();
        CaseGenetics caseGenetics = CaseGenetics.From(c, log);
        DiseaseStatusAssessment status = DiseaseStatusEvaluator.Evaluate(c, AsOf, log);
        var input = new OptionsInput(c, AsOf, caseGenetics, status, fitness ?? Fit, genetics ?? new GeneticsAssessment());
        return new Run(OptionsEvaluator.Evaluate(input, KnowledgeBaseLoader.Default, log), log);
    }

    public static ImmutableArray<string> RuleIds(this TreatmentOptionResult o) =>
        [.. o.Reasons.Select(r => r.Rule).Concat(o.Cautions.Select(c => c.Rule))];
}
