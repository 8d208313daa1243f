using AmlNavigator.ClinicalTrialsGov;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Trials;

using BenchmarkDotNet.Attributes;

namespace AmlNavigator.Benchmarks;

/// <summary>
/// Issue #8 targets: criteria reading ≥ 5,000 trials/s; matching one case against 10,000 indexed trials &lt; 50 ms.
/// Trials: the 56 shared AML trials repeated to 10,000 (distinct NCT ids), all marked recruiting.
/// </summary>
[MemoryDiagnoser]
public class TrialBenchmarks
{
    private readonly List<Trial> _raw = [];
    private List<Trial> _compiled = [];
    private PatientCase _case = null!;
    private CaseGenetics _genetics = null!;
    private DiseaseStatusAssessment _status = null!;

    [GlobalSetup]
    public void Setup()
    {
        string studies = Environment.GetEnvironmentVariable("AMLNAV_SHARED_DATA") is { Length: > 0 } d
            ? Path.Combine(d, "ctgov-aml-trials", "studies")
            : FindShared();
        List<Trial> source = [.. CtGovReader.ReadPath(studies).Select(r => r.Trial!).Where(t => t is not null)];
        for (int i = 0; i < 10_000; i++)
        {
            Trial t = source[i % source.Count];
            _raw.Add(t with { NctId = $"NCT{i:D8}", OverallStatus = "RECRUITING" });
        }

        _compiled = [.. _raw.Select(t => t.Compiled())];
        _case = new PatientCase
        {
            Id = "bench",
            Patient = new PatientInfo { AgeAtDiagnosis = 58, Sex = Sex.Female, Ecog = 1 },
            Diagnosis = new DiagnosisEpisode { Date = new DateOnly(2023, 2, 1), AmlType = AmlType.DeNovo },
            Relapse = new RelapseEpisode { Date = new DateOnly(2024, 7, 20), MarrowBlastPercent = 38 },
            Labs = new Labs { BilirubinUln = 0.8, AstUln = 1.1, AltUln = 0.9, CreatinineClearance = 88, QtcMs = 431, Lvef = 60 },
        };
        AssessmentLog log = new();
        _genetics = CaseGenetics.From(_case, log);
        _status = DiseaseStatusEvaluator.Evaluate(_case, new DateOnly(2024, 8, 1), log);
    }

    private static string FindShared()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "ctgov-aml-trials", "studies");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared data not found: set AMLNAV_SHARED_DATA");
    }

    /// <summary>Split + recognise the criteria of 1,000 trials (divide by the time for trials/s).</summary>
    [Benchmark]
    public int ReadCriteria_1000Trials()
    {
        int n = 0;
        for (int i = 0; i < 1000; i++)
        {
            n += CriterionRecognizer.Compile(_raw[i].EligibilityCriteria).Criteria.Length;
        }

        return n;
    }

    /// <summary>Match one case against 10,000 trials compiled at index time.</summary>
    [Benchmark]
    public int Match_10000IndexedTrials() =>
        TrialMatcher.Match(_case, _genetics, _status, _compiled, new DateOnly(2024, 8, 1), includeClosed: false, new AssessmentLog()).Length;
}
