using AmlNavigator.Domain.Cytogenetics;

using BenchmarkDotNet.Attributes;

namespace AmlNavigator.Benchmarks;

/// <summary>
/// ISCN reading throughput, single-threaded, in process. One operation reads the whole string set, so
/// strings/s = strings per op ÷ mean time. Uses the Mitelman/LRCG corpus from ../shared/data when present
/// (<c>AMLNAV_SHARED_DATA</c> or a <c>shared/data</c> folder above the working directory), otherwise a built-in set of
/// typical laboratory strings. Run: <c>dotnet run -c Release --project bench/AmlNavigator.Benchmarks -- --filter
/// '*Karyotype*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class KaryotypeBenchmarks
{
    private static readonly string[] Typical =
    [
        "46,XY[20]",
        "46,XX[20]",
        "47,XY,+8[20]",
        "45,XX,-7[20]",
        "46,XX,t(15;17)(q24;q21)[20]",
        "46,XY,inv(16)(p13.1q22)[17]/46,XY[3]",
        "45,X,-Y,t(8;21)(q22;q22)[13]/45,idem,del(9)(q22q32)[7]",
        "46,XY,t(9;22)(q34;q11.2)[20]",
        "44~47,XY,del(5)(q13q33),-7,+8,der(17)t(5;17)(p13;p11.2),+mar[cp20]",
        "46,XX,t(9;11)(p22;q23)[18]/46,XX[2]",
    ];

    private string[] _strings = Typical;

    /// <summary>The input set: "typical" (10 common clinical strings) or "corpus" (all 10,889 Mitelman/LRCG strings).</summary>
    [Params("typical", "corpus")]
    public string Set { get; set; } = "typical";

    [GlobalSetup]
    public void Setup() => _strings = Set == "corpus" ? LoadCorpus() ?? Typical : Typical;

    [Benchmark]
    public int ReadAll()
    {
        int valid = 0;
        foreach (string s in _strings)
        {
            if (KaryotypeReader.Read(s).Valid)
            {
                valid++;
            }
        }

        return valid;
    }

    private static string[]? LoadCorpus()
    {
        string? root = Environment.GetEnvironmentVariable("AMLNAV_SHARED_DATA");
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); root is null && dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                root = candidate;
            }
        }

        if (root is null)
        {
            return null;
        }

        List<string> all = [];
        foreach (string file in new[] { "MD_mitelman_karyotypes.txt", "LRCG_karyotypes.txt" })
        {
            foreach (string line in File.ReadLines(Path.Combine(root, "iscn-mitelman-kparser", file)))
            {
                int at = line.IndexOf("@@", StringComparison.Ordinal);
                if (at >= 0)
                {
                    all.Add(line[(at + 2)..]);
                }
            }
        }

        return [.. all];
    }
}
