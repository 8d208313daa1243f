using System.Text.Json;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Knowledge;

public static partial class KnowledgeBaseLoader
{
    /// <summary>Reads the therapy section (placeholder: nothing yet).</summary>
    private static KnowledgeBase LoadTherapySection(KnowledgeBase kb, Dictionary<string, JsonElement> documents, List<KnowledgeProblem> problems)
    {
        _ = (documents, problems);
        return kb;
    }
}
