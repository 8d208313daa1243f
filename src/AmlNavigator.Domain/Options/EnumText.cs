using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Options;

/// <summary>The contract spelling of an enum value (its <see cref="JsonStringEnumMemberNameAttribute"/>), for text
/// output and for reading the knowledge files with the same spelling as the JSON.</summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<T>(T value)
        where T : struct, Enum =>
        Cache.GetOrAdd(value, static v =>
        {
            FieldInfo? field = v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString();
        });
}
