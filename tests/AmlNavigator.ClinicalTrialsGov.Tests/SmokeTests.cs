namespace AmlNavigator.ClinicalTrialsGov.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_Loads()
    {
        typeof(SmokeTests).Assembly.ShouldNotBeNull();
    }
}
