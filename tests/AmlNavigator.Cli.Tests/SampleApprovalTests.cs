using AmlNavigator.Testing;

namespace AmlNavigator.Cli.Tests;

/// <summary>Every sample case is a regression test: its JSON and text assessments at a fixed <c>--as-of</c> are approved
/// files under tests/AmlNavigator.Cli.Tests/Approved/ (re-approve with AMLNAV_APPROVE=1 and review the diff).</summary>
public class SampleApprovalTests
{
    public static TheoryData<string> Samples()
    {
        TheoryData<string> data = [];
        foreach (string path in Directory.GetFiles(RepositoryFiles.PathOf(Path.Combine("samples", "cases")), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void Samples_AtLeastTwelve()
    {
        Samples().Count.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Assess_Sample_Json_MatchesApproved(string sample)
    {
        var (code, output, _) = CliHarness.RunArgs("assess", CliHarness.SamplePath(sample + ".json"), "--as-of", CliHarness.ApprovedAsOf, "--format", "json");

        code.ShouldBe(0);
        Approved.Verify(WithoutContentHash(output), $"tests/AmlNavigator.Cli.Tests/Approved/{sample}.assess.json");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Assess_Sample_Text_MatchesApproved(string sample)
    {
        var (code, output, _) = CliHarness.RunArgs("assess", CliHarness.SamplePath(sample + ".json"), "--as-of", CliHarness.ApprovedAsOf, "--format", "text");

        code.ShouldBe(0);
        Approved.Verify(output, $"tests/AmlNavigator.Cli.Tests/Approved/{sample}.assess.txt");
    }

    [Fact]
    public void ValidateBatch_SamplesNdjson_MatchesApproved()
    {
        var (code, output, _) = CliHarness.RunArgs("validate", "--batch", CliHarness.RepoPath("samples/cases.ndjson"), "--as-of", CliHarness.ApprovedAsOf);

        code.ShouldBe(0);
        Approved.Verify(output, "tests/AmlNavigator.Cli.Tests/Approved/cases.validate.ndjson");
    }

    /// <summary>The knowledge-base content hash changes with every knowledge edit by anyone; the approved files pin the
    /// assessment, not the hash (the version stays visible).</summary>
    internal static string WithoutContentHash(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"contentHash\": \"[0-9a-f]*\"", "\"contentHash\": \"(normalised)\"");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Assess_Sample_TwiceGivesIdenticalBytes(string sample)
    {
        string[] args = ["assess", CliHarness.SamplePath(sample + ".json"), "--as-of", CliHarness.ApprovedAsOf];

        CliHarness.RunArgs(args).Out.ShouldBe(CliHarness.RunArgs(args).Out);
    }
}
