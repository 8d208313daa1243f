using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Genetics;

/// <summary>What is known about one gene (or lesion) at one time point. Unknown is never read as wild-type.</summary>
public enum GeneStatus
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("wild-type")] WildType,
    [JsonStringEnumMemberName("mutated")] Mutated,
}
