using System.Collections.Immutable;

using AmlNavigator.Domain.Diagnostics;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>The outcome of parsing one ISCN string.</summary>
/// <param name="Karyotype">What could be read (never null; possibly with no clones).</param>
/// <param name="Diagnostics">Every located problem, in input order.</param>
/// <param name="Repaired">True when a laboratory slip was repaired (tolerant mode) or found (strict mode).</param>
public sealed record IscnParse(Karyotype Karyotype, ImmutableArray<Diagnostic> Diagnostics, bool Repaired)
{
    /// <summary>True when no diagnostic has error severity.</summary>
    public bool Valid => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Hand-written, single-pass ISCN 2020/2024 reader for cancer karyotypes. Never throws on data: every problem becomes
/// a coded, located <see cref="Diagnostic"/> (catalogue: <see cref="IscnCodes"/>).
/// </summary>
/// <remarks>
/// Grammar (informal EBNF; whitespace is not ISCN and is removed with a KAR020 repair):
/// <code>
/// text        = karyotype [ ('.' | ' ') fish ] ;                 fish = ('ish' | 'nuc ish') …   (kept verbatim)
/// karyotype   = clone { ('/' | '//') clone } ;                    '//' separates recipient from donor (chimera)
/// clone       = count [ ',' sex ] { ',' item } [ cells ]
///             | 'nonclonal' …                                      (remark, set aside)
/// count       = n [ '~' n ] [ '&lt;' ploidy '&gt;' ] | '&lt;' ploidy '&gt;' | n 'n' | '?' ;   ploidy = digit 'n' …
/// sex         = { 'X' | 'Y' | '?' }+ [ 'c' ] ;
/// cells       = '[' [ 'cp' ] n ']' ;
/// item        = ref | 'inc' | [ '?' ] [ '+' | '-' ] [ '?' ] core { suffix } ;
/// ref         = ( 'idem' | 'sl' | 'sdl' [ n ] ) [ 'x' n ] ;
/// core        = chrom                                             numerical: +8, -7, +X
///             | [ n [ '~' n ] ] ( 'mar' [ n ] | 'dmin' | 'r' | 'hsr' )   markers: +mar1, +2mar, 1~3dmin, +r
///             | n ( 'p' | 'q' ) variant                           heteromorphism: 9qh+, 15pstk+
///             | symbol '(' chroms ')' [ '(' breakpoints ')' ] { [ '?' ] symbol '(' … ')' [ '(' … ')' ] } ;
/// symbol      = 't' | 'der' | 'del' | 'dup' | 'trp' | 'qdp' | 'inv' | 'ins' | 'i' | 'idic' | 'dic' | 'psu dic' | 'trc'
///             | 'add' | 'r' | 'rob' | 'hsr' | 'tas' | 'fra' | 'ider' | 'rcp' | 'tan' | 'upd' ;
/// chroms      = chrom { ';' chrom } | chrom ( 'p' | 'q' ) ;       short arm form: del(5q), i(17q)
/// chrom       = '1'…'22' | 'X' | 'Y' | '?' | 'v' ;
/// breakpoints = group { ';' group } | detailed ;                  one group per chromosome
/// group       = band { [ '~' ] band } ;   band = [ '?' ] ( ('p' | 'q') [ 'ter' | d [ d ] [ '.' d { d } ] ] | 'cen' | '?' )
/// detailed    = … '::' … | … '-&gt;' … ;                            kept as text
/// suffix      = ('x' | '×') n [ '~' n ] | 'c' | '?' ;
/// </code>
/// Tolerant mode repairs the slips listed in <see cref="IscnCodes"/> (KAR020–KAR039) with warnings; strict mode reports
/// the same findings as errors. The model is the same in both modes.
/// </remarks>
public static class IscnParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="strict"/> turns every repair into an error.</summary>
    public static IscnParse Parse(string text, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text, strict);
        Karyotype karyotype = reader.ReadAll();
        return new IscnParse(karyotype, reader.Diagnostics.ToImmutable(), reader.Repaired);
    }

    /// <summary>Chromosome names, interned so the model never allocates for them.</summary>
    private static readonly string[] Autosomes =
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"];

    internal static string? AutosomeName(int n) => n is >= 1 and <= 22 ? Autosomes[n - 1] : null;

    private readonly record struct Keyword(string Text, string Symbol, AbnormalityKind Kind, bool NeedsParenthesis);

    // Longest first where one is a prefix of another (tas before t, idem/ider/idic/inc/ins/inv/iso before i…).
    private static readonly Keyword[] Keywords =
    [
        new("psu dic", "psu dic", AbnormalityKind.Dicentric, true),
        new("psudic", "psu dic", AbnormalityKind.Dicentric, true),
        new("idem", "idem", AbnormalityKind.OtherStructural, false),
        new("ider", "ider", AbnormalityKind.Derivative, true),
        new("idic", "idic", AbnormalityKind.Isodicentric, true),
        new("dmin", "dmin", AbnormalityKind.DoubleMinute, false),
        new("del", "del", AbnormalityKind.Deletion, true),
        new("der", "der", AbnormalityKind.Derivative, true),
        new("dic", "dic", AbnormalityKind.Dicentric, true),
        new("dup", "dup", AbnormalityKind.Duplication, true),
        new("inc", "inc", AbnormalityKind.OtherStructural, false),
        new("ins", "ins", AbnormalityKind.Insertion, true),
        new("inv", "inv", AbnormalityKind.Inversion, true),
        new("iso", "i", AbnormalityKind.Isochromosome, true),
        new("hsr", "hsr", AbnormalityKind.HomogeneouslyStainingRegion, false),
        new("mar", "mar", AbnormalityKind.Marker, false),
        new("qdp", "qdp", AbnormalityKind.Quadruplication, true),
        new("rcp", "rcp", AbnormalityKind.OtherStructural, true),
        new("rob", "rob", AbnormalityKind.Robertsonian, true),
        new("sdl", "sdl", AbnormalityKind.OtherStructural, false),
        new("tas", "tas", AbnormalityKind.TelomericAssociation, true),
        new("tan", "tan", AbnormalityKind.OtherStructural, true),
        new("trc", "trc", AbnormalityKind.Dicentric, true),
        new("trp", "trp", AbnormalityKind.Triplication, true),
        new("fra", "fra", AbnormalityKind.FragileSite, true),
        new("add", "add", AbnormalityKind.Addition, true),
        new("upd", "upd", AbnormalityKind.OtherStructural, true),
        new("sl", "sl", AbnormalityKind.OtherStructural, false),
        new("t", "t", AbnormalityKind.Translocation, true),
        new("i", "i", AbnormalityKind.Isochromosome, true),
        new("r", "r", AbnormalityKind.Ring, false),
    ];

    private enum ItemKind
    {
        Abnormality,
        Reference,
        Incomplete,
        Nothing,
    }

    private readonly record struct Item(
        ItemKind Kind,
        Abnormality? Abnormality = null,
        CloneReferenceKind Reference = CloneReferenceKind.None,
        int? ReferenceNumber = null,
        string? ReferenceMultiplier = null);

    private sealed class Reader(string text, bool strict)
    {
        private readonly string _s = text;
        private int _end = text.Length;
        private int _pos;
        private readonly List<string> _remarks = [];

        public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

        public bool Repaired { get; private set; }

        private char Peek => _pos < _end ? _s[_pos] : '\0';

        private char PeekAt(int offset) => _pos + offset < _end ? _s[_pos + offset] : '\0';

        private bool AtEnd => _pos >= _end;

        private void Error(string code, string message, int start, int length) =>
            Diagnostics.Add(new Diagnostic(code, Severity.Error, message, Span(start, length)));

        private void Note(string code, string message, int start, int length) =>
            Diagnostics.Add(new Diagnostic(code, Severity.Warning, message, Span(start, length)));

        private void Repair(string code, string message, int start, int length)
        {
            Repaired = true;
            Diagnostics.Add(new Diagnostic(code, strict ? Severity.Error : Severity.Warning, message, Span(start, length)));
        }

        /// <summary>A span clamped to the text (an "expected X here" at the very end has length 0).</summary>
        private SourceSpan Span(int start, int length)
        {
            int s = Math.Clamp(start, 0, _s.Length);
            return new SourceSpan(s, Math.Clamp(length, 0, _s.Length - s));
        }

        public Karyotype ReadAll()
        {
            if (string.IsNullOrWhiteSpace(_s))
            {
                Error(IscnCodes.Empty, "Expected an ISCN karyotype such as 46,XY[20]; the text is empty.", 0, _s.Length);
                return new Karyotype();
            }

            string? fish = SplitFish();
            ImmutableArray<KaryotypeClone>.Builder clones = ImmutableArray.CreateBuilder<KaryotypeClone>();
            SkipSpaces(repair: true);
            bool donor = false;
            while (!AtEnd)
            {
                if (ReadClone(donor) is { } clone)
                {
                    clones.Add(clone);
                }

                SkipSpaces(repair: true);
                if (AtEnd)
                {
                    break;
                }

                if (Peek == '/')
                {
                    int slash = _pos;
                    _pos++;
                    if (Peek == '/')
                    {
                        _pos++;
                        donor = true;
                    }

                    SkipSpaces(repair: true);
                    if (AtEnd)
                    {
                        Repair(IscnCodes.StraySeparator, "A '/' at the end is not followed by a clone; it was dropped.", slash, 1);
                    }

                    continue;
                }

                SetAsideFreeText(_pos);
            }

            if (clones.Count == 0 && fish is null && !Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                Error(IscnCodes.ExpectedCount, "Expected at least one clone such as 46,XY[20].", 0, _s.Length);
            }

            ImmutableArray<KaryotypeClone> resolved = Resolve(clones);
            return new Karyotype { Clones = resolved, Fish = fish, Remarks = [.. _remarks] };
        }

        /// <summary>Finds a trailing <c>.ish</c> / <c>nuc ish</c> part; limits the karyotype to the text before it.</summary>
        private string? SplitFish()
        {
            string s = _s;
            for (int i = 0; i + 3 <= s.Length; i++)
            {
                if ((s[i] | 0x20) != 'i' || (s[i + 1] | 0x20) != 's' || (s[i + 2] | 0x20) != 'h')
                {
                    continue;
                }

                bool before = i == 0 || s[i - 1] is '.' or ' ' or ',' or '/';
                bool after = i + 3 == s.Length || s[i + 3] is ' ' or '(' or '.';
                if (!before || !after)
                {
                    continue;
                }

                int cut = i;
                if (i >= 4 && string.Compare(s, i - 4, "nuc ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    cut = i - 4;
                }

                int fishStart = cut;
                while (cut > 0 && s[cut - 1] is '.' or ' ' or ',' or '/')
                {
                    cut--;
                }

                string fish = s[fishStart..].Trim();
                _end = cut;
                Note(IscnCodes.FishNotInterpreted,
                    "The in situ hybridisation part is kept as written and not used for the karyotype features.",
                    fishStart, s.Length - fishStart);
                return fish;
            }

            return null;
        }

        private void SetAsideFreeText(int start)
        {
            string rest = _s[start.._end].Trim();
            _remarks.Add(rest);
            Repair(IscnCodes.FreeText, $"Text after the karyotype is not ISCN and was set aside: '{Shorten(rest)}'.",
                start, _end - start);
            _pos = _end;
        }

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

        private bool SkipSpaces(bool repair)
        {
            int start = _pos;
            while (_pos < _end && char.IsWhiteSpace(_s[_pos]))
            {
                _pos++;
            }

            if (_pos > start && repair)
            {
                Repair(IscnCodes.Whitespace, "Spaces are not part of ISCN; removed.", start, _pos - start);
            }

            return _pos > start;
        }

        private bool StartsWithIgnoreCase(string word) =>
            _pos + word.Length <= _end && string.Compare(_s, _pos, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool IsDelimiter(char c) => c is ',' or '/' or '[' or '{' or '\0';

        // ---- clone ------------------------------------------------------------------------------------------------

        private KaryotypeClone? ReadClone(bool donor)
        {
            int start = _pos;
            if (StartsWithIgnoreCase("nonclonal") || StartsWithIgnoreCase("non-clonal"))
            {
                // "nonclonal w/clonal abnormalities[1]": the "w/" (with) is part of the remark, not a clone separator.
                SkipToCloneEnd();
                while (_pos < _end && _pos > 0 && (_s[_pos - 1] is 'w' or 'W'))
                {
                    _pos++;
                    SkipToCloneEnd();
                }

                string remark = _s[start.._pos].Trim();
                _remarks.Add(remark);
                Repair(IscnCodes.NonClonal, $"Non-clonal remark '{Shorten(remark)}' set aside; it is not a clone.", start, _pos - start);
                return null;
            }

            bool incomplete = false;
            if (StartsWithIgnoreCase("incomplete"))
            {
                _pos += "incomplete".Length;
                while (_pos < _end && _s[_pos] is '-' or ' ' or ':' or ',')
                {
                    _pos++;
                }

                incomplete = true;
                Repair(IscnCodes.TextSetAside, "'Incomplete' written before the karyotype: read as the ISCN 'inc'.", start, _pos - start);
            }

            ChromosomeCount? count = ReadCount();
            if (count is null && start == 0 && NoResultWord() is { } word)
            {
                _pos = _end;
                Error(IscnCodes.NoResult, $"'{word}' is not a karyotype: no cytogenetic result was reported.", start, _end - start);
                return null;
            }

            if (count is null)
            {
                int bad = _pos;
                SkipToCloneEnd();
                Error(IscnCodes.ExpectedCount,
                    $"Expected a chromosome count such as 46 or 45~47 at the start of a clone, found '{Shorten(_s[bad.._pos].Trim())}'.",
                    bad, Math.Max(_pos - bad, 1));
                return null;
            }

            SkipSpaces(repair: true);
            string? sex = null;
            if (Peek == ',')
            {
                _pos++;
                SkipSpaces(repair: true);
                sex = ReadSex();
            }
            else if (Peek is 'X' or 'Y' && PeekAt(1) is 'X' or 'Y' or ',' or '[' or '/' or '\0')
            {
                Repair(IscnCodes.MissingComma, "Expected ',' after the chromosome count; supplied.", _pos, 0);
                sex = ReadSex();
            }
            else if (!IsDelimiter(Peek) && Peek != '/')
            {
                Repair(IscnCodes.MissingComma, "Expected ',' after the chromosome count; supplied.", _pos, 0);
            }

            if (sex is null && !AtEnd && Peek is not ('[' or '{' or '/'))
            {
                Note(IscnCodes.MissingSex, "The sex chromosomes are not written after the chromosome count.", _pos, 0);
            }

            ImmutableArray<Abnormality>.Builder written = ImmutableArray.CreateBuilder<Abnormality>();
            CloneReferenceKind reference = CloneReferenceKind.None;
            int? referenceNumber = null;
            string? referenceMultiplier = null;
            int? cells = null;
            bool composite = false;
            bool needSeparator = sex is not null;
            while (true)
            {
                if (written.Count > 0 && TryReadAlternative() is { } alternative)
                {
                    written[^1] = written[^1] with { Alternatives = written[^1].Alternatives.Add(alternative) };
                    continue;
                }

                SkipSpaces(repair: true);
                if (AtEnd || Peek == '/')
                {
                    break;
                }

                char c = Peek;
                if (c == ',')
                {
                    _pos++;
                    SkipSpaces(repair: true);
                    if (Peek is ',' or '/' or '\0')
                    {
                        Repair(IscnCodes.StraySeparator, "An empty item between commas was dropped.", _pos - 1, 1);
                    }

                    needSeparator = false;
                    continue;
                }

                if (c is '[' or '{')
                {
                    int bracket = _pos;
                    (int? n, bool cp) = ReadCells();
                    SkipSpaces(repair: true);
                    if (Peek is ',' or '[' or '{')
                    {
                        Repair(IscnCodes.AbnormalityCellCount,
                            "A cell count after a single abnormality is not ISCN (only the clone has one); ignored.",
                            bracket, _pos - bracket);
                        continue;
                    }

                    cells = n;
                    composite = cp;
                    if (!AtEnd && Peek != '/')
                    {
                        SetAsideFreeText(_pos);
                    }

                    break;
                }

                if (c == ')' || c == ';' || c == ':' || c == '.')
                {
                    Repair(IscnCodes.StraySeparator, $"A stray '{c}' was dropped.", _pos, 1);
                    _pos++;
                    continue;
                }

                if (needSeparator)
                {
                    Repair(IscnCodes.MissingComma, "Expected ',' between two abnormalities; supplied.", _pos, 0);
                }

                int itemStart = _pos;
                Item item = ReadItem();
                needSeparator = true;
                switch (item.Kind)
                {
                    case ItemKind.Reference:
                        if (reference != CloneReferenceKind.None || written.Count > 0)
                        {
                            Error(IscnCodes.UnreadableAbnormality, "idem/sl/sdl must come first in a clone, once.", itemStart, _pos - itemStart);
                        }

                        reference = item.Reference;
                        referenceNumber = item.ReferenceNumber;
                        referenceMultiplier = item.ReferenceMultiplier;
                        break;
                    case ItemKind.Incomplete:
                        incomplete = true;
                        break;
                    case ItemKind.Abnormality:
                        written.Add(item.Abnormality!);
                        break;
                    default:
                        break;
                }

                if (_pos == itemStart)
                {
                    // Defensive: never loop without progress.
                    Error(IscnCodes.UnexpectedCharacter, $"Unexpected '{_s[_pos]}'.", _pos, 1);
                    _pos++;
                }
            }

            if (incomplete)
            {
                Note(IscnCodes.Incomplete, "Incomplete karyotype (inc): the absence of a feature cannot be concluded.", start, _pos - start);
            }

            return new KaryotypeClone
            {
                Count = count,
                Sex = sex,
                Reference = reference,
                ReferenceNumber = referenceNumber,
                ReferenceMultiplier = referenceMultiplier,
                Written = written.ToImmutable(),
                Cells = cells,
                Composite = composite,
                Incomplete = incomplete,
                Donor = donor,
            };
        }

        private static readonly string[] NoResultWords = ["fail", "failed", "nd", "n.d.", "n.d", "not done", "no metaphases", "no growth", "unknown", "na", "n/a"];

        /// <summary>The whole text is a "no result" word (Fail, N.D., not done…).</summary>
        private string? NoResultWord()
        {
            string text = _s[_pos.._end].Trim().TrimEnd('.', ';').ToLowerInvariant();
            foreach (string w in NoResultWords)
            {
                if (text == w.TrimEnd('.') || text.StartsWith(w + ";", StringComparison.Ordinal) || text.StartsWith(w + " ", StringComparison.Ordinal))
                {
                    return _s[_pos.._end].Trim();
                }
            }

            return null;
        }

        /// <summary>ISCN "or": <c>add(11)(q23) or del(11)(q23)</c>, an alternative interpretation of the previous item.</summary>
        private Abnormality? TryReadAlternative()
        {
            int save = _pos;
            if (!SkipSpaces(repair: false) || !StartsWithIgnoreCase("or") || !char.IsWhiteSpace(PeekAt(2)))
            {
                _pos = save;
                return null;
            }

            _pos += 2;
            SkipSpaces(repair: false);
            Item item = ReadItem();
            if (item.Kind == ItemKind.Abnormality && item.Abnormality is { } a)
            {
                return a;
            }

            _pos = save;
            return null;
        }

        private void SkipToCloneEnd()
        {
            while (_pos < _end && !(_s[_pos] == '/' && !(_pos + 1 < _end && _s[_pos + 1] == '/')))
            {
                _pos++;
            }
        }

        private (int? Cells, bool Composite) ReadCells()
        {
            int start = _pos;
            char open = _s[_pos];
            _pos++;
            bool repairedSpace = SkipSpaces(repair: false);
            bool cp = false;
            if (StartsWithIgnoreCase("cp"))
            {
                cp = true;
                _pos += 2;
                repairedSpace |= SkipSpaces(repair: false);
            }

            int? n = ReadInt();
            repairedSpace |= SkipSpaces(repair: false);
            if (repairedSpace)
            {
                Repair(IscnCodes.Whitespace, "Spaces inside the cell count removed.", start, _pos - start);
            }

            char close = Peek;
            if (close == ']' && open == '[')
            {
                _pos++;
            }
            else if (close is ']' or '}' or '[')
            {
                _pos++;
                Repair(IscnCodes.Bracket, $"Cell count written '{open}…{close}'; read as '[…]'.", start, _pos - start);
            }
            else
            {
                int textStart = _pos;
                while (_pos < _end && _s[_pos] is not (']' or '}' or '/'))
                {
                    _pos++;
                }

                if (_pos > textStart)
                {
                    string remark = _s[textStart.._pos].Trim();
                    _remarks.Add(remark);
                    Repair(IscnCodes.TextSetAside, $"Text inside the cell count set aside: '{Shorten(remark)}'.", textStart, _pos - textStart);
                }

                if (Peek is ']' or '}')
                {
                    _pos++;
                }
                else
                {
                    Repair(IscnCodes.Bracket, "Missing ']' after the cell count; supplied.", start, _pos - start);
                }
            }

            if (n is null)
            {
                Error(IscnCodes.InvalidCellCount, "Expected a number of cells such as [20] or [cp20].", start, _pos - start);
            }

            return (n, cp);
        }

        private int? ReadInt()
        {
            int start = _pos;
            int value = 0;
            while (_pos < _end && char.IsAsciiDigit(_s[_pos]))
            {
                if (value < 100_000)
                {
                    value = (value * 10) + (_s[_pos] - '0');
                }

                _pos++;
            }

            return _pos > start ? value : null;
        }

        private ChromosomeCount? ReadCount()
        {
            int start = _pos;
            string prefix = "";
            if (Peek is '?' or '~')
            {
                // "?46" (uncertain count), "~52" (approximate), "??" (unknown).
                prefix = Peek.ToString();
                _pos++;
                while (Peek == '?')
                {
                    _pos++;
                }

                if (!char.IsAsciiDigit(Peek) && Peek != '<')
                {
                    return prefix == "?" ? new ChromosomeCount("?", null, null) : Reset(start);
                }
            }

            int? min = null, max = null;
            string? ploidy = null;
            bool hyphen = false;
            if (char.IsAsciiDigit(Peek))
            {
                min = ReadInt();
                max = min;
                if (Peek is 'n' or 'N')
                {
                    _pos++;
                    return new ChromosomeCount(_s[start.._pos].ToLowerInvariant(), null, null);
                }

                if (Peek is '~' or '-' or '–' && char.IsAsciiDigit(PeekAt(1)))
                {
                    hyphen = Peek != '~';
                    _pos++;
                    max = ReadInt();
                }
            }

            if (Peek == '<')
            {
                int p = _pos;
                while (_pos < _end && _s[_pos] is not ('>' or ',' or '/' or '['))
                {
                    _pos++;
                }

                if (Peek == '>')
                {
                    _pos++;
                    ploidy = _s[p.._pos];
                }
                else
                {
                    _pos = p;
                }
            }

            if (min is null && ploidy is null)
            {
                return Reset(start);
            }

            if (hyphen)
            {
                Repair(IscnCodes.HyphenForTilde, "A chromosome count range is written with '~'; '-' was read as '~'.", start, _pos - start);
            }

            if (min is { } a && max is { } b && (a is < 1 or > 400 || b < a || b > 400))
            {
                Error(IscnCodes.InvalidCount, $"The chromosome count {_s[start.._pos]} is not plausible (expected 1–400, low~high).", start, _pos - start);
            }

            string text = prefix + (min is null ? ploidy! : (min == max ? $"{min}" : $"{min}~{max}") + ploidy);
            return new ChromosomeCount(text, min, max);
        }

        private ChromosomeCount? Reset(int start)
        {
            _pos = start;
            return null;
        }

        private string? ReadSex()
        {
            int start = _pos;
            bool lower = false;
            while (_pos < _end && _s[_pos] is 'X' or 'Y' or 'x' or 'y' or '?')
            {
                lower |= _s[_pos] is 'x' or 'y';
                _pos++;
            }

            if (_pos == start || (_pos - start == 1 && _s[start] == '?'))
            {
                _pos = start;
                return null;
            }

            bool constitutional = false;
            if (Peek == 'c' && (IsDelimiter(PeekAt(1)) || PeekAt(1) == ' '))
            {
                constitutional = true;
                _pos++;
            }

            // Something other than a separator after the letters (e.g. "XX+8" is fine, "Xq" is not sex).
            if (!(IsDelimiter(Peek) || Peek is '+' or '-' or ' ' or '/'))
            {
                _pos = start;
                return null;
            }

            string sex = _s[start..(_pos - (constitutional ? 1 : 0))];
            if (lower)
            {
                Repair(IscnCodes.LetterCase, "Sex chromosomes are written in capitals.", start, _pos - start);
                sex = sex.ToUpperInvariant();
            }

            return constitutional ? sex + "c" : sex;
        }

        // ---- items ------------------------------------------------------------------------------------------------

        private Item ReadItem()
        {
            int start = _pos;
            bool uncertain = false;
            CopySign sign = CopySign.None;
            if (Peek == '?')
            {
                uncertain = true;
                _pos++;
            }

            if (Peek is '+' or '-' or '−' or '–')
            {
                if (Peek is '−' or '–')
                {
                    Repair(IscnCodes.Symbol, "A typographic dash was read as '-'.", _pos, 1);
                }

                sign = Peek == '+' ? CopySign.Plus : CopySign.Minus;
                _pos++;
            }

            if (Peek == '?')
            {
                uncertain = true;
                _pos++;
            }

            if (SkipSpaces(repair: true) && AtEnd)
            {
                return Unreadable(start, "Expected an abnormality after the sign.");
            }

            char c = Peek;
            Abnormality? abnormality;
            if (char.IsAsciiDigit(c))
            {
                abnormality = ReadNumberLed(start, sign, uncertain);
            }
            else if (c is 'X' or 'Y' || (c is 'x' or 'y' && sign != CopySign.None && !char.IsAsciiLetter(PeekAt(1))))
            {
                if (c is 'x' or 'y')
                {
                    Repair(IscnCodes.LetterCase, "Sex chromosomes are written in capitals.", _pos, 1);
                }

                _pos++;
                string chromosome = c is 'X' or 'x' ? "X" : "Y";
                if (sign == CopySign.None)
                {
                    Error(IscnCodes.MissingSign, $"'{chromosome}' needs '+' or '-' to say whether it is gained or lost.", start, _pos - start);
                    abnormality = new Abnormality
                    {
                        Kind = AbnormalityKind.Unreadable,
                        Text = _s[start.._pos],
                        Chromosomes = [chromosome],
                        Span = new(start, _pos - start),
                    };
                }
                else
                {
                    abnormality = new Abnormality
                    {
                        Kind = sign == CopySign.Plus ? AbnormalityKind.Gain : AbnormalityKind.Loss,
                        Sign = sign,
                        Uncertain = uncertain,
                        Chromosomes = [chromosome],
                    };
                }
            }
            else if (char.IsAsciiLetter(c))
            {
                Item word = ReadWordLed(start, sign, uncertain);
                if (word.Kind != ItemKind.Abnormality)
                {
                    return word;
                }

                abnormality = word.Abnormality;
            }
            else
            {
                return Unreadable(start, $"Expected an abnormality (such as +8, -7, t(9;22)(q34;q11)), found '{c}'.");
            }

            if (abnormality is null)
            {
                return Unreadable(start, "Expected an abnormality.");
            }

            abnormality = ReadSuffixes(abnormality);
            return new Item(ItemKind.Abnormality, abnormality with { Span = new(start, _pos - start) });
        }

        private Item Unreadable(int start, string message)
        {
            // Recover at the next item boundary.
            if (_pos == start)
            {
                _pos++;
            }

            while (_pos < _end && !IsDelimiter(_s[_pos]))
            {
                _pos++;
            }

            Error(IscnCodes.UnreadableAbnormality, message, start, _pos - start);
            return new Item(ItemKind.Abnormality, new Abnormality
            {
                Kind = AbnormalityKind.Unreadable,
                Text = _s[start.._pos].Trim(),
                Span = new(start, _pos - start),
            });
        }

        private Abnormality ReadSuffixes(Abnormality a)
        {
            while (!AtEnd)
            {
                char c = Peek;
                if (c is 'x' or '×' && char.IsAsciiDigit(PeekAt(1)) && a.Multiplier is null)
                {
                    _pos++;
                    int m = _pos;
                    ReadInt();
                    if (Peek is '~' or '-' && char.IsAsciiDigit(PeekAt(1)))
                    {
                        _pos++;
                        ReadInt();
                    }

                    a = a with { Multiplier = _s[m.._pos].Replace('-', '~') };
                    continue;
                }

                if (c == 'c' && (IsDelimiter(PeekAt(1)) || PeekAt(1) is ' ' or 'x'))
                {
                    _pos++;
                    a = a with { Constitutional = true };
                    continue;
                }

                if (c == '?' && (IsDelimiter(PeekAt(1)) || PeekAt(1) is ' ' or 'c'))
                {
                    _pos++;
                    a = a with { Uncertain = true };
                    continue;
                }

                break;
            }

            return a;
        }

        /// <summary>+8, -7, +2mar, 1~3dmin, 9qh+, 5q- (old notation).</summary>
        private Abnormality? ReadNumberLed(int start, CopySign sign, bool uncertain)
        {
            int numberStart = _pos;
            int n = ReadInt() ?? 0;
            int afterNumber = _pos;
            string? count = null;
            if (Peek is '~' or '-' && char.IsAsciiDigit(PeekAt(1)))
            {
                _pos++;
                ReadInt();
                if (StartsMarkerWord())
                {
                    count = _s[numberStart.._pos].Replace('-', '~');
                }
                else
                {
                    _pos = afterNumber;
                }
            }

            if (count is null && StartsMarkerWord())
            {
                count = _s[numberStart.._pos];
            }

            if (count is not null)
            {
                Abnormality? marker = ReadMarkerWord(sign, uncertain);
                return marker is null ? null : marker with { Count = count };
            }

            if (Peek is 'p' or 'q')
            {
                return ReadArmVariant(start, numberStart, n, sign, uncertain);
            }

            string? chromosome = AutosomeName(n);
            if (chromosome is null)
            {
                Error(IscnCodes.UnknownChromosome, $"There is no chromosome {_s[numberStart..afterNumber]} (expected 1–22, X or Y).", numberStart, afterNumber - numberStart);
                return new Abnormality { Kind = AbnormalityKind.Unreadable, Text = _s[start.._pos] };
            }

            if (sign == CopySign.None)
            {
                Error(IscnCodes.MissingSign, $"'{chromosome}' needs '+' or '-' to say whether the chromosome is gained or lost.", start, _pos - start);
                return new Abnormality { Kind = AbnormalityKind.Unreadable, Text = _s[start.._pos], Chromosomes = [chromosome] };
            }

            return new Abnormality
            {
                Kind = sign == CopySign.Plus ? AbnormalityKind.Gain : AbnormalityKind.Loss,
                Sign = sign,
                Uncertain = uncertain,
                Chromosomes = [chromosome],
            };
        }

        private bool StartsMarkerWord() =>
            StartsWithIgnoreCase("mar") || StartsWithIgnoreCase("dmin") ||
            (Peek == 'r' && PeekAt(1) != '(' && !char.IsAsciiLetter(PeekAt(1)));

        /// <summary>At "mar", "dmin" or a bare "r": a marker of unknown origin.</summary>
        private Abnormality? ReadMarkerWord(CopySign sign, bool uncertain)
        {
            if (StartsWithIgnoreCase("mar"))
            {
                _pos += 3;
                string? index = null;
                if (Peek is 's' && IsDelimiter(PeekAt(1)))
                {
                    // "+mars" (plural) in some reports.
                    Repair(IscnCodes.Symbol, "'mars' read as 'mar'.", _pos, 1);
                    _pos++;
                }

                int i = _pos;
                if (ReadInt() is not null)
                {
                    index = _s[i.._pos];
                }

                return new Abnormality { Kind = AbnormalityKind.Marker, Symbol = "mar", Sign = sign, Uncertain = uncertain, Index = index };
            }

            if (StartsWithIgnoreCase("dmin"))
            {
                _pos += 4;
                return new Abnormality { Kind = AbnormalityKind.DoubleMinute, Symbol = "dmin", Sign = sign, Uncertain = uncertain };
            }

            if (Peek == 'r')
            {
                _pos++;
                return new Abnormality { Kind = AbnormalityKind.Marker, Symbol = "r", Sign = sign, Uncertain = uncertain };
            }

            return null;
        }

        /// <summary>9qh+, 15pstk+, 1qh-, 21ps+ (heteromorphisms); 5q-, 7q-, 14q+ (pre-ISCN notation).</summary>
        private Abnormality ReadArmVariant(int start, int numberStart, int n, CopySign sign, bool uncertain)
        {
            char arm = Peek;
            _pos++;
            int rest = _pos;
            while (_pos < _end && char.IsAsciiLetterLower(_s[_pos]))
            {
                _pos++;
            }

            string letters = _s[rest.._pos];
            char change = Peek;
            if (change is '+' or '-')
            {
                _pos++;
            }

            string? chromosome = AutosomeName(n);
            if (chromosome is null || change is not ('+' or '-'))
            {
                return Unreadable(start, "Expected a variant such as 9qh+ or an abnormality.").Abnormality!;
            }

            if (letters.Length == 0)
            {
                Repair(IscnCodes.OldNotation, $"Pre-ISCN notation {chromosome}{arm}{change} read as {(change == '-' ? "del" : "add")}({chromosome}{arm}).", start, _pos - start);
                return new Abnormality
                {
                    Kind = change == '-' ? AbnormalityKind.Deletion : AbnormalityKind.Addition,
                    Symbol = change == '-' ? "del" : "add",
                    Sign = sign,
                    Uncertain = uncertain,
                    Chromosomes = [chromosome],
                    Breakpoints = [arm.ToString()],
                    ArmForm = true,
                };
            }

            if (letters is "h" or "s" or "stk" or "sat")
            {
                return new Abnormality
                {
                    Kind = AbnormalityKind.Heteromorphism,
                    Sign = sign,
                    Uncertain = uncertain,
                    Chromosomes = [chromosome],
                    Text = $"{chromosome}{arm}{letters}{change}",
                };
            }

            return Unreadable(start, $"'{_s[start.._pos]}' is not a known variant (such as 9qh+ or 15ps+).").Abnormality!;
        }

        private Item ReadWordLed(int start, CopySign sign, bool uncertain)
        {
            Keyword? keyword = MatchKeyword();
            if (keyword is not { } k)
            {
                return Unreadable(start, $"Expected an ISCN symbol (t, der, del, inv, i, add, mar…), found '{Shorten(WordAt(_pos))}'.");
            }

            int wordStart = _pos;
            bool wrongCase = string.CompareOrdinal(_s, _pos, k.Text, 0, k.Text.Length) != 0;
            _pos += k.Text.Length;
            switch (k.Symbol)
            {
                case "idem" or "sl" or "sdl":
                    {
                        if (wrongCase)
                        {
                            Repair(IscnCodes.LetterCase, $"'{k.Symbol}' is written in lower case.", wordStart, k.Text.Length);
                        }

                        int? number = k.Symbol == "sdl" ? ReadInt() : null;
                        string? multiplier = null;
                        if (Peek is 'x' or '×' && char.IsAsciiDigit(PeekAt(1)))
                        {
                            _pos++;
                            int m = _pos;
                            ReadInt();
                            multiplier = _s[m.._pos];
                        }

                        CloneReferenceKind kind = k.Symbol switch
                        {
                            "idem" => CloneReferenceKind.Idem,
                            "sl" => CloneReferenceKind.Stemline,
                            _ => CloneReferenceKind.Sideline,
                        };
                        return new Item(ItemKind.Reference, Reference: kind, ReferenceNumber: number, ReferenceMultiplier: multiplier);
                    }

                case "inc":
                    return new Item(ItemKind.Incomplete);
                default:
                    break;
            }

            if (k.Text == "iso" || k.Text == "psudic")
            {
                Repair(IscnCodes.Symbol, $"'{k.Text}' read as '{k.Symbol}'.", wordStart, k.Text.Length);
            }
            else if (wrongCase)
            {
                Repair(IscnCodes.LetterCase, $"ISCN symbols are lower case: '{k.Symbol}'.", wordStart, k.Text.Length);
            }

            if (k.Symbol is "mar" or "dmin")
            {
                _pos = wordStart;
                return new Item(ItemKind.Abnormality, ReadMarkerWord(sign, uncertain));
            }

            if (Peek == '?' && PeekAt(1) == '(')
            {
                // t?(11;12): the '?' belongs before the symbol.
                Repair(IscnCodes.Symbol, "'?' after the symbol read as an uncertain abnormality.", _pos, 1);
                _pos++;
                uncertain = true;
            }

            if (Peek != '(')
            {
                if (k.Symbol == "r")
                {
                    return new Item(ItemKind.Abnormality, new Abnormality { Kind = AbnormalityKind.Marker, Symbol = "r", Sign = sign, Uncertain = uncertain });
                }

                if (k.Symbol == "hsr")
                {
                    return new Item(ItemKind.Abnormality, new Abnormality { Kind = AbnormalityKind.HomogeneouslyStainingRegion, Symbol = "hsr", Sign = sign, Uncertain = uncertain });
                }

                return Unreadable(start, $"Expected '(' and the chromosome(s) after '{k.Symbol}'.");
            }

            Abnormality? structural = ReadStructural(k, sign, uncertain);
            return structural is null ? Unreadable(start, $"Could not read '{k.Symbol}(…)'.") : new Item(ItemKind.Abnormality, structural);
        }

        private string WordAt(int p)
        {
            int e = p;
            while (e < _end && !IsDelimiter(_s[e]) && e - p < 30)
            {
                e++;
            }

            return _s[p..e];
        }

        private Keyword? MatchKeyword()
        {
            foreach (Keyword k in Keywords)
            {
                if (StartsWithIgnoreCase(k.Text))
                {
                    char next = PeekAt(k.Text.Length);
                    // A one-letter symbol must be followed by '(' (or '?(' ); bare 'r' is a ring marker.
                    if (k.Text.Length == 1 && next != '(' && !(next == '?' && PeekAt(k.Text.Length + 1) == '('))
                    {
                        if (k.Text == "r" && (IsDelimiter(next) || next is 'x' or ' ' or '?'))
                        {
                            return k;
                        }

                        continue;
                    }

                    return k;
                }
            }

            return null;
        }

        private Abnormality? ReadStructural(Keyword k, CopySign sign, bool uncertain)
        {
            // At '('.
            int open = _pos;
            _pos++;
            List<string> chromosomes = [];
            char? arm = null;
            bool closed = false;
            while (true)
            {
                int tokenStart = _pos;
                while (_pos < _end && (char.IsAsciiLetterOrDigit(_s[_pos]) || _s[_pos] == '?') && _s[_pos] is not ('p' or 'q'))
                {
                    _pos++;
                }

                string token = _s[tokenStart.._pos];
                if (Peek is 'p' or 'q' && PeekAt(1) is ')' or ';')
                {
                    arm = Peek;
                    _pos++;
                }

                string? chromosome = Chromosome(token, tokenStart, allowVariable: k.Kind is AbnormalityKind.Translocation or AbnormalityKind.Insertion or AbnormalityKind.Derivative or AbnormalityKind.Dicentric);
                chromosomes.Add(chromosome ?? token);
                char c = Peek;
                if (c == ';')
                {
                    _pos++;
                    continue;
                }

                if (c == ':' && PeekAt(1) != ':')
                {
                    Repair(IscnCodes.ColonForSemicolon, "':' between chromosomes read as ';'.", _pos, 1);
                    _pos++;
                    continue;
                }

                if (c == ')')
                {
                    _pos++;
                    closed = true;
                    break;
                }

                if (IsDelimiter(c) || c is ' ')
                {
                    Repair(IscnCodes.MissingParenthesis, "Missing ')' after the chromosomes; supplied.", _pos, 0);
                    break;
                }

                Error(IscnCodes.UnknownChromosome, $"Expected a chromosome (1–22, X, Y) or ')' in '{k.Symbol}(…)', found '{c}'.", _pos, 1);
                while (_pos < _end && _s[_pos] != ')' && !IsDelimiter(_s[_pos]))
                {
                    _pos++;
                }

                if (Peek == ')')
                {
                    _pos++;
                    closed = true;
                }

                break;
            }

            ImmutableArray<string> breakpoints = [];
            string? detailed = null;
            if (closed && Peek == '(' && arm is null)
            {
                (breakpoints, detailed) = ReadBreakpoints(chromosomes.Count, k);
            }
            else if (arm is not null)
            {
                breakpoints = [arm.Value.ToString()];
            }

            ImmutableArray<Abnormality>.Builder components = ImmutableArray.CreateBuilder<Abnormality>();
            if (k.Kind == AbnormalityKind.Derivative && closed)
            {
                while (!AtEnd)
                {
                    int save = _pos;
                    bool componentUncertain = false;
                    if (Peek == '?')
                    {
                        componentUncertain = true;
                        _pos++;
                    }

                    if (!char.IsAsciiLetterLower(Peek) || MatchKeyword() is not { } ck || ck.Symbol is "idem" or "sl" or "sdl" or "inc" or "mar" or "dmin" || !ck.NeedsParenthesis)
                    {
                        _pos = save;
                        break;
                    }

                    _pos += ck.Text.Length;
                    if (Peek == '?' && PeekAt(1) == '(')
                    {
                        _pos++;
                        componentUncertain = true;
                    }

                    if (Peek != '(')
                    {
                        _pos = save;
                        break;
                    }

                    int componentStart = save;
                    if (ReadStructural(ck, CopySign.None, componentUncertain) is { } component)
                    {
                        components.Add(component with { Span = new(componentStart, _pos - componentStart) });
                    }
                }
            }

            if (breakpoints.IsEmpty && detailed is null && components.Count == 0 && arm is null &&
                k.Kind is not (AbnormalityKind.Translocation or AbnormalityKind.Derivative or AbnormalityKind.Robertsonian
                    or AbnormalityKind.Ring or AbnormalityKind.Dicentric or AbnormalityKind.OtherStructural or AbnormalityKind.FragileSite))
            {
                Note(IscnCodes.MissingBreakpoints, $"No breakpoints are written for {k.Symbol}({string.Join(';', chromosomes)}).", open, _pos - open);
            }

            return new Abnormality
            {
                Kind = k.Kind,
                Symbol = k.Symbol,
                Sign = sign,
                Uncertain = uncertain,
                Chromosomes = [.. chromosomes],
                Breakpoints = breakpoints,
                ArmForm = arm is not null,
                Detailed = detailed,
                Components = components.ToImmutable(),
            };
        }

        private string? Chromosome(string token, int at, bool allowVariable)
        {
            if (token.Length is 1 or 2 && char.IsAsciiDigit(token[0]) && (token.Length == 1 || char.IsAsciiDigit(token[1])))
            {
                int n = token.Length == 1 ? token[0] - '0' : ((token[0] - '0') * 10) + (token[1] - '0');
                if (AutosomeName(n) is { } name)
                {
                    return name;
                }
            }

            switch (token)
            {
                case "X":
                    return "X";
                case "Y":
                    return "Y";
                case "?":
                    return "?";
                case "x" or "y":
                    Repair(IscnCodes.LetterCase, "Sex chromosomes are written in capitals.", at, 1);
                    return token.ToUpperInvariant();
                case "v" when allowVariable:
                    return "v";
                default:
                    break;
            }

            if (token.Length > 0 && token[^1] == '?' && Chromosome(token[..^1], at, allowVariable) is { } c)
            {
                return c + "?";
            }

            if (token.Length > 0 && token[0] == '?' && Chromosome(token[1..], at, allowVariable) is { } d)
            {
                return "?" + d;
            }

            Error(IscnCodes.UnknownChromosome, $"'{token}' is not a chromosome (expected 1–22, X, Y or ?).", at, Math.Max(token.Length, 1));
            return null;
        }

        private (ImmutableArray<string> Groups, string? Detailed) ReadBreakpoints(int chromosomeCount, Keyword k)
        {
            int open = _pos;
            _pos++;
            int contentStart = _pos;
            while (_pos < _end && _s[_pos] is not (')' or ',' or '/' or '[' or '{'))
            {
                // A detailed form may contain '(' only in exotic cases; stop at item delimiters.
                _pos++;
            }

            int contentEnd = _pos;
            if (Peek == ')')
            {
                _pos++;
            }
            else
            {
                Repair(IscnCodes.MissingParenthesis, "Missing ')' after the breakpoints; supplied.", contentEnd, 0);
            }

            string content = _s[contentStart..contentEnd];
            if (content.Contains(' ', StringComparison.Ordinal))
            {
                Repair(IscnCodes.Whitespace, "Spaces inside the breakpoints removed.", contentStart, contentEnd - contentStart);
                content = content.Replace(" ", "", StringComparison.Ordinal);
            }

            if (content.Contains("::", StringComparison.Ordinal) || content.Contains("->", StringComparison.Ordinal) || content.Contains('→', StringComparison.Ordinal))
            {
                return ([], content.Replace("→", "->", StringComparison.Ordinal));
            }

            List<string> groups = [];
            int groupStart = 0;
            for (int i = 0; i <= content.Length; i++)
            {
                if (i == content.Length || content[i] is ';' or ':')
                {
                    if (i < content.Length && content[i] == ':')
                    {
                        Repair(IscnCodes.ColonForSemicolon, "':' between breakpoints read as ';'.", contentStart + i, 1);
                    }

                    groups.Add(content[groupStart..i]);
                    groupStart = i + 1;
                }
            }

            for (int g = 0; g < groups.Count; g++)
            {
                string group = groups[g];
                if (HasUpper(group))
                {
                    Repair(IscnCodes.LetterCase, "Band arms are written p and q in lower case.", open, _pos - open);
                    group = group.ToLowerInvariant();
                    groups[g] = group;
                }

                if (!IsBandGroup(group))
                {
                    Error(IscnCodes.InvalidBand, $"'{group}' is not an ISCN breakpoint (expected bands such as q22, p13.1, q1?2, pter).", open + 1, contentEnd - open - 1);
                }
            }

            if (groups.Count != chromosomeCount)
            {
                if (chromosomeCount == 1 && groups.Count == 2 && k.Kind != AbnormalityKind.Translocation)
                {
                    Repair(IscnCodes.JoinedBreakpoints, "Two breakpoints of one chromosome are written together without ';'; joined.", contentStart, contentEnd - contentStart);
                    groups = [groups[0] + groups[1]];
                }
                else
                {
                    Error(IscnCodes.BreakpointCountMismatch,
                        $"{groups.Count} breakpoint group(s) for {chromosomeCount} chromosome(s) in {k.Symbol}(…); expected one group per chromosome.",
                        open, _pos - open);
                }
            }

            return ([.. groups], null);
        }

        private static bool HasUpper(string s)
        {
            foreach (char c in s)
            {
                if (c is 'P' or 'Q')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>band { ['~'|'-'] band }; band = ['?'] ( ('p'|'q') ['ter' | d[d]['.' d{d}]] | 'cen' | '?' ).</summary>
        internal static bool IsBandGroup(string g)
        {
            if (g.Length == 0)
            {
                return false;
            }

            int i = 0;
            while (true)
            {
                if (i < g.Length && g[i] == '?' && (i + 1 == g.Length || g[i + 1] is '~' or '-' or 'p' or 'q' or 'c'))
                {
                    i++;
                    if (i == g.Length || g[i] is '~' or '-')
                    {
                        goto Joiner;
                    }
                }

                if (string.CompareOrdinal(g, i, "cen", 0, 3) == 0)
                {
                    i += 3;
                }
                else if (i < g.Length && g[i] is 'p' or 'q')
                {
                    i++;
                    if (string.CompareOrdinal(g, i, "ter", 0, 3) == 0)
                    {
                        i += 3;
                    }
                    else
                    {
                        int digits = 0;
                        while (i < g.Length && (char.IsAsciiDigit(g[i]) || g[i] == '?'))
                        {
                            i++;
                            digits++;
                        }

                        if (digits > 3)
                        {
                            return false;
                        }

                        if (i < g.Length && g[i] == '.')
                        {
                            i++;
                            int sub = 0;
                            while (i < g.Length && (char.IsAsciiDigit(g[i]) || g[i] == '?'))
                            {
                                i++;
                                sub++;
                            }

                            if (sub == 0 || sub > 3)
                            {
                                return false;
                            }
                        }
                    }
                }
                else
                {
                    return false;
                }

            Joiner:
                if (i == g.Length)
                {
                    return true;
                }

                if (g[i] is '~' or '-')
                {
                    i++;
                    if (i < g.Length && char.IsAsciiDigit(g[i]))
                    {
                        // q22~23: the arm is implied by the previous band.
                        while (i < g.Length && (char.IsAsciiDigit(g[i]) || g[i] is '?' or '.'))
                        {
                            i++;
                        }

                        goto Joiner;
                    }
                }
            }
        }

        // ---- idem / sl / sdl --------------------------------------------------------------------------------------

        private ImmutableArray<KaryotypeClone> Resolve(ImmutableArray<KaryotypeClone>.Builder clones)
        {
            var result = new KaryotypeClone[clones.Count];
            int sideStart = 0;
            for (int i = 0; i < clones.Count; i++)
            {
                KaryotypeClone clone = clones[i];
                if (clone.Donor && (i == 0 || !clones[i - 1].Donor))
                {
                    sideStart = i;
                }

                ImmutableArray<Abnormality> inherited = [];
                if (clone.Reference != CloneReferenceKind.None)
                {
                    int target = clone.Reference switch
                    {
                        CloneReferenceKind.Sideline when clone.ReferenceNumber is { } n => sideStart + n,
                        CloneReferenceKind.Sideline => i - 1,
                        _ => sideStart,
                    };
                    if (target >= i || target < sideStart)
                    {
                        Error(IscnCodes.DanglingReference,
                            $"'{(clone.Reference == CloneReferenceKind.Sideline ? "sdl" : clone.Reference == CloneReferenceKind.Idem ? "idem" : "sl")}' refers to an earlier clone, but there is none to refer to.",
                            0, _s.Length);
                    }
                    else
                    {
                        inherited = result[target].Abnormalities;
                    }
                }

                result[i] = clone with { Abnormalities = Combine(inherited, clone.Written) };
            }

            return [.. result];
        }

        /// <summary>Inherited abnormalities plus the written ones; a written <c>-der(17)</c> removes an inherited der(17).</summary>
        private static ImmutableArray<Abnormality> Combine(ImmutableArray<Abnormality> inherited, ImmutableArray<Abnormality> written)
        {
            if (inherited.IsEmpty)
            {
                return written;
            }

            List<Abnormality> all = [.. inherited];
            foreach (Abnormality a in written)
            {
                if (a.Sign == CopySign.Minus && a.IsStructural)
                {
                    string unsigned = KaryotypeFormatter.Format(a with { Sign = CopySign.None });
                    int index = all.FindIndex(x => KaryotypeFormatter.Format(x with { Sign = CopySign.None }) == unsigned);
                    if (index >= 0)
                    {
                        all.RemoveAt(index);
                        continue;
                    }
                }

                all.Add(a);
            }

            return [.. all];
        }
    }
}
