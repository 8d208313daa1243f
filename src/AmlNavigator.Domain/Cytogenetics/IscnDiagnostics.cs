namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>
/// The catalogue of ISCN parser diagnostic codes. Codes are stable; tests assert on them, never on message text.
/// KAR001–KAR019 are errors in every mode; KAR020–KAR039 are repairs of common laboratory slips (warnings in tolerant
/// mode, errors in strict mode, and they set <c>repaired</c>); KAR040+ are notes (always warnings).
/// See docs/cytogenetics/grammar.md for examples of each.
/// </summary>
public static class IscnCodes
{
    /// <summary>Empty input.</summary>
    public const string Empty = "KAR001";

    /// <summary>Expected a chromosome count (46, 44~47, &lt;2n&gt;) at the start of a clone.</summary>
    public const string ExpectedCount = "KAR002";

    /// <summary>The text reports no cytogenetic result (Fail, N.D., not done).</summary>
    public const string NoResult = "KAR003";

    /// <summary>An item could not be read as an abnormality.</summary>
    public const string UnreadableAbnormality = "KAR004";

    /// <summary>A chromosome name other than 1–22, X, Y, ? (or v in translocations).</summary>
    public const string UnknownChromosome = "KAR005";

    /// <summary>A breakpoint that is not an ISCN band (p/q arm, region, band, sub-band, pter/qter/cen, ?).</summary>
    public const string InvalidBand = "KAR006";

    /// <summary>The number of breakpoint groups differs from the number of chromosomes.</summary>
    public const string BreakpointCountMismatch = "KAR007";

    /// <summary>A cell count bracket without a number.</summary>
    public const string InvalidCellCount = "KAR008";

    /// <summary>A chromosome number without + or - (gain or loss cannot be told).</summary>
    public const string MissingSign = "KAR009";

    /// <summary><c>idem</c>/<c>sl</c>/<c>sdl</c> with no earlier clone to refer to.</summary>
    public const string DanglingReference = "KAR010";

    /// <summary>A chromosome count that is not a plausible number.</summary>
    public const string InvalidCount = "KAR012";

    /// <summary>A character that cannot start or continue anything here.</summary>
    public const string UnexpectedCharacter = "KAR013";

    /// <summary>Text after the karyotype that is not ISCN (free text): set aside.</summary>
    public const string FreeText = "KAR034";

    /// <summary>Stray whitespace removed.</summary>
    public const string Whitespace = "KAR020";

    /// <summary><c>:</c> written for <c>;</c> between chromosomes or breakpoints.</summary>
    public const string ColonForSemicolon = "KAR021";

    /// <summary>Missing <c>)</c> supplied.</summary>
    public const string MissingParenthesis = "KAR022";

    /// <summary>Missing comma between two abnormalities supplied.</summary>
    public const string MissingComma = "KAR023";

    /// <summary>Letter case corrected (<c>Del</c>, <c>xy</c>, <c>Q22</c>).</summary>
    public const string LetterCase = "KAR024";

    /// <summary><c>-</c> written for <c>~</c> in a chromosome count range.</summary>
    public const string HyphenForTilde = "KAR025";

    /// <summary>Free-text prefix or trailing remark set aside (<c>Incomplete-</c>, <c>-only 5 metaphases</c>).</summary>
    public const string TextSetAside = "KAR026";

    /// <summary>A non-clonal remark (<c>/nonclonal[1]</c>) set aside.</summary>
    public const string NonClonal = "KAR027";

    /// <summary>A per-abnormality cell count inside a composite karyotype (<c>-7[18]</c>), not ISCN: ignored.</summary>
    public const string AbnormalityCellCount = "KAR028";

    /// <summary>Mismatched cell count brackets (<c>{cp20}</c>, <c>[8[</c>).</summary>
    public const string Bracket = "KAR029";

    /// <summary>Pre-ISCN notation rewritten (<c>5q-</c> → <c>del(5q)</c>).</summary>
    public const string OldNotation = "KAR030";

    /// <summary>A single chromosome's breakpoints split by <c>;</c> joined (<c>del(9)(q22;q32)</c>).</summary>
    public const string JoinedBreakpoints = "KAR031";

    /// <summary>A non-ISCN symbol spelled out or typographic variant replaced (<c>iso</c>, <c>−</c>).</summary>
    public const string Symbol = "KAR032";

    /// <summary>An empty item (<c>,,</c>) or stray separator dropped.</summary>
    public const string StraySeparator = "KAR033";

    /// <summary>The <c>ish</c>/<c>nuc ish</c> part is kept as text and not interpreted.</summary>
    public const string FishNotInterpreted = "KAR040";

    /// <summary>An incomplete karyotype (<c>inc</c>): absence of a feature cannot be concluded.</summary>
    public const string Incomplete = "KAR041";

    /// <summary>The sex chromosomes are not written.</summary>
    public const string MissingSex = "KAR042";

    /// <summary>Breakpoints are not written for a rearrangement that needs them.</summary>
    public const string MissingBreakpoints = "KAR043";

    /// <summary>The reader itself failed (a bug): nothing was concluded. Fuzz tests assert this never occurs.</summary>
    public const string InternalError = "KAR099";

    /// <summary>True when the code is a repair (KAR020–KAR039).</summary>
    public static bool IsRepair(string code) =>
        code.Length == 6 && code.StartsWith("KAR0", StringComparison.Ordinal) && code[4] is '2' or '3';
}
