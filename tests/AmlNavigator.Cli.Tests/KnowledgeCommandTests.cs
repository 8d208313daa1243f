using AmlNavigator.Testing;

namespace AmlNavigator.Cli.Tests;

public class KnowledgeCommandTests
{
    [Fact]
    public void Knowledge_Markdown_MatchesApproved()
    {
        var (code, output, _) = CliHarness.RunArgs("knowledge", "--format", "md");

        code.ShouldBe(0);
        output.ShouldContain("venetoclax-posaconazole");
        // The citations section lists every area's sources and changes with other areas' edits: approve the therapy part.
        string therapyPart = output[..output.IndexOf("\n## Citations", StringComparison.Ordinal)];
        Approved.Verify(System.Text.RegularExpressions.Regex.Replace(therapyPart, "`[0-9a-f]{64}`", "`<content-hash>`"),
            "tests/AmlNavigator.Cli.Tests/Approved/knowledge.md");
    }

    [Theory]
    [InlineData("json", "\"sections\"")]
    [InlineData("html", "<h2>Treatment options</h2>")]
    public void Knowledge_OtherFormats_CarryTheSameContent(string format, string marker)
    {
        var (code, output, _) = CliHarness.RunArgs("knowledge", "--format", format);

        code.ShouldBe(0);
        output.ShouldContain(marker);
        output.ShouldContain("tx-ven-hcp-ddi");
    }
}
