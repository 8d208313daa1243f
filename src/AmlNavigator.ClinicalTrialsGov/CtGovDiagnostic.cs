namespace AmlNavigator.ClinicalTrialsGov;

/// <summary>Severity of a reading problem: an error drops the record, a warning keeps it with the field treated as absent.</summary>
public enum CtGovSeverity
{
    Error,
    Warning,
}

/// <summary>
/// A located problem found while reading ClinicalTrials.gov records: the source (file name), the line (NDJSON line or
/// the line of a JSON syntax error), a JSON Pointer-like path into the record, a stable code and a message saying what
/// was expected.
/// </summary>
public sealed record CtGovDiagnostic(
    CtGovSeverity Severity, string Source, int? Line, string Path, string Code, string Message)
{
    /// <summary><c>SOURCE:LINE: PATH: message [code]</c>, the CLI's error line format.</summary>
    public override string ToString()
    {
        string where = Line is { } line ? $"{Source}:{line}" : Source;
        string severity = Severity == CtGovSeverity.Error ? "error" : "warning";
        return $"{where}: {Path}: {severity}: {Message} [{Code}]";
    }
}
