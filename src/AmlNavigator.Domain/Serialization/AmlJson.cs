using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Cytogenetics;

namespace AmlNavigator.Domain.Serialization;

/// <summary>
/// JSON for the contract's documents (CONTRACT §2, §3, §5): camelCase, enums as their contract strings, properties in
/// declaration order, invariant number formatting; source-generated, so no reflection and stable output.
/// </summary>
public static class AmlJson
{
    // Readable text: ≥, §, ×10⁹/L and accented names are written as themselves, not \u-escaped. Our JSON is served as
    // application/json or written to files, never pasted into HTML <script> blocks (that would need the default,
    // HTML-escaping encoder). docs/adr/0004-cli.md.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly AmlJsonContext IndentedContext = new(new JsonSerializerOptions(AmlJsonContext.Default.Options) { Encoder = Encoder });
    private static readonly AmlJsonContext CompactContext =
        new(new JsonSerializerOptions(AmlJsonContext.Default.Options) { WriteIndented = false, Encoder = Encoder });

    /// <summary>The writer options matching <see cref="SerializeLine{T}"/> (compact, readable encoder).</summary>
    public static JsonWriterOptions CompactWriterOptions { get; } = new() { Encoder = Encoder, Indented = false };

    /// <summary>Indented JSON with a trailing newline (files, single results).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Info<T>(IndentedContext)) + "\n";

    /// <summary>One line of JSON without a newline (NDJSON).</summary>
    public static string SerializeLine<T>(T value) => JsonSerializer.Serialize(value, Info<T>(CompactContext));

    /// <summary>Writes compact JSON to a UTF-8 writer (batch mode, no intermediate string).</summary>
    public static void WriteLine<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Info<T>(CompactContext));

    /// <summary>The type info for <typeparamref name="T"/> in the indented context.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => Info<T>(IndentedContext);

    private static JsonTypeInfo<T> Info<T>(JsonSerializerContext context) =>
        (JsonTypeInfo<T>)(context.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {nameof(AmlJsonContext)}."));
}

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict, // numbers are numbers (the Web default would also accept "42")
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CaseAssessment))]
[JsonSerializable(typeof(PatientCase))]
[JsonSerializable(typeof(KaryotypeResult))]
[JsonSerializable(typeof(InputError))]
[JsonSerializable(typeof(List<InputError>))]
internal sealed partial class AmlJsonContext : JsonSerializerContext;
