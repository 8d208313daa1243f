using System.Globalization;

using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.Genetics.Variants;

/// <summary>Three-valued answer to "is this lesion present?". Unknown is never read as absent.</summary>
public enum Presence
{
    Unknown,
    Absent,
    Present,
}

/// <summary>A lesion call with the finding that supports it (for the rule trace) and a caveat when there is one.</summary>
public readonly record struct LesionCall(Presence Presence, string Finding, string? Caveat = null)
{
    public static LesionCall Unknown(string why) => new(Presence.Unknown, why);

    public static LesionCall Absent(string why) => new(Presence.Absent, why);

    public static LesionCall Present(string finding, string? caveat = null) => new(Presence.Present, finding, caveat);
}

/// <summary>
/// Reads one reported variant the way the risk rules need it (FLT3-ITD vs TKD, NPM1 exon-12 frameshift, CEBPA in-frame
/// bZIP, IDH hotspots, KMT2A-PTD). Each answer is three-valued: when the notation cannot tell, the answer is unknown.
/// </summary>
/// <remarks>Decisions and their sources: docs/risk/eln-decisions.md (V1–V6).</remarks>
public static class VariantInterpreter
{
    /// <summary>CEBPA bZIP region used for "in-frame bZIP" (codons, NM_004364 / P49715). ❓ Boundary not verified in a
    /// primary source (the ELN 2022 text and Taube et al., Blood 2022;139:87 were read without the codon range); the
    /// trace says so for every call that uses it (decision V4).</summary>
    public const int CebpaBzipFirstCodon = 278;

    /// <inheritdoc cref="CebpaBzipFirstCodon"/>
    public const int CebpaBzipLastCodon = 345;

    /// <summary>FLT3 codons in which an in-frame insertion/duplication is read as an ITD (juxtamembrane domain and
    /// first tyrosine-kinase domain, exons 14–15); decision V1.</summary>
    public const int Flt3ItdFirstCodon = 560;

    /// <inheritdoc cref="Flt3ItdFirstCodon"/>
    public const int Flt3ItdLastCodon = 660;

    /// <summary>A short human-readable description of the variant (gene, notation, VAF) for traces.</summary>
    public static string Describe(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        string text = v.Gene;
        if (v.Type is { } type && type != VariantType.Snv && type != VariantType.Indel)
        {
            text += "-" + type switch
            {
                VariantType.Itd => "ITD",
                VariantType.Tkd => "TKD",
                VariantType.Ptd => "PTD",
                _ => "other",
            };
        }

        if (!string.IsNullOrWhiteSpace(v.Notation))
        {
            text += " " + v.Notation.Trim();
        }

        if (v.Vaf is { } vaf)
        {
            text += " (VAF " + vaf.ToString("0.###", CultureInfo.InvariantCulture) + ")";
        }

        if (v.AllelicRatio is { } ar)
        {
            text += " (allelic ratio " + ar.ToString("0.###", CultureInfo.InvariantCulture) + ")";
        }

        return text;
    }

    /// <summary>The protein change written in the notation, or null (cDNA notation, none, or unreadable).</summary>
    public static ProteinChange? Protein(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (string.IsNullOrWhiteSpace(v.Notation) || v.Notation.TrimStart().StartsWith("c.", StringComparison.Ordinal) ||
            v.Notation.Contains("ITD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return ProteinChangeParser.Parse(v.Notation).Value;
    }

    /// <summary>FLT3 internal tandem duplication: type ITD, "ITD" in the notation, or an in-frame insertion,
    /// duplication or lengthening delins within codons 560–660 (V1).</summary>
    public static Presence IsFlt3Itd(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Type == VariantType.Itd || (v.Notation?.Contains("ITD", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return Presence.Present;
        }

        if (v.Type is VariantType.Tkd or VariantType.Snv)
        {
            return Presence.Absent;
        }

        if (Protein(v) is { } p)
        {
            bool lengthening = p.Kind is ProteinChangeKind.Insertion or ProteinChangeKind.Duplication ||
                (p.Kind == ProteinChangeKind.DeletionInsertion && p.NetLengthChange > 0);
            return lengthening && p.Start >= Flt3ItdFirstCodon && p.End <= Flt3ItdLastCodon ? Presence.Present : Presence.Absent;
        }

        if (CdnaChange(v) is { } c)
        {
            // cDNA in-frame insertion/duplication in exons 14–15 (c.1680–c.1980 ≈ codons 560–660).
            return c.NetLength > 0 && c.NetLength % 3 == 0 && c.Start >= (Flt3ItdFirstCodon * 3) - 2 && c.End <= Flt3ItdLastCodon * 3
                ? Presence.Present : Presence.Absent;
        }

        return Presence.Unknown;
    }

    /// <summary>FLT3 tyrosine-kinase-domain point mutation at D835 or I836 (substitution or deletion).</summary>
    public static Presence IsFlt3Tkd(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (v.Type == VariantType.Tkd)
        {
            return Presence.Present;
        }

        if (v.Type == VariantType.Itd)
        {
            return Presence.Absent;
        }

        return Protein(v) is { } p
            ? (p.Start is 835 or 836 && p.Kind is ProteinChangeKind.Missense or ProteinChangeKind.Deletion or ProteinChangeKind.DeletionInsertion
                ? Presence.Present : Presence.Absent)
            : Presence.Unknown;
    }

    /// <summary>NPM1 exon-12 frameshift (types A, B, D and others around codons 286–290); a notation that is clearly
    /// something else is unknown, not favourable (V2). No notation: the laboratory's "NPM1 mutated" is taken as written.</summary>
    public static Presence IsNpm1Exon12(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (string.IsNullOrWhiteSpace(v.Notation))
        {
            return Presence.Present;
        }

        if (Protein(v) is { } p)
        {
            return p.Kind == ProteinChangeKind.Frameshift && p.Start >= 280 && p.Start <= 294 ? Presence.Present : Presence.Unknown;
        }

        if (CdnaChange(v) is { } c)
        {
            // c.860_863dup (type A), c.863_864insCATG (B), c.863_864insCCTG (D): 4-base insertions in exon 12.
            return c.NetLength > 0 && c.NetLength % 3 != 0 && c.Start >= 840 && c.End <= 885 ? Presence.Present : Presence.Unknown;
        }

        return Presence.Unknown;
    }

    /// <summary>CEBPA in-frame mutation in the bZIP region (ELN 2022). Frameshift/nonsense or outside the region: absent;
    /// no readable notation: unknown (V4).</summary>
    public static Presence IsCebpaBzipInFrame(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        if (Protein(v) is { } p)
        {
            if (!p.InFrame || p.Kind == ProteinChangeKind.Synonymous)
            {
                return Presence.Absent;
            }

            return p.Within(CebpaBzipFirstCodon, CebpaBzipLastCodon) ? Presence.Present
                : p.End < CebpaBzipFirstCodon || p.Start > CebpaBzipLastCodon ? Presence.Absent
                : Presence.Unknown;
        }

        if (CdnaChange(v) is { } c)
        {
            if (c.NetLength % 3 != 0)
            {
                return Presence.Absent;
            }

            int first = ((c.Start - 1) / 3) + 1;
            int last = ((c.End - 1) / 3) + 1;
            return first >= CebpaBzipFirstCodon && last <= CebpaBzipLastCodon ? Presence.Present
                : last < CebpaBzipFirstCodon || first > CebpaBzipLastCodon ? Presence.Absent
                : Presence.Unknown;
        }

        return Presence.Unknown;
    }

    /// <summary>IDH1 R132 hotspot. A variant without notation is unknown (not every IDH1 variant is R132).</summary>
    public static Presence IsIdh1R132(GeneVariant v) => Hotspot(v, 132);

    /// <summary>IDH2 R140 or R172 hotspot.</summary>
    public static Presence IsIdh2Hotspot(GeneVariant v)
    {
        Presence r140 = Hotspot(v, 140);
        return r140 == Presence.Present ? r140 : Hotspot(v, 172);
    }

    /// <summary>KMT2A partial tandem duplication (type PTD or "PTD" in the notation) — not a rearrangement.</summary>
    public static bool IsKmt2aPtd(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return v.Type == VariantType.Ptd || (v.Notation?.Contains("PTD", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private static Presence Hotspot(GeneVariant v, int codon)
    {
        ArgumentNullException.ThrowIfNull(v);
        return Protein(v) is { } p
            ? (p.Start == codon && p.Kind == ProteinChangeKind.Missense ? Presence.Present : Presence.Absent)
            : Presence.Unknown;
    }

    /// <summary>A minimal cDNA reading: start, end and net length change of <c>c.</c> notation (substitution, del,
    /// dup, ins, delins). Grammar: <c>"c." pos ("_" pos)? (ref "&gt;" alt | "del" bases? | "dup" bases? | "ins" bases |
    /// "delins" bases)</c>, where pos is a plain coding position (intronic offsets make it unreadable: null).</summary>
    public static CdnaChange? CdnaChange(GeneVariant v)
    {
        ArgumentNullException.ThrowIfNull(v);
        string? n = v.Notation?.Trim();
        if (n is null || !n.StartsWith("c.", StringComparison.Ordinal))
        {
            return null;
        }

        int i = 2;
        if (!Number(n, ref i, out int start))
        {
            return null;
        }

        int end = start;
        if (i < n.Length && n[i] == '_')
        {
            i++;
            if (!Number(n, ref i, out end) || end < start)
            {
                return null;
            }
        }

        string tail = n[i..];
        int span = end - start + 1;
        if (tail.StartsWith("delins", StringComparison.Ordinal))
        {
            return new CdnaChange(start, end, Bases(tail[6..]) - span);
        }

        if (tail.StartsWith("del", StringComparison.Ordinal))
        {
            return new CdnaChange(start, end, -span);
        }

        if (tail.StartsWith("dup", StringComparison.Ordinal))
        {
            return new CdnaChange(start, end, span);
        }

        if (tail.StartsWith("ins", StringComparison.Ordinal))
        {
            int count = Bases(tail[3..]);
            return count > 0 ? new CdnaChange(start, end, count) : null;
        }

        return tail.Length == 3 && tail[1] == '>' ? new CdnaChange(start, end, 0) : null;
    }

    private static int Bases(string s)
    {
        if (s.Length > 0 && s.All(char.IsAsciiDigit) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        return s.All(c => c is 'A' or 'C' or 'G' or 'T' or 'N') ? s.Length : -1;
    }

    private static bool Number(string s, ref int i, out int value)
    {
        value = 0;
        int begin = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - begin < 7)
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > begin && (i >= s.Length || (s[i] != '+' && s[i] != '-'));
    }
}

/// <summary>A coding-DNA change reduced to what the rules need: span and net length change in bases.</summary>
public sealed record CdnaChange(int Start, int End, int NetLength);
