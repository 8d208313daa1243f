using AmlNavigator.Domain.Options;

namespace AmlNavigator.Domain.Knowledge;

public sealed partial record KnowledgeBase
{
    /// <summary>Drugs, options, interaction rules and supportive care (kb/therapy.json).</summary>
    public TherapyKnowledge Therapy { get; init; } = TherapyKnowledge.Empty;
}
