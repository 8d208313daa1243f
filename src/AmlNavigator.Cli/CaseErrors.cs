using System.Collections.Immutable;
using System.Text.Json.Serialization;
using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Cli;

/// <summary>Writes case errors as CONTRACT §1 says: <c>PATH: message</c> lines on standard error and, for JSON formats,
/// <c>{"errors":[…]}</c> in place of the result.</summary>
internal static class CaseErrors
{
    public static int Report(ImmutableArray<InputError> errors, bool json, CliConsole console)
    {
        foreach (InputError e in errors)
        {
            console.Error.WriteLine($"{(e.Path.Length == 0 ? "/" : e.Path)}: {e.Message} [{e.Code}]");
        }

        if (json)
        {
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(new ErrorDocument(errors), CliJson.Default.ErrorDocument));
        }

        return ExitCodes.BadInput;
    }

    public static void WriteWarnings(ImmutableArray<InputError> warnings, CliConsole console)
    {
        foreach (InputError w in warnings)
        {
            console.Error.WriteLine($"{(w.Path.Length == 0 ? "/" : w.Path)}: warning: {w.Message} [{w.Code}]");
        }
    }
}

/// <summary><c>{"errors":[…]}</c>.</summary>
internal sealed record ErrorDocument(ImmutableArray<InputError> Errors);

/// <summary><c>{"line":17,"errors":[…]}</c> (CONTRACT §3 batch error line).</summary>
internal sealed record BatchErrorLine(long Line, ImmutableArray<InputError> Errors);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErrorDocument))]
[JsonSerializable(typeof(BatchErrorLine))]
[JsonSerializable(typeof(string))]
internal sealed partial class CliJson : JsonSerializerContext;
