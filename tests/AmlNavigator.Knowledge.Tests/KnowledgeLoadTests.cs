namespace AmlNavigator.Knowledge.Tests;

public class KnowledgeLoadTests
{
    [Fact]
    public void Default_Loads_WithVersion()
    {
        KnowledgeBaseLoader.Default.Version.ShouldNotBeNullOrEmpty();
    }
}
