using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Cli;

/// <summary>Writes case errors as CONTRACT §1 says: <c>PATH: message</c> lines on standard error and, for JSON formats,
/// <c>{"errors":[…]}</c> in place of the result.</summary>
internal static class CaseErrors
{
    /// <summary>Reports a case that cannot be used; returns exit code 2.</summary>
    /// <param name="errors">The errors, in the reader's order.</param>
    /// <param name="json">True for <c>--format json</c>: the error document replaces the result.</param>
    /// <param name="outPath">Where the result would have gone (<c>--out</c>), or null for standard output.</param>
    public static int Report(ImmutableArray<InputError> errors, bool json, CliConsole console, string? outPath = null)
    {
        foreach (InputError e in errors)
        {
            console.Error.WriteLine($"{Location(e.Path)}: {e.Message} [{e.Code}]");
        }

        if (json)
        {
            CliIo.WriteOutput(JsonSerializer.Serialize(new ErrorDocument(errors), CliJson.Readable.ErrorDocument) + "\n", outPath, console);
        }

        return ExitCodes.BadInput;
    }

    public static void WriteWarnings(ImmutableArray<InputError> warnings, CliConsole console)
    {
        foreach (InputError w in warnings)
        {
            console.Error.WriteLine($"{Location(w.Path)}: warning: {w.Message} [{w.Code}]");
        }
    }

    private static string Location(string path) => path.Length == 0 ? "/" : path;
}

/// <summary><c>{"errors":[…]}</c>.</summary>
internal sealed record ErrorDocument(ImmutableArray<InputError> Errors);

/// <summary><c>{"line":17,"errors":[…]}</c> (CONTRACT §3 batch error line).</summary>
internal sealed record BatchErrorLine(long Line, ImmutableArray<InputError> Errors);

/// <summary>The result of validating one case: <c>{"id":…,"valid":true,"warnings":[…]}</c> (batch lines add <c>line</c>).</summary>
internal sealed record ValidationLine(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Line,
    string Id,
    bool Valid,
    ImmutableArray<InputError> Warnings);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErrorDocument))]
[JsonSerializable(typeof(BatchErrorLine))]
[JsonSerializable(typeof(ValidationLine))]
[JsonSerializable(typeof(string))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Same readable encoder as the assessment JSON (AmlJson): non-ASCII text is written as itself.</summary>
    public static CliJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
