using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Genetics;

/// <summary>Genetics at diagnosis and at relapse, with their karyotypes parsed once.</summary>
public sealed record CaseGenetics(GeneticProfile Diagnosis, GeneticProfile Relapse)
{
    /// <summary>Builds both profiles, parsing each karyotype and carrying its diagnostics as warnings.</summary>
    public static CaseGenetics From(PatientCase patientCase, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(log);
        GeneticsFindings? atDiagnosis = patientCase.Diagnosis?.Genetics;
        GeneticsFindings? atRelapse = patientCase.Relapse?.Genetics;
        return new CaseGenetics(
            new GeneticProfile(atDiagnosis, ReadKaryotype(atDiagnosis, "/diagnosis/genetics/karyotype", log)),
            new GeneticProfile(atRelapse, ReadKaryotype(atRelapse, "/relapse/genetics/karyotype", log)));
    }

    private static KaryotypeResult? ReadKaryotype(GeneticsFindings? findings, string path, AssessmentLog log)
    {
        if (findings?.Karyotype is not { } iscn || string.IsNullOrWhiteSpace(iscn))
        {
            return null;
        }

        KaryotypeResult result = KaryotypeReader.Read(iscn);
        foreach (KaryotypeDiagnostic d in result.Diagnostics)
        {
            log.Warn(path, d.Code, $"{d.Message} (characters {d.Start}–{d.Start + d.Length} of the karyotype)");
        }

        return result;
    }
}
