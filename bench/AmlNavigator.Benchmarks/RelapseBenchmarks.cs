using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Evolution;
using AmlNavigator.Domain.Fitness;
using AmlNavigator.Domain.Genetics;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Prognosis;
using AmlNavigator.Knowledge;

using BenchmarkDotNet.Attributes;

namespace AmlNavigator.Benchmarks;

/// <summary>
/// The relapse sections alone (prognosis scores, fitness, clonal evolution + resistance + work-up) on the CONTRACT
/// sample, to separate their cost from the full assessment. Run:
/// <c>dotnet run -c Release --project bench/AmlNavigator.Benchmarks -- --filter '*RelapseBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RelapseBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);
    private PatientCase _case = null!;
    private KnowledgeBase _knowledge = null!;
    private CaseGenetics _genetics = null!;
    private DiseaseStatusAssessment _status = null!;

    [GlobalSetup]
    public void Setup()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "AmlNavigator.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }

        string json = File.ReadAllText(Path.Combine(dir, "samples", "cases", "npm1-flt3itd-late-relapse.json"));
        _case = CaseJsonReader.Read(json, AsOf).Case ?? throw new InvalidOperationException("sample is not valid");
        _knowledge = KnowledgeBaseLoader.Default;
        _genetics = CaseGenetics.From(_case, new AssessmentLog());
        _status = DiseaseStatusEvaluator.Evaluate(_case, AsOf, new AssessmentLog());
    }

    [Benchmark(Description = "relapse sections (prognosis + fitness + genetics)")]
    public object Relapse()
    {
        AssessmentLog log = new();
        return (PrognosisEvaluator.Evaluate(_case, _genetics, _status, AsOf, log),
            FitnessEvaluator.Evaluate(_case, _genetics, AsOf, log),
            GeneticsEvaluator.Evaluate(_case, _genetics, _knowledge, log));
    }
}
