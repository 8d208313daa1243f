using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Serialization;

namespace AmlNavigator.Domain.Tests.Assessment;

public class CaseAssessorTests
{
    [Fact]
    public void Assess_SameInputTwice_GivesIdenticalBytes()
    {
        // Given
        PatientCase c = new() { Id = "determinism" };
        DateOnly asOf = new(2026, 1, 15);

        // When
        string first = AmlJson.Serialize(CaseAssessor.Assess(c, KnowledgeBase.Empty, asOf));
        string second = AmlJson.Serialize(CaseAssessor.Assess(c, KnowledgeBase.Empty, asOf));

        // Then
        first.ShouldBe(second);
        first.ShouldContain("\"caseId\": \"determinism\"");
    }
}
