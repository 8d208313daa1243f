using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Evolution;

/// <summary>
/// "What is missing": tests to order now at relapse, each with why and which outputs it would change (CONTRACT §3
/// missing-information codes). Sources: clinical-facts §8 (relapse work-up) and the drug labels' companion tests.
/// </summary>
public static class RelapseWorkup
{
    public static void Record(PatientCase patientCase, CaseGenetics genetics, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(log);
        if (patientCase.Relapse is null)
        {
            return;
        }

        GeneticProfile rel = genetics.Relapse;
        if (rel.Variants.IsEmpty && (rel.Findings?.TestedGenes.IsEmpty ?? true))
        {
            log.Missing("ngs-relapse", "Myeloid NGS panel on the relapse sample (with VAF)",
                "Genetics change between diagnosis and relapse: new targets (FLT3, IDH1/2), TP53 and RAS-pathway clones that predict resistance.",
                "genetics.changes", "genetics.resistance", "options");
        }

        if (rel.Status("FLT3") == GeneStatus.Unknown)
        {
            log.Missing("flt3-relapse", "FLT3 (ITD and TKD) at relapse, by an approved test",
                "FLT3 status changes between diagnosis and relapse; it decides FLT3-inhibitor options and is a GOELAMS factor.",
                "options.gilteritinib", "genetics.changes", "prognosis.goelams");
        }

        if (rel.Status("IDH1") == GeneStatus.Unknown)
        {
            log.Missing("idh1-relapse", "IDH1 at relapse, by an approved test (Abbott RealTime IDH1)",
                "An IDH1 mutation makes ivosidenib or olutasidenib an option.", "options.ivosidenib", "options.olutasidenib");
        }

        if (rel.Status("IDH2") == GeneStatus.Unknown)
        {
            log.Missing("idh2-relapse", "IDH2 at relapse, by an approved test (Abbott RealTime IDH2)",
                "An IDH2 mutation makes enasidenib an option; hotspot assays miss second-site resistance mutations.", "options.enasidenib");
        }

        if (rel.Status("NPM1") == GeneStatus.Unknown)
        {
            log.Missing("npm1-relapse", "NPM1 at relapse",
                "NPM1-mutated relapse is a menin-inhibitor indication; NPM1-mutated AML can relapse NPM1 wild-type.",
                "options.revumenib", "options.ziftomenib", "genetics.changes");
        }

        bool kmt2aKnown = rel.HasFusionInvolving("KMT2A") || rel.WasTested("KMT2A") || rel.Karyotype?.Features.Kmt2aRearranged is not null;
        if (!kmt2aKnown)
        {
            log.Missing("kmt2a-relapse", "KMT2A rearrangement at relapse (karyotype/FISH; partial tandem duplication does not count)",
                "A KMT2A translocation makes revumenib an option.", "options.revumenib");
        }

        if (rel.Status("TP53") == GeneStatus.Unknown)
        {
            log.Missing("tp53-relapse", "TP53 at relapse with VAF",
                "TP53 is adverse (ELN 2022 at VAF ≥10%) and predicts resistance to venetoclax and chemotherapy.",
                "genetics.changes", "options.venetoclax-azacitidine");
        }

        if (rel.Findings?.Cd33Positive is null)
        {
            log.Missing("cd33-relapse", "CD33 expression on relapse blasts (flow cytometry)",
                "Gemtuzumab ozogamicin requires CD33-positive AML.", "options.gemtuzumab-ozogamicin");
        }

        if (rel.Karyotype is null)
        {
            log.Missing("karyotype-relapse", "Conventional karyotype at relapse (with FISH)",
                "Clonal evolution (new adverse lesions, KMT2A or MECOM rearrangement) and second-transplant risk.",
                "genetics.changes", "options.revumenib");
        }

        if (genetics.Diagnosis.Karyotype is null && !genetics.Diagnosis.Fusions.Any())
        {
            log.Missing("karyotype-diagnosis", "Karyotype at diagnosis (report from the first presentation)",
                "ELN 2022 risk and the EPI use cytogenetics at diagnosis.", "risk.eln2022", "prognosis.epi");
        }

        bool priorMenin = patientCase.Therapies.SelectMany(t => t.Agents)
            .Any(a => a.Trim().ToLowerInvariant() is "revumenib" or "ziftomenib" or "bleximenib");
        if (priorMenin && rel.Status("MEN1") == GeneStatus.Unknown)
        {
            log.Missing("men1-relapse", "MEN1 mutation testing at relapse (after a menin inhibitor)",
                "Acquired MEN1 mutations cause resistance in about 39% of relapses after revumenib.", "genetics.resistance", "options.revumenib", "options.ziftomenib");
        }

        bool priorAllo = patientCase.Transplants.Any(t => t.Type == TransplantType.Allogeneic);
        if (patientCase.DonorSearch?.HlaTyped != true && !priorAllo && patientCase.Preferences?.TransplantWilling != false)
        {
            log.Missing("hla-typing", "HLA typing of the patient (and siblings) and an unrelated-donor search",
                "Allogeneic transplant is the main curative route after relapse; delayed HLA typing lowers the chance of transplant.",
                "options.allogeneic-transplant");
        }

        if (patientCase.Patient?.Ecog is null)
        {
            log.Missing("ecog", "ECOG performance status", "Needed for the Ferrara fitness criteria and option suitability.", "fitness", "options");
        }

        if (patientCase.Labs?.QtcMs is null)
        {
            log.Missing("qtc", "ECG with QTc (and K⁺, Mg²⁺)",
                "Gilteritinib, quizartinib, ivosidenib and revumenib carry QT warnings.", "options.gilteritinib", "options.ivosidenib", "options.revumenib");
        }

        if (patientCase.Labs?.Lvef is null)
        {
            log.Missing("lvef", "Echocardiogram (LVEF)",
                "EF ≤50% makes a patient unfit for intensive therapy (Ferrara) and scores in the HCT-CI; anthracycline salvage needs it.",
                "fitness.unfitForIntensive", "options.flag-ida");
        }

        Labs? labs = patientCase.Labs;
        if (labs?.CreatinineClearance is null || labs.BilirubinUln is null || labs.AstUln is null || labs.AltUln is null)
        {
            log.Missing("organ-function", "Creatinine clearance, bilirubin, AST and ALT",
                "Hepatic and renal function set fitness (Ferrara, HCT-CI) and dose adjustments.", "fitness", "options");
        }
    }
}
