using System.Text.Json;

using AmlNavigator.Testing;

using Xunit.Abstractions;

namespace AmlNavigator.Cli.Tests;

/// <summary><c>amlnav trials import|match</c> and <c>assess --trials</c> end to end, in-process.</summary>
public sealed class TrialsCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("amlnav-trials-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string? Studies => SharedData.Directory is null ? null : SharedData.PathOf("ctgov-aml-trials/studies");

    private static string Sample => RepositoryFiles.PathOf("samples/cases/npm1-flt3itd-late-relapse.json");

    [Fact]
    public void Import_builds_the_index_and_reimport_updates_in_place()
    {
        if (Studies is not { } studies)
        {
            output.WriteLine("SKIPPED: shared data absent");
            return;
        }

        string index = Path.Combine(_temp, "index");
        var (code, stdout, stderr0) = CliHarness.Run("", "trials", "import", studies, "--index", index);
        code.ShouldBe(0, stderr0);
        stdout.ShouldContain("imported 56 trial(s)");
        stdout.ShouldContain("56 new, 0 updated");
        File.ReadAllLines(Path.Combine(index, "ids.tsv")).Length.ShouldBe(57);

        (code, stdout, stderr0) = CliHarness.Run("", "trials", "import", Path.Combine(studies, "NCT00260832.json"), "--index", index);
        code.ShouldBe(0, stderr0);
        stdout.ShouldContain("0 new, 1 updated");
        stdout.ShouldContain("the index holds 56 trial(s)");
    }

    [Fact]
    public void Import_reports_bad_records_by_location_and_goes_on()
    {
        string file = Path.Combine(_temp, "mixed.ndjson");
        File.WriteAllText(file, "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\"}}}\nnot json\n{\"protocolSection\":{}}\n");
        var (code, stdout, stderr) = CliHarness.Run("", "trials", "import", file, "--index", Path.Combine(_temp, "i"));
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("imported 1 trial(s)");
        stdout.ShouldContain("2 record(s) rejected");
        stderr.ShouldContain("mixed.ndjson:2: /: error: invalid JSON");
        stderr.ShouldContain("mixed.ndjson:3: /protocolSection/identificationModule/nctId: error");
    }

    [Fact]
    public void Import_of_a_missing_path_is_unusable_input()
    {
        CliHarness.Run("", "trials", "import", Path.Combine(_temp, "nope")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Match_lists_every_trial_with_criteria_and_filters_closed_ones()
    {
        if (Studies is not { } studies)
        {
            output.WriteLine("SKIPPED: shared data absent");
            return;
        }

        var (code, stdout, stderr0) = CliHarness.Run("", "trials", "match", Sample, "--trials", studies, "--include-closed", "--as-of", "2024-08-01");
        code.ShouldBe(0, stderr0);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement trials = doc.RootElement.GetProperty("trials");
        trials.GetArrayLength().ShouldBe(56);
        JsonElement first = trials[0];
        first.GetProperty("fit").GetString().ShouldBeOneOf("likely", "possible", "unlikely");
        JsonElement criterion = first.GetProperty("criteria")[0];
        criterion.GetProperty("status").GetString().ShouldBeOneOf("met", "not-met", "unknown");
        criterion.TryGetProperty("start", out _).ShouldBeTrue();
        criterion.TryGetProperty("fact", out _).ShouldBeTrue();

        // Only NCT03306264 was recruiting in the Feb 2021 snapshot: without --include-closed the rest are left out.
        (code, stdout, stderr0) = CliHarness.Run("", "trials", "match", Sample, "--trials", studies, "--as-of", "2024-08-01");
        code.ShouldBe(0, stderr0);
        using JsonDocument closed = JsonDocument.Parse(stdout);
        closed.RootElement.GetProperty("trials").GetArrayLength().ShouldBe(1);
        closed.RootElement.GetProperty("trials")[0].GetProperty("status").GetString().ShouldBe("recruiting");
        closed.RootElement.GetProperty("trialsClosed").GetInt32().ShouldBe(55);

        (code, stdout, stderr0) = CliHarness.Run("", "trials", "match", Sample, "--trials", studies, "--include-closed", "--as-of", "2024-08-01", "--format", "text");
        code.ShouldBe(0, stderr0);
        stdout.ShouldContain("NCT00260832");
    }

    [Fact]
    public void Match_output_is_deterministic()
    {
        if (Studies is not { } studies)
        {
            output.WriteLine("SKIPPED: shared data absent");
            return;
        }

        string a = CliHarness.Run("", "trials", "match", Sample, "--trials", studies, "--include-closed", "--as-of", "2024-08-01").Out;
        string b = CliHarness.Run("", "trials", "match", Sample, "--trials", studies, "--include-closed", "--as-of", "2024-08-01").Out;
        a.ShouldBe(b);
    }

    [Fact]
    public void Assess_with_trials_fills_trials_array()
    {
        if (Studies is not { } studies)
        {
            output.WriteLine("SKIPPED: shared data absent");
            return;
        }

        var (code, stdout, stderr0) = CliHarness.Run("", "assess", Sample, "--trials", studies, "--include-closed", "--as-of", "2024-08-01");
        code.ShouldBe(0, stderr0);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("trials").GetArrayLength().ShouldBe(56);

        (code, stdout, stderr0) = CliHarness.Run("", "assess", Sample, "--as-of", "2024-08-01");
        code.ShouldBe(0, stderr0);
        using JsonDocument without = JsonDocument.Parse(stdout);
        without.RootElement.GetProperty("trials").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Match_with_missing_trials_is_unusable_input()
    {
        CliHarness.Run("", "trials", "match", Sample, "--trials", Path.Combine(_temp, "none")).ExitCode.ShouldBe(2);
    }
}
