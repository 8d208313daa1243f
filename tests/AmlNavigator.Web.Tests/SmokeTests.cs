namespace AmlNavigator.Web.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_Loads()
    {
        typeof(SmokeTests).Assembly.ShouldNotBeNull();
    }
}
