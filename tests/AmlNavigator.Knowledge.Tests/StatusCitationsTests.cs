using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Knowledge.Tests;

public class StatusCitationsTests
{
    [Theory]
    [InlineData(DiseaseStatusEvaluator.CitationResponse)]
    [InlineData(DiseaseStatusEvaluator.CitationRefractory2017)]
    [InlineData(DiseaseStatusEvaluator.CitationEarlyRelapse)]
    [InlineData(DiseaseStatusEvaluator.CitationRelapseDefinition)]
    [InlineData(DiseaseStatusEvaluator.CitationPostTransplant)]
    public void DiseaseStatusCitation_IsInTheKnowledgeBase(string key)
    {
        KnowledgeBaseLoader.Default.Citations.ContainsKey(key).ShouldBeTrue();
    }
}
