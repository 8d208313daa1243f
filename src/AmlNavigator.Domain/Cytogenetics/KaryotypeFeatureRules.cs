using System.Collections.Immutable;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>Why a feature is true: the feature name (CONTRACT §5) and the abnormality that establishes it.</summary>
public sealed record FeatureEvidence(string Feature, string Abnormality);

/// <summary>
/// Derives the AML karyotype features of CONTRACT §5 from a parsed karyotype. Each rule names its source:
/// ELN 2022 Table 6 and its footnotes (Döhner et al., Blood 2022;140:1345; citation keys <c>cyto-eln2022-table6</c>,
/// <c>cyto-eln2022-footnotes</c>); definitions and their edge cases are in docs/cytogenetics/features.md.
/// </summary>
/// <remarks>
/// Scope: all recipient clones together (donor cells after <c>//</c> are ignored); constitutional changes (<c>c</c>)
/// and normal variants (9qh+, inv(9)(p11q13)…) are not abnormalities. When part of the string could not be read, a
/// feature the readable part establishes stays true, and every other feature is null (unknown, never negative).
/// </remarks>
public static class KaryotypeFeatureRules
{
    /// <summary>A feature, its evidence and the ELN count.</summary>
    public sealed record Derivation(KaryotypeFeatures Features, int? AbnormalityCount, ImmutableArray<FeatureEvidence> Evidence);

    /// <param name="karyotype">The parsed karyotype.</param>
    /// <param name="fullyRead">False when some item or clone could not be read (absence cannot be concluded).</param>
    public static Derivation Derive(Karyotype karyotype, bool fullyRead)
    {
        ArgumentNullException.ThrowIfNull(karyotype);
        List<KaryotypeClone> clones = [.. karyotype.Clones.Where(c => !c.Donor)];
        if (clones.Count == 0)
        {
            return new Derivation(KaryotypeFeatures.Unknown, null, []);
        }

        bool incomplete = clones.Any(c => c.Incomplete);
        List<Abnormality> all = [];
        bool unreadableMayHideRearrangement = false;
        bool anyUnreadable = false;
        foreach (KaryotypeClone clone in clones)
        {
            foreach (Abnormality a in clone.Abnormalities)
            {
                if (a.Kind == AbnormalityKind.Unreadable)
                {
                    anyUnreadable = true;
                    unreadableMayHideRearrangement |= a.Text is null || a.Text.Contains('(', StringComparison.Ordinal);
                    continue;
                }

                if (!a.Constitutional && !IsNormalVariant(a))
                {
                    all.Add(a);
                }
            }
        }

        fullyRead &= !anyUnreadable;
        var evidence = ImmutableArray.CreateBuilder<FeatureEvidence>();
        List<Part> parts = Parts(all);

        // ELN 2022 Table 6, favourable: t(8;21)(q22;q22.1)/RUNX1::RUNX1T1 (variant three-way forms included).
        bool t821 = Pair(parts, "t_8_21", evidence, "8", 'q', "2", "21", 'q', "2");
        // inv(16)(p13.1q22) or t(16;16)(p13.1;q22)/CBFB::MYH11.
        bool inv16 = Inversion(parts, "inv16_t16_16", evidence, "16", 'p', "1", 'q', "2") ||
            Pair(parts, "inv16_t16_16", evidence, "16", 'p', "1", "16", 'q', "2");
        // APL t(15;17)(q24.1;q21.2)/PML::RARA (older reports write 15q22).
        bool t1517 = Pair(parts, "t_15_17", evidence, "15", 'q', "2", "17", 'q', "");
        // Intermediate: t(9;11)(p21.3;q23.3)/MLLT3::KMT2A.
        bool t911 = Pair(parts, "t_9_11", evidence, "9", 'p', "2", "11", 'q', "23");
        // Adverse: t(6;9)(p23.3;q34.1)/DEK::NUP214.
        bool t69 = Pair(parts, "t_6_9", evidence, "6", 'p', "2", "9", 'q', "34");
        // Adverse: t(9;22)(q34.1;q11.2)/BCR::ABL1.
        bool t922 = Pair(parts, "t_9_22", evidence, "9", 'q', "34", "22", 'q', "11");
        // Adverse: t(8;16)(p11.2;p13.3)/KAT6A::CREBBP.
        bool t816 = Pair(parts, "t_8_16", evidence, "8", 'p', "11", "16", 'p', "13");
        // Adverse: inv(3)(q21.3q26.2) or t(3;3)(q21.3;q26.2)/GATA2, MECOM.
        bool inv3 = Inversion(parts, "inv3_t3_3", evidence, "3", 'q', "21", 'q', "26") ||
            Pair(parts, "inv3_t3_3", evidence, "3", 'q', "21", "3", 'q', "26");
        // Adverse: t(v;11q23.3)/KMT2A-rearranged (any partner; t(9;11) included per CONTRACT §5; PTD is not visible).
        bool? kmt2a = AnyRearrangementAt(parts, "kmt2a_r", evidence, "11", 'q', "23", exclude: null);
        // Adverse: t(3q26.2;v)/MECOM-rearranged, other than inv(3)/t(3;3).
        bool? mecom = AnyRearrangementAt(parts, "mecom_r", evidence, "3", 'q', "26", exclude: IsInv3OrT33);

        // Adverse: −5 or del(5q); −7; −17/abn(17p). Unbalanced changes that lose 5q / 17p count (docs: features.md).
        bool minus5 = Any(all, "minus5_del5q", evidence, a => IsLoss(a, "5") || LosesPartOf(a, "5", 'q'));
        bool minus7 = Any(all, "minus7", evidence, a => IsLoss(a, "7"));
        bool del7q = Any(all, "del7q", evidence, a => LosesPartOf(a, "7", 'q'));
        bool minus17 = Any(all, "minus17_abn17p", evidence, a => IsLoss(a, "17") || LosesPartOf(a, "17", 'p') || HasBreakIn(a, "17", 'p'));
        bool plus8 = Any(all, "plus8", evidence, a => a.Kind == AbnormalityKind.Gain && Is(a, "8"));
        bool minusY = Any(all, "minusY", evidence, a => IsLoss(a, "Y"));

        int? count = fullyRead ? CountAbnormalities(clones, all) : null;
        int readableCount = CountAbnormalities(clones, all);

        // ELN 2022 footnote: hyperdiploid karyotypes with ≥3 trisomies (or polysomies) and no structural abnormality are
        // not complex.
        int gainedChromosomes = all.Where(a => a.Kind == AbnormalityKind.Gain).Select(a => a.Chromosomes[0]).Distinct(StringComparer.Ordinal).Count();
        bool onlyGains = all.Count > 0 && all.All(a => a.Kind == AbnormalityKind.Gain);
        bool hyperdiploidTrisomiesOnly = onlyGains && gainedChromosomes >= 3;

        // ELN 2022 footnote: complex = ≥3 unrelated abnormalities in the absence of class-defining recurring genetic
        // abnormalities (the ICC recurrent translocations/inversions; NPM1/CEBPA are molecular and left to the risk rules).
        bool classDefining = t821 || inv16 || t1517 || t911 || t69 || t922 || t816 || inv3 || kmt2a == true || mecom == true;
        bool cbf = t821 || inv16;

        // ELN 2022 footnote: monosomal = ≥2 distinct autosomal monosomies, or one plus ≥1 structural abnormality;
        // X/Y losses do not count; CBF AML is excluded (origin: Breems 2008, cyto-breems2008-mk).
        int monosomies = AutosomalMonosomies(clones);
        bool anyStructural = all.Any(a => a.IsStructural);
        bool monosomal = !cbf && (monosomies >= 2 || (monosomies >= 1 && anyStructural));
        bool complexReadable = readableCount >= 3 && !hyperdiploidTrisomiesOnly && !classDefining;

        bool certainAbsence = fullyRead && !incomplete;
        bool? Presence(bool found) => found ? true : certainAbsence ? false : null;
        bool? PresenceTri(bool? found) => found == true ? true : certainAbsence ? found : null;

        bool? complex = certainAbsence ? complexReadable
            : complexReadable && !unreadableMayHideRearrangement ? true : null;
        if (complex == true)
        {
            evidence.Add(new FeatureEvidence("complex", $"{readableCount} unrelated abnormalities"));
        }

        bool? monosomalResult = monosomal && !unreadableMayHideRearrangement ? true
            : certainAbsence ? monosomal : null;
        if (monosomalResult == true)
        {
            evidence.Add(new FeatureEvidence("monosomal", $"{monosomies} autosomal monosomies{(anyStructural ? " and a structural abnormality" : "")}"));
        }

        bool abnormalFound = all.Count > 0 || anyUnreadable || clones.Any(c => !PloidyIsNormal(c));
        bool? normal = abnormalFound ? false : certainAbsence ? true : null;

        var features = new KaryotypeFeatures
        {
            T8And21 = Presence(t821),
            Inv16OrT16And16 = Presence(inv16),
            T15And17 = Presence(t1517),
            T9And11 = Presence(t911),
            Kmt2aRearranged = PresenceTri(kmt2a),
            T6And9 = Presence(t69),
            T9And22 = Presence(t922),
            T8And16 = Presence(t816),
            Inv3OrT3And3 = Presence(inv3),
            MecomRearranged = PresenceTri(mecom),
            Minus5OrDel5q = Presence(minus5),
            Minus7 = Presence(minus7),
            Del7q = Presence(del7q),
            Minus17OrAbn17p = Presence(minus17),
            Plus8 = Presence(plus8),
            MinusY = Presence(minusY),
            Complex = complex,
            Monosomal = monosomalResult,
            HyperdiploidTrisomiesOnly = certainAbsence ? hyperdiploidTrisomiesOnly : null,
            Normal = normal,
        };
        return new Derivation(features, count, evidence.ToImmutable());
    }

    // ---- normal variants ------------------------------------------------------------------------------------------

    /// <summary>Heteromorphisms and the pericentric inv(9)(p11~13q12~21) variant are not abnormalities.</summary>
    internal static bool IsNormalVariant(Abnormality a)
    {
        if (a.Kind == AbnormalityKind.Heteromorphism)
        {
            return true;
        }

        return a.Kind == AbnormalityKind.Inversion && a.Sign == CopySign.None && Is(a, "9") && a.Breakpoints.Length == 1 &&
            a.Breakpoints[0] is "p11q12" or "p11q13" or "p12q13" or "p11q21" or "p12q21" or "p13q21" or "p11.2q13" or "p11.2q21";
    }

    private static bool PloidyIsNormal(KaryotypeClone clone)
    {
        if (clone.Count is not { Min: { } min, Max: { } max } || clone.Sex is not { } sex)
        {
            return true;
        }

        int sexCount = sex.Count(ch => ch is 'X' or 'Y');
        return min == max && min == 44 + sexCount;
    }

    // ---- counting ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// ELN counting: each distinct abnormality once across all clones (a polysomy such as +8,+8 is one abnormality);
    /// markers count by number (the largest marker total of any clone).
    /// </summary>
    private static int CountAbnormalities(List<KaryotypeClone> clones, List<Abnormality> all)
    {
        HashSet<string> distinct = new(StringComparer.Ordinal);
        foreach (Abnormality a in all)
        {
            if (a.Kind is AbnormalityKind.Marker or AbnormalityKind.DoubleMinute)
            {
                continue;
            }

            distinct.Add(KaryotypeFormatter.Format(a.Multiplier is null && !a.Uncertain ? a : a with { Multiplier = null, Uncertain = false }));
        }

        int markers = 0;
        foreach (KaryotypeClone clone in clones)
        {
            int inClone = 0;
            HashSet<string>? named = null;
            foreach (Abnormality a in clone.Abnormalities)
            {
                if (a.Constitutional)
                {
                    continue;
                }

                if (a.Kind == AbnormalityKind.DoubleMinute)
                {
                    named ??= new(StringComparer.Ordinal);
                    inClone += named.Add("dmin") ? 1 : 0;
                }
                else if (a.Kind == AbnormalityKind.Marker)
                {
                    named ??= new(StringComparer.Ordinal);
                    if (a.Index is { } index && !named.Add("mar" + index))
                    {
                        continue;
                    }

                    inClone += LeadingNumber(a.Count) ?? 1;
                }
            }

            markers = Math.Max(markers, inClone);
        }

        return distinct.Count + markers;
    }

    private static int? LeadingNumber(string? text)
    {
        if (text is null)
        {
            return null;
        }

        int n = 0, i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            n = (n * 10) + (text[i] - '0');
            i++;
        }

        return i > 0 ? n : null;
    }

    /// <summary>Distinct autosomes lost (−N) in a clone that does not also gain the same chromosome.</summary>
    private static int AutosomalMonosomies(List<KaryotypeClone> clones)
    {
        HashSet<string> lost = new(StringComparer.Ordinal);
        foreach (KaryotypeClone clone in clones)
        {
            foreach (Abnormality a in clone.Abnormalities)
            {
                if (a.Kind == AbnormalityKind.Loss && !a.Constitutional && a.Chromosomes[0] is not ("X" or "Y") &&
                    !clone.Abnormalities.Any(g => g.Kind == AbnormalityKind.Gain && g.Chromosomes[0] == a.Chromosomes[0]))
                {
                    lost.Add(a.Chromosomes[0]);
                }
            }
        }

        return lost.Count;
    }

    // ---- rule helpers -----------------------------------------------------------------------------------------------

    private static bool Is(Abnormality a, string chromosome) => a.Chromosomes.Length > 0 && a.Chromosomes[0] == chromosome;

    private static bool IsLoss(Abnormality a, string chromosome) => a.Kind == AbnormalityKind.Loss && Is(a, chromosome);

    private static bool Any(List<Abnormality> all, string feature, ImmutableArray<FeatureEvidence>.Builder evidence, Func<Abnormality, bool> rule)
    {
        foreach (Abnormality a in all)
        {
            if (rule(a))
            {
                evidence.Add(new FeatureEvidence(feature, a.ToString()));
                return true;
            }
        }

        return false;
    }

    /// <summary>An abnormality or one of the rearrangements a derivative is made of, with the written abnormality.</summary>
    private readonly record struct Part(Abnormality Top, Abnormality Item);

    /// <summary>Every abnormality and, for derivatives, the rearrangements they are made of.</summary>
    private static List<Part> Parts(List<Abnormality> all)
    {
        List<Part> parts = new(all.Count + 4);
        foreach (Abnormality a in all)
        {
            parts.Add(new Part(a, a));
            foreach (Abnormality c in a.Components)
            {
                parts.Add(new Part(a, c));
            }
        }

        return parts;
    }

    /// <summary>Rearrangements that join two chromosomes at their breakpoints.</summary>
    private static bool IsJunction(Abnormality a) => a.Kind is AbnormalityKind.Translocation or AbnormalityKind.Insertion
        or AbnormalityKind.Dicentric or AbnormalityKind.Derivative;

    private enum BandMatch
    {
        No,
        Yes,
        Unknown,
    }

    /// <summary>
    /// Does the breakpoint group include a band on <paramref name="arm"/> whose digits start with
    /// <paramref name="digits"/>? '?' characters are ignored (q2?2 reads q22); a bare arm or '?' is unknown.
    /// </summary>
    private static BandMatch Match(string group, char arm, string digits)
    {
        BandMatch result = BandMatch.No;
        char currentArm = '\0';
        for (int i = 0; i < group.Length; i++)
        {
            char c = group[i];
            if (c is 'p' or 'q')
            {
                currentArm = c;
                if (string.CompareOrdinal(group, i + 1, "ter", 0, 3) == 0)
                {
                    continue;
                }

                string d = DigitsAt(group, i + 1);
                if (c == arm)
                {
                    if (d.Length == 0)
                    {
                        result = BandMatch.Unknown;
                    }
                    else if (d.StartsWith(digits, StringComparison.Ordinal))
                    {
                        return BandMatch.Yes;
                    }
                }
            }
            else if (c is '~' or '-' && i + 1 < group.Length && char.IsAsciiDigit(group[i + 1]) && currentArm == arm &&
                DigitsAt(group, i + 1).StartsWith(digits, StringComparison.Ordinal))
            {
                return BandMatch.Yes;
            }
            else if (c == '?' && group.Length == 1)
            {
                return BandMatch.Unknown;
            }
        }

        return result;
    }

    private static string DigitsAt(string s, int start)
    {
        Span<char> buffer = stackalloc char[8];
        int n = 0;
        for (int i = start; i < s.Length && n < buffer.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c) || c == '.')
            {
                buffer[n++] = c;
            }
            else if (c != '?')
            {
                break;
            }
        }

        return new string(buffer[..n]);
    }

    private static bool Pair(List<Part> all, string feature, ImmutableArray<FeatureEvidence>.Builder evidence,
        string chromA, char armA, string bandA, string chromB, char armB, string bandB)
    {
        foreach ((Abnormality top, Abnormality a) in all)
        {
            if (a.Kind is not (AbnormalityKind.Translocation or AbnormalityKind.Insertion))
            {
                continue;
            }

            int ia = a.Chromosomes.IndexOf(chromA);
            if (ia < 0)
            {
                continue;
            }

            int ib = chromA != chromB ? a.Chromosomes.IndexOf(chromB)
                : ia + 1 < a.Chromosomes.Length ? a.Chromosomes.IndexOf(chromB, ia + 1) : -1;
            if (ib < 0)
            {
                continue;
            }

            bool matches = a.Breakpoints.Length != a.Chromosomes.Length ||
                (Match(a.Breakpoints[ia], armA, bandA) != BandMatch.No && Match(a.Breakpoints[ib], armB, bandB) != BandMatch.No) ||
                (chromA == chromB && Match(a.Breakpoints[ib], armA, bandA) != BandMatch.No && Match(a.Breakpoints[ia], armB, bandB) != BandMatch.No);
            if (matches)
            {
                evidence.Add(new FeatureEvidence(feature, top.ToString()));
                return true;
            }
        }

        return false;
    }

    private static bool Inversion(List<Part> all, string feature, ImmutableArray<FeatureEvidence>.Builder evidence,
        string chromosome, char arm1, string band1, char arm2, string band2)
    {
        foreach ((Abnormality top, Abnormality a) in all)
        {
            if (a.Kind == AbnormalityKind.Inversion && Is(a, chromosome) &&
                (a.Breakpoints.IsEmpty || (Match(a.Breakpoints[0], arm1, band1) != BandMatch.No && Match(a.Breakpoints[0], arm2, band2) != BandMatch.No)))
            {
                evidence.Add(new FeatureEvidence(feature, top.ToString()));
                return true;
            }
        }

        return false;
    }

    private static bool IsInv3OrT33(Abnormality a) =>
        (a.Kind == AbnormalityKind.Inversion && Is(a, "3") && a.Breakpoints.Length == 1 && Match(a.Breakpoints[0], 'q', "21") != BandMatch.No) ||
        (a.Kind == AbnormalityKind.Translocation && a.Chromosomes.Length == 2 && a.Chromosomes[0] == "3" && a.Chromosomes[1] == "3");

    /// <summary>
    /// Any rearrangement with a breakpoint in <paramref name="chromosome"/><paramref name="arm"/><paramref name="band"/>:
    /// true when a junction (t, ins, dic, der, inv) breaks there; null when only an <c>add</c> does (the partner is
    /// unknown); false otherwise.
    /// </summary>
    private static bool? AnyRearrangementAt(List<Part> all, string feature, ImmutableArray<FeatureEvidence>.Builder evidence,
        string chromosome, char arm, string band, Func<Abnormality, bool>? exclude)
    {
        bool possible = false;
        foreach ((Abnormality top, Abnormality a) in all)
        {
            if (exclude is not null && exclude(a))
            {
                continue;
            }

            bool junction = IsJunction(a) || a.Kind == AbnormalityKind.Inversion;
            bool addition = a.Kind == AbnormalityKind.Addition;
            if (!junction && !addition)
            {
                continue;
            }

            for (int i = 0; i < a.Chromosomes.Length && i < a.Breakpoints.Length; i++)
            {
                if (a.Chromosomes[i] == chromosome && !a.ArmForm && Match(a.Breakpoints[i], arm, band) == BandMatch.Yes)
                {
                    if (junction)
                    {
                        evidence.Add(new FeatureEvidence(feature, top.ToString()));
                        return true;
                    }

                    possible = true;
                }
            }
        }

        return possible ? null : false;
    }

    /// <summary>Any structural change with a breakpoint on the arm (abn(17p)).</summary>
    private static bool HasBreakIn(Abnormality top, string chromosome, char arm)
    {
        if (!top.IsStructural || top.Sign == CopySign.Plus)
        {
            return false;
        }

        if (BreaksIn(top, chromosome, arm))
        {
            return true;
        }

        foreach (Abnormality a in top.Components)
        {
            if (BreaksIn(a, chromosome, arm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BreaksIn(Abnormality a, string chromosome, char arm)
    {
        for (int i = 0; i < a.Chromosomes.Length && i < a.Breakpoints.Length; i++)
        {
            if (a.Chromosomes[i] == chromosome && HasArm(a.Breakpoints[i], arm) && !IsCentromeric(a.Breakpoints[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasArm(string group, char arm) => group.Contains(arm, StringComparison.Ordinal) &&
        !(group.Length >= 4 && group.EndsWith("ter", StringComparison.Ordinal) && group.Length == 4 && group[0] == arm);

    private static bool IsCentromeric(string group) => group is "p10" or "q10" or "cen";

    /// <summary>
    /// Does this (non-gained) abnormality remove part of <paramref name="arm"/> of <paramref name="chromosome"/>?
    /// del/add/idic at that arm; i() of the other arm; a derivative or dicentric that keeps the chromosome's centromere
    /// and breaks in that arm; a whole-arm derivative that keeps the other arm; a ring.
    /// </summary>
    internal static bool LosesPartOf(Abnormality a, string chromosome, char arm)
    {
        if (a.Sign == CopySign.Plus || a.Chromosomes.IsEmpty)
        {
            return false;
        }

        char other = arm == 'p' ? 'q' : 'p';
        switch (a.Kind)
        {
            case AbnormalityKind.Deletion or AbnormalityKind.Addition or AbnormalityKind.Isodicentric:
                return Is(a, chromosome) && a.Breakpoints.Length >= 1 && HasArm(a.Breakpoints[0], arm);
            case AbnormalityKind.Isochromosome:
                return Is(a, chromosome) && a.Breakpoints.Length >= 1 && a.Breakpoints[0].StartsWith(other);
            case AbnormalityKind.Ring:
                return Is(a, chromosome);
            case AbnormalityKind.Dicentric:
                return BreaksOnArm(a, chromosome, arm);
            case AbnormalityKind.Derivative:
                if (a.Chromosomes.Length > 1 && a.Breakpoints.Length == a.Chromosomes.Length)
                {
                    // Whole-arm derivative der(5;17)(p10;q10): each chromosome keeps the arm its breakpoint is on.
                    int i = a.Chromosomes.IndexOf(chromosome);
                    return i >= 0 && a.Breakpoints[i].StartsWith(other);
                }

                if (!Is(a, chromosome))
                {
                    return false;
                }

                foreach (Abnormality c in a.Components)
                {
                    if (c.Kind is AbnormalityKind.Translocation or AbnormalityKind.Dicentric && BreaksOnArm(c, chromosome, arm))
                    {
                        return true;
                    }

                    if (c.Kind is AbnormalityKind.Deletion or AbnormalityKind.Addition && Is(c, chromosome) &&
                        c.Breakpoints.Length >= 1 && HasArm(c.Breakpoints[0], arm))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool BreaksOnArm(Abnormality a, string chromosome, char arm)
    {
        int i = a.Chromosomes.IndexOf(chromosome);
        return i >= 0 && i < a.Breakpoints.Length && a.Breakpoints[i].Length > 0 && HasArm(a.Breakpoints[i], arm);
    }
}
