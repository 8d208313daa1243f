using System.Collections.Frozen;
using System.Text;

namespace AmlNavigator.Domain.Genetics.Variants;

/// <summary>
/// Hand-written parser for HGVS protein notation as labs and annotation tools write it. Never throws on data.
/// </summary>
/// <remarks>
/// Grammar (HGVS v21 protein syntax, plus the legacy Oncotator/MAF forms found in TCGA files):
/// <code>
/// notation  := ["p."] ( "(" body ")" | body )
/// body      := "=" | "?" | "0" | change
/// change    := residues? "-"? pos ( "_" residues? pos )? tail
/// residues  := ( three-letter | one-letter )+        three-letter: Ala … Val, Ter, Xaa; one-letter: A … Y, "*", "X"
/// tail      := "=" | "del" residues? | "dup" | "ins" residues | "delins" residues
///            | "fs" anything                          frameshift (shorthand or full: fs*12, fsTer12)
///            | residues ( "fs" anything )?            missense, nonsense ("*", "Ter", "X"), or frameshift with new residue
///            | ">" residues                           legacy delins: p.307_309NVE>K, p.595_595R>SRI
///            | "ext" anything                         extension (kind Other)
/// </code>
/// Examples: <c>p.R132H</c>, <c>p.Arg132His</c>, <c>p.(Asp835Tyr)</c>, <c>p.W288Cfs*12</c>, <c>p.Trp288CysfsTer12</c>,
/// <c>p.D835del</c>, <c>p.599_600insDFREYEY</c>, <c>p.Tyr591_Val592insAspPhe</c>, <c>p.E598_Y599dup</c>, <c>p.WQ288fs</c>.
/// Diagnostic codes: VAR001 empty, VAR002 missing position, VAR003 unreadable residue, VAR004 unreadable change.
/// </remarks>
public static class ProteinChangeParser
{
    private static readonly FrozenDictionary<string, char> ThreeLetter = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["Ala"] = 'A',
        ["Arg"] = 'R',
        ["Asn"] = 'N',
        ["Asp"] = 'D',
        ["Cys"] = 'C',
        ["Gln"] = 'Q',
        ["Glu"] = 'E',
        ["Gly"] = 'G',
        ["His"] = 'H',
        ["Ile"] = 'I',
        ["Leu"] = 'L',
        ["Lys"] = 'K',
        ["Met"] = 'M',
        ["Phe"] = 'F',
        ["Pro"] = 'P',
        ["Ser"] = 'S',
        ["Thr"] = 'T',
        ["Trp"] = 'W',
        ["Tyr"] = 'Y',
        ["Val"] = 'V',
        ["Ter"] = '*',
        ["Xaa"] = 'X',
        ["Sec"] = 'U',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string OneLetter = "ACDEFGHIKLMNPQRSTVWYUX*";

    /// <summary>Parses <paramref name="notation"/>; the diagnostic position is a character index into it.</summary>
    public static ParseResult<ProteinChange> Parse(string? notation)
    {
        if (string.IsNullOrWhiteSpace(notation))
        {
            return Fail("VAR001", "empty protein notation; expected e.g. p.R132H", 0);
        }

        string text = notation;
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == 'p' && text[i + 1] == '.')
        {
            i += 2;
        }

        int end = text.Length;
        while (end > i && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (i < end && text[i] == '(' && text[end - 1] == ')')
        {
            i++;
            end--;
        }

        string body = text[i..end];
        int offset = i;
        if (body is "=" or "(=)")
        {
            return Ok(new ProteinChange(ProteinChangeKind.Synonymous, 0, 0, "", ""));
        }

        if (body is "?" or "0" or "0?")
        {
            return Ok(new ProteinChange(ProteinChangeKind.Other, 0, 0, "", ""));
        }

        int pos = 0;
        string startResidues = ReadResidues(body, ref pos);
        if (pos < body.Length && body[pos] == '-')
        {
            pos++; // legacy "p.-287fs": the residue was not written
        }

        if (!TryReadNumber(body, ref pos, out int start))
        {
            return Fail("VAR002", $"expected a codon number at character {offset + pos + 1} of '{notation}'", offset + pos);
        }

        int last = start;
        string endResidues = "";
        if (pos < body.Length && body[pos] == '_')
        {
            pos++;
            endResidues = ReadResidues(body, ref pos);
            if (!TryReadNumber(body, ref pos, out last))
            {
                return Fail("VAR002", $"expected the end codon number at character {offset + pos + 1} of '{notation}'", offset + pos);
            }
        }

        if (last < start)
        {
            return Fail("VAR004", $"end codon {last} is before start codon {start} in '{notation}'", offset + pos);
        }

        string reference = endResidues.Length > 0 && startResidues.Length == 1 ? startResidues + endResidues : startResidues;
        return ReadTail(notation, body, pos, offset, start, last, reference);
    }

    private static ParseResult<ProteinChange> ReadTail(
        string notation, string body, int pos, int offset, int start, int last, string reference)
    {
        string tail = body[pos..];
        if (tail.Length == 0)
        {
            return Fail("VAR004", $"'{notation}' names a codon but no change (expected e.g. H, del, dup, ins, fs)", offset + pos);
        }

        if (tail == "=")
        {
            return Ok(new ProteinChange(ProteinChangeKind.Synonymous, start, last, reference, reference));
        }

        if (tail.StartsWith("delins", StringComparison.Ordinal))
        {
            return WithResidues(notation, tail, 6, pos, offset, alt => new ProteinChange(ProteinChangeKind.DeletionInsertion, start, last, reference, alt));
        }

        if (tail.StartsWith("del", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Deletion, start, last, reference, ""));
        }

        if (tail.StartsWith("dup", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Duplication, start, last, reference, ""));
        }

        if (tail.StartsWith("ins", StringComparison.Ordinal))
        {
            return WithResidues(notation, tail, 3, pos, offset, alt => new ProteinChange(ProteinChangeKind.Insertion, start, last, reference, alt));
        }

        if (tail.StartsWith("fs", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Frameshift, start, last, reference, ""));
        }

        if (tail.StartsWith("ext", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Other, start, last, reference, ""));
        }

        if (tail[0] == '>')
        {
            return WithResidues(notation, tail, 1, pos, offset, alt => new ProteinChange(ProteinChangeKind.DeletionInsertion, start, last, reference, alt));
        }

        int p = 0;
        string alt = ReadResidues(tail, ref p);
        if (alt.Length == 0)
        {
            return Fail("VAR003", $"unreadable residue '{tail}' at character {offset + pos + 1} of '{notation}'", offset + pos);
        }

        string rest = tail[p..];
        if (rest.Length > 1 && rest[0] == '>')
        {
            // Legacy MAF delins with the reference after the range: p.307_309NVE>K.
            string legacyReference = alt;
            return WithResidues(notation, rest, 1, pos + p, offset, newResidues =>
                new ProteinChange(ProteinChangeKind.DeletionInsertion, start, last, legacyReference, newResidues));
        }

        if (rest.StartsWith("fs", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Frameshift, start, last, reference, alt[..1]));
        }

        if (rest.StartsWith("ext", StringComparison.Ordinal))
        {
            return Ok(new ProteinChange(ProteinChangeKind.Other, start, last, reference, alt));
        }

        if (rest.Length > 0)
        {
            return Fail("VAR004", $"unexpected '{rest}' at character {offset + pos + p + 1} of '{notation}'", offset + pos + p);
        }

        if (alt.Length > 1 || start != last)
        {
            // Written without "delins" (p.KQ304_305KLQ style): a deletion-insertion.
            return Ok(new ProteinChange(ProteinChangeKind.DeletionInsertion, start, last, reference, alt));
        }

        ProteinChangeKind kind = alt[0] is '*' or 'X' ? ProteinChangeKind.Nonsense
            : reference.Length == 1 && reference[0] == alt[0] ? ProteinChangeKind.Synonymous
            : ProteinChangeKind.Missense;
        return Ok(new ProteinChange(kind, start, last, reference, kind == ProteinChangeKind.Nonsense ? "*" : alt));
    }

    private static ParseResult<ProteinChange> WithResidues(
        string notation, string tail, int skip, int pos, int offset, Func<string, ProteinChange> make)
    {
        int p = skip;
        string residues = ReadResidues(tail, ref p);
        if (residues.Length == 0)
        {
            // "ins" with a length only (p.A1_B2ins5) or nothing readable: still an in-frame change of unknown content.
            while (p < tail.Length && char.IsAsciiDigit(tail[p]))
            {
                p++;
            }
        }

        if (p < tail.Length)
        {
            return Fail("VAR003", $"unreadable residue '{tail[p..]}' at character {offset + pos + p + 1} of '{notation}'", offset + pos + p);
        }

        return Ok(make(residues));
    }

    /// <summary>Reads one- or three-letter residues at <paramref name="pos"/>, returning them as one-letter codes.</summary>
    private static string ReadResidues(string s, ref int pos)
    {
        StringBuilder? sb = null;
        while (pos < s.Length)
        {
            if (pos + 3 <= s.Length && char.IsAsciiLetterUpper(s[pos]) && char.IsAsciiLetterLower(s[pos + 1]) &&
                ThreeLetter.TryGetValue(s.Substring(pos, 3), out char code))
            {
                (sb ??= new StringBuilder()).Append(code);
                pos += 3;
                continue;
            }

            if (OneLetter.Contains(s[pos], StringComparison.Ordinal) &&
                !(pos + 1 < s.Length && char.IsAsciiLetterLower(s[pos + 1]) && !IsKeyword(s, pos + 1)))
            {
                (sb ??= new StringBuilder()).Append(s[pos]);
                pos++;
                continue;
            }

            break;
        }

        return sb?.ToString() ?? "";
    }

    private static bool IsKeyword(string s, int pos) =>
        string.CompareOrdinal(s, pos, "fs", 0, 2) == 0 || string.CompareOrdinal(s, pos, "del", 0, 3) == 0 ||
        string.CompareOrdinal(s, pos, "dup", 0, 3) == 0 || string.CompareOrdinal(s, pos, "ins", 0, 3) == 0 ||
        string.CompareOrdinal(s, pos, "ext", 0, 3) == 0;

    private static bool TryReadNumber(string s, ref int pos, out int value)
    {
        value = 0;
        int begin = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]) && pos - begin < 7)
        {
            value = (value * 10) + (s[pos] - '0');
            pos++;
        }

        return pos > begin;
    }

    private static ParseResult<ProteinChange> Ok(ProteinChange value) => new(value, null);

    private static ParseResult<ProteinChange> Fail(string code, string message, int position) =>
        new(null, new NotationDiagnostic(code, message, position));
}
