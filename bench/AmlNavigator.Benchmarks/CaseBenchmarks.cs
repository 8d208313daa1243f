using System.Text;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Knowledge;

using BenchmarkDotNet.Attributes;

namespace AmlNavigator.Benchmarks;

/// <summary>
/// Read + validate one typical case, and assess it (issue #2 target: validation ≥ 50,000 cases/s single-threaded).
/// Run: <c>dotnet run -c Release --project bench/AmlNavigator.Benchmarks -- --filter '*CaseBenchmarks*' --job short</c>.
/// The case is the CONTRACT §2 example sample (about 1.5 kB of NDJSON).
/// </summary>
[MemoryDiagnoser]
public class CaseBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);
    private string _json = "";
    private byte[] _utf8 = [];
    private PatientCase _case = null!;
    private KnowledgeBase _knowledge = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(FindRepositoryRoot(), "samples", "cases", "npm1-flt3itd-late-relapse.json");
        // One NDJSON line, as batch mode sees it.
        _json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.ToJsonString();
        _utf8 = Encoding.UTF8.GetBytes(_json);
        _knowledge = KnowledgeBaseLoader.Default;
        _case = CaseJsonReader.Read(_json, AsOf).Case ?? throw new InvalidOperationException("sample is not valid");
    }

    [Benchmark(Baseline = true, Description = "validate (string)")]
    public CaseReadResult Validate() => CaseJsonReader.Read(_json, AsOf);

    [Benchmark(Description = "validate (UTF-8 bytes)")]
    public CaseReadResult ValidateUtf8() => CaseJsonReader.Read(_utf8, AsOf);

    [Benchmark(Description = "assess (validated case)")]
    public CaseAssessment Assess() => CaseAssessor.Assess(_case, _knowledge, AsOf);

    [Benchmark(Description = "validate + assess + serialise line")]
    public string ValidateAssessSerialise() =>
        AmlJson.SerializeLine(CaseAssessor.Assess(CaseJsonReader.Read(_json, AsOf).Case!, _knowledge, AsOf));

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmlNavigator.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
