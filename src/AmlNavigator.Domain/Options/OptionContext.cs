using System.Collections.Immutable;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Options;

/// <summary>What is known about one biomarker for this patient now.</summary>
public enum BiomarkerState
{
    Present,
    Absent,
    Unknown,
}

/// <summary>The patient facts every option rule reads, computed once per case. Unknown stays unknown (null).</summary>
public sealed class OptionContext
{
    private static readonly HashSet<ResponseCategory> NoResponse = [ResponseCategory.NR, ResponseCategory.PD];

    public OptionContext(OptionsInput input, TherapyKnowledge therapy, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Therapy = therapy;
        Log = log;
        Case = input.Case;
        Jurisdiction = input.Case.EffectiveJurisdiction;
        AgeYears = AgeAt(input.Case, input.AsOf);
        PriorAllogeneic = input.Case.Transplants.Where(t => t.Type == TransplantType.Allogeneic).ToImmutableArray();
        ActiveGvhd = PriorAllogeneic.Any(t => t.Gvhd == GvhdStatus.Active);

        // Current disease genetics: relapse findings; for primary refractory disease without a relapse sample the
        // diagnostic findings describe the same, never-cleared disease.
        bool useDiagnosis = input.Case.Relapse?.Genetics is null && input.Status.Category == DiseaseCategory.PrimaryRefractory;
        Current = useDiagnosis ? input.Genetics.Diagnosis : input.Genetics.Relapse;
        CurrentIsDiagnosis = useDiagnosis;
        Diagnosis = input.Genetics.Diagnosis;

        var failed = new HashSet<string>(StringComparer.Ordinal);
        var exposed = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? relapseDate = input.Case.Relapse?.Date;
        foreach (TherapyLine line in input.Case.Therapies)
        {
            bool noResponse = line.Response?.Best is { } best && NoResponse.Contains(best);
            bool relapsedOnIt = relapseDate is { } r && line.Start is { } s && s <= r && (line.End is null || line.End.Value >= r.AddDays(-DaysAfterEndCountedAsOnTherapy));
            foreach (string agent in line.Agents)
            {
                string a = agent.Trim().ToLowerInvariant();
                exposed.Add(a);
                if (noResponse || relapsedOnIt)
                {
                    failed.Add(a);
                }
            }
        }

        FailedDrugs = failed;
        ExposedDrugs = exposed;
        Medications = [.. input.Case.Medications.Select(m => m.Name.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Relapse within this many days of the last dose counts as relapse on the drug (convention, shown in docs).</summary>
    public const int DaysAfterEndCountedAsOnTherapy = 90;

    public OptionsInput Input { get; }

    public TherapyKnowledge Therapy { get; }

    public AssessmentLog Log { get; }

    public PatientCase Case { get; }

    public Jurisdiction Jurisdiction { get; }

    /// <summary>Age in whole years at <c>asOf</c>, or null when unknown.</summary>
    public int? AgeYears { get; }

    public ImmutableArray<Transplant> PriorAllogeneic { get; }

    public bool ActiveGvhd { get; }

    /// <summary>Genetics of the disease now (relapse, or diagnosis for primary refractory disease).</summary>
    public GeneticProfile Current { get; }

    public bool CurrentIsDiagnosis { get; }

    public GeneticProfile Diagnosis { get; }

    /// <summary>Drugs the disease did not respond to, or relapsed on (or within 90 days of stopping).</summary>
    public IReadOnlySet<string> FailedDrugs { get; }

    /// <summary>Every drug the patient has received for AML.</summary>
    public IReadOnlySet<string> ExposedDrugs { get; }

    /// <summary>The case's current medicines, lower case, distinct, ordinal order.</summary>
    public ImmutableArray<string> Medications { get; }

    /// <summary>Present / absent / unknown for one biomarker in the current disease.</summary>
    public BiomarkerState State(BiomarkerRequirement marker) => StateIn(Current, marker);

    /// <summary>Present / absent / unknown for one biomarker in a given profile.</summary>
    public static BiomarkerState StateIn(GeneticProfile profile, BiomarkerRequirement marker)
    {
        ArgumentNullException.ThrowIfNull(profile);
        switch (marker)
        {
            case BiomarkerRequirement.Flt3:
                return FromGene(profile.Status("FLT3"));
            case BiomarkerRequirement.Flt3Itd:
                {
                    var flt3 = profile.VariantsOf("FLT3").ToList();
                    if (flt3.Exists(v => v.Type == VariantType.Itd))
                    {
                        return BiomarkerState.Present;
                    }

                    // A FLT3 variant of unstated type could be an ITD: unknown, not absent.
                    if (flt3.Exists(v => v.Type is null))
                    {
                        return BiomarkerState.Unknown;
                    }

                    return profile.WasTested("FLT3") ? BiomarkerState.Absent : BiomarkerState.Unknown;
                }

            case BiomarkerRequirement.Idh1:
                return FromGene(profile.Status("IDH1"));
            case BiomarkerRequirement.Idh2:
                return FromGene(profile.Status("IDH2"));
            case BiomarkerRequirement.Npm1:
                return FromGene(profile.Status("NPM1"));
            case BiomarkerRequirement.Kmt2aRearranged:
                // A KMT2A fusion (GENE::? from break-apart FISH counts) or an 11q23.3 rearrangement in the karyotype;
                // KMT2A-PTD is not a rearrangement (revumenib label, ELN 2022). Absent only when KMT2A was tested.
                if (profile.HasFusionInvolving("KMT2A") || profile.Karyotype?.Features.Kmt2aRearranged == true)
                {
                    return BiomarkerState.Present;
                }

                return profile.Findings?.TestedGenes.Any(g => string.Equals(g, "KMT2A", StringComparison.OrdinalIgnoreCase)) == true
                    ? BiomarkerState.Absent
                    : BiomarkerState.Unknown;
            case BiomarkerRequirement.Cd33:
                return profile.Findings?.Cd33Positive switch
                {
                    true => BiomarkerState.Present,
                    false => BiomarkerState.Absent,
                    null => BiomarkerState.Unknown,
                };
            default:
                return BiomarkerState.Unknown;
        }
    }

    private static BiomarkerState FromGene(GeneStatus status) => status switch
    {
        GeneStatus.Mutated => BiomarkerState.Present,
        GeneStatus.WildType => BiomarkerState.Absent,
        _ => BiomarkerState.Unknown,
    };

    /// <summary>Age at <paramref name="asOf"/>: from the birth date, else age at diagnosis plus whole years since.</summary>
    public static int? AgeAt(PatientCase patientCase, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        if (patientCase.Patient?.BirthDate is { } birth)
        {
            return WholeYears(birth, asOf);
        }

        if (patientCase.Patient?.AgeAtDiagnosis is { } atDiagnosis)
        {
            return patientCase.Diagnosis?.Date is { } d && d <= asOf ? atDiagnosis + WholeYears(d, asOf) : atDiagnosis;
        }

        return null;
    }

    private static int WholeYears(DateOnly from, DateOnly to)
    {
        int years = to.Year - from.Year;
        if (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day))
        {
            years--;
        }

        return Math.Max(0, years);
    }
}
