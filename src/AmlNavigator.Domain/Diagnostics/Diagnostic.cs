using System.Collections.Immutable;

namespace AmlNavigator.Domain.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Recovered or informational: the value is still usable.</summary>
    Warning = 1,

    /// <summary>The value (or part of it) could not be used.</summary>
    Error = 2,
}

/// <summary>A character range in a parsed text (zero-based start, length in UTF-16 code units).</summary>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>The exclusive end of the span.</summary>
    public int End => Start + Length;
}

/// <summary>
/// A located, coded problem found in clinical input text (ISCN, HGVS, eligibility text...).
/// </summary>
/// <remarks>Codes are stable (e.g. <c>KAR012</c>) and listed in one catalogue per parser; tests assert on codes, never on
/// message text.</remarks>
public readonly record struct Diagnostic(string Code, Severity Severity, string Message, SourceSpan Span);

/// <summary>A parse result: a value (possibly partial) plus every diagnostic found.</summary>
/// <typeparam name="T">The parsed value type.</typeparam>
public sealed record Parsed<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic has error severity.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (Diagnostic d in Diagnostics)
            {
                if (d.Severity >= Severity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
