using System.Collections.Immutable;
using System.Text.Json;

namespace AmlNavigator.Domain.Cases;

/// <summary>The outcome of reading one case: the case when valid, and every located error and warning.</summary>
/// <param name="Case">The case when there are no errors, else null (a partly read case is never handed on).</param>
/// <param name="Errors">Every error found, in document order, then cross-field (date) errors.</param>
/// <param name="Warnings">Problems the reader repaired or could not judge (aliases, unknown genes); the case also carries
/// them in <see cref="PatientCase.InputWarnings"/> so they reach the assessment.</param>
public sealed record CaseReadResult(PatientCase? Case, ImmutableArray<InputError> Errors, ImmutableArray<InputError> Warnings)
{
    public bool IsValid => Case is not null && Errors.IsEmpty;
}

/// <summary>
/// Reads and validates a case file (CONTRACT §2). Strict: an unknown property is an error (with a "did you mean"), every
/// value is checked for type, unit and range, and dates are checked against each other and against <c>asOf</c>. All
/// problems are reported at once, each with a JSON Pointer path and a code from <see cref="CaseErrorCodes"/>.
/// Never throws on data. Rules and ranges: docs/adr/0003-case-validation.md.
/// </summary>
public static class CaseJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Reads one case from JSON text.</summary>
    /// <param name="json">The case document.</param>
    /// <param name="asOf">The assessment date: no date in the case may lie after it. Null skips that check.</param>
    public static CaseReadResult Read(string json, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return SyntaxError(ex);
        }

        using (document)
        {
            return Read(document.RootElement, asOf);
        }
    }

    /// <summary>Reads one case from UTF-8 JSON bytes (batch mode: no intermediate string).</summary>
    public static CaseReadResult Read(ReadOnlyMemory<byte> utf8Json, DateOnly? asOf = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return SyntaxError(ex);
        }

        using (document)
        {
            return Read(document.RootElement, asOf);
        }
    }

    /// <summary>Reads one case from a parsed JSON element.</summary>
    public static CaseReadResult Read(JsonElement root, DateOnly? asOf = null)
    {
        CaseReader reader = new();
        PatientCase? read = reader.ReadCase(root);
        if (read is not null)
        {
            CaseConsistency.Check(read, asOf, reader.Errors, reader.Warnings);
        }

        ImmutableArray<InputError> errors = [.. reader.Errors];
        ImmutableArray<InputError> warnings = [.. reader.Warnings];
        return errors.IsEmpty && read is not null
            ? new CaseReadResult(read with { InputWarnings = warnings }, [], warnings)
            : new CaseReadResult(null, errors, warnings);
    }

    private static CaseReadResult SyntaxError(JsonException ex)
    {
        string reason = ex.Message;
        int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        }

        reason = (cut > 0 ? reason[..cut] : reason).Trim().TrimEnd('.');
        string where = ex.LineNumber is { } line
            ? $" at line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}"
            : "";
        return new CaseReadResult(
            null,
            [new InputError("", CaseErrorCodes.JsonInvalid, $"Expected one valid JSON object{where}: {reason}.")],
            []);
    }
}
