namespace AmlNavigator.Cli.Tests;

public class UsageTests
{
    [Fact]
    public void NoArguments_PrintsUsage_ExitCode2()
    {
        var (code, _, error) = CliHarness.Run();
        code.ShouldBe(2);
        error.ShouldContain("Usage:");
    }

    [Fact]
    public void UnknownCommand_ExitCode2()
    {
        CliHarness.Run("frobnicate").ExitCode.ShouldBe(2);
    }
}
