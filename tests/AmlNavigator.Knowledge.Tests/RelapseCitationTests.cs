using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Prognosis;

namespace AmlNavigator.Knowledge.Tests;

public class RelapseCitationTests
{
    public static TheoryData<string> Keys => [.. RelapseCitations.All];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryRelapseCitationKey_ExistsInTheKnowledgeBase(string key)
    {
        KnowledgeBase kb = KnowledgeBaseLoader.Default;

        kb.Citations.ShouldContainKey(key);
        key.ShouldStartWith("rel-");
    }
}
