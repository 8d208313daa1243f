using System.Collections.Immutable;

namespace AmlNavigator.Domain.Trials;

/// <summary>Whether a criterion comes from the inclusion or the exclusion list.</summary>
public enum CriterionKind
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("inclusion")] Inclusion,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("exclusion")] Exclusion,
}

/// <summary>
/// One criterion of an eligibility text: its list (inclusion/exclusion), its text with whitespace collapsed, its span
/// in the original text (<see cref="Start"/>, <see cref="Length"/>; marker excluded), its nesting depth and parent
/// (index into the same list, -1 for top level) and the sub-heading it sits under ("Disease Characteristics"…).
/// </summary>
public sealed record Criterion(
    CriterionKind Kind, string Text, int Start, int Length, int Depth, int Parent, string? Heading);

/// <summary>The criteria of one trial, in text order, plus how the text was read.</summary>
/// <param name="HadSections">False when no "Inclusion/Exclusion Criteria" heading was found (all read as inclusion).</param>
public sealed record CriteriaList(ImmutableArray<Criterion> Criteria, bool HadSections);

/// <summary>
/// Splits ClinicalTrials.gov eligibility text into criteria. Hand-written line scanner; never throws on data.
/// </summary>
/// <remarks>
/// Grammar (line oriented, as the registry renders its markdown-like text):
/// <code>
/// text      := line*
/// line      := section | heading | item | continuation | blank
/// section   := ws ["key" ws] ("inclusion" | "exclusion") ws "criteria" [ws? qualifier] ":"? ws?   (also "INCLUSION CRITERIA")
/// heading   := ws words ":" ws?       — a short line ending in ':' that is not an item ("Disease Characteristics:")
/// item      := ws marker ws text       — marker: - * • · o + | digits ("." | ")") | "(" digits ")" | letter ("." | ")") | roman "."
/// continuation := ws text             — joins the open item; after a blank line a marker-less line starts a paragraph item
/// </code>
/// Nesting comes from the marker's column: an item indented deeper than the open item is its child.
/// </remarks>
public static class CriteriaReader
{
    public static CriteriaList Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CriteriaList([], false);
        }

        List<Builder> items = [];
        // Stack of (indent, item index) for nesting.
        List<(int Indent, int Index)> stack = [];
        CriterionKind kind = CriterionKind.Inclusion;
        bool hadSections = false;
        string? heading = null;
        Builder? open = null;
        bool afterBlank = true;

        int pos = 0;
        while (pos <= text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0)
            {
                end = text.Length;
            }

            ReadOnlySpan<char> raw = text.AsSpan(pos, end - pos).TrimEnd('\r');
            int indent = 0;
            while (indent < raw.Length && char.IsWhiteSpace(raw[indent]))
            {
                indent++;
            }

            ReadOnlySpan<char> content = raw[indent..].TrimEnd();
            int contentStart = pos + indent;
            if (content.IsEmpty)
            {
                afterBlank = true;
            }
            else if (Section(content) is { } section)
            {
                kind = section;
                hadSections = true;
                heading = null;
                open = null;
                stack.Clear();
                afterBlank = true;
            }
            else if (MarkerLength(content) is var marker && marker > 0)
            {
                int textOffset = marker;
                while (textOffset < content.Length && char.IsWhiteSpace(content[textOffset]))
                {
                    textOffset++;
                }

                while (stack.Count > 0 && stack[^1].Indent >= indent)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                int parent = stack.Count > 0 ? stack[^1].Index : -1;
                open = new Builder(kind, contentStart + textOffset, contentStart + content.Length, stack.Count, parent, heading);
                stack.Add((indent, items.Count));
                items.Add(open);
                afterBlank = false;
            }
            else if (IsHeading(content) && (open is null || afterBlank))
            {
                heading = content.TrimEnd(':').Trim().ToString();
                open = null;
                stack.Clear();
                afterBlank = true;
            }
            else if (open is not null && (!afterBlank || indent > stack[^1].Indent))
            {
                open.End = contentStart + content.Length;
                afterBlank = false;
            }
            else
            {
                // A paragraph without a marker: a top-level item of its own.
                stack.Clear();
                open = new Builder(kind, contentStart, contentStart + content.Length, 0, -1, heading);
                stack.Add((indent, items.Count));
                items.Add(open);
                afterBlank = false;
            }

            pos = end + 1;
        }

        ImmutableArray<Criterion> criteria = [.. items.Select(b => new Criterion(
            b.Kind, Collapse(text.AsSpan(b.Start, b.End - b.Start)), b.Start, b.End - b.Start, b.Depth, b.Parent, b.Heading))];
        return new CriteriaList(criteria, hadSections);
    }

    private sealed class Builder(CriterionKind kind, int start, int end, int depth, int parent, string? heading)
    {
        public CriterionKind Kind { get; } = kind;

        public int Start { get; } = start;

        public int End { get; set; } = end;

        public int Depth { get; } = depth;

        public int Parent { get; } = parent;

        public string? Heading { get; } = heading;
    }

    // "Inclusion Criteria:", "Key Exclusion Criteria", "INCLUSION CRITERIA FOR COHORT B:", "Exclusion criteria (all patients):".
    private static CriterionKind? Section(ReadOnlySpan<char> line)
    {
        if (line.Length > 80)
        {
            return null;
        }

        ReadOnlySpan<char> s = line;
        if (s.StartsWith("key ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].TrimStart();
        }

        CriterionKind kind;
        if (s.StartsWith("inclusion", StringComparison.OrdinalIgnoreCase))
        {
            kind = CriterionKind.Inclusion;
            s = s[9..];
        }
        else if (s.StartsWith("exclusion", StringComparison.OrdinalIgnoreCase))
        {
            kind = CriterionKind.Exclusion;
            s = s[9..];
        }
        else
        {
            return null;
        }

        s = s.TrimStart();
        bool criteriaWord = s.StartsWith("criteria", StringComparison.OrdinalIgnoreCase) || s.StartsWith("criterion", StringComparison.OrdinalIgnoreCase);
        bool colonOnly = s.StartsWith(':');
        if (!criteriaWord && !colonOnly)
        {
            return null;
        }

        // A long sentence after the heading words is a criterion, not a heading.
        return line.EndsWith(':') || line.Length <= 40 ? kind : null;
    }

    private static bool IsHeading(ReadOnlySpan<char> line) =>
        line.Length <= 60 && line.EndsWith(':') && line.IndexOfAny('.', ';') < 0;

    /// <summary>Length of a list marker at the start of <paramref name="s"/> (0 when none).</summary>
    internal static int MarkerLength(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        char c = s[0];
        if (c is '-' or '*' or '•' or '·' or '+' or '–' or '▪' or '○' or '◦')
        {
            return s.Length == 1 || char.IsWhiteSpace(s[1]) ? 1 : 0;
        }

        if (c == 'o' && s.Length > 1 && s[1] == ' ')
        {
            return 1;
        }

        if (c == '(')
        {
            int close = s.IndexOf(')');
            return close is > 1 and <= 5 && IsOrdinal(s[1..close]) && (s.Length == close + 1 || char.IsWhiteSpace(s[close + 1])) ? close + 1 : 0;
        }

        int i = 0;
        while (i < s.Length && i < 6 && char.IsLetterOrDigit(s[i]))
        {
            i++;
        }

        if (i == 0 || i >= s.Length || s[i] is not ('.' or ')'))
        {
            return 0;
        }

        ReadOnlySpan<char> label = s[..i];
        bool followedBySpace = i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]);
        // "1.5 x ULN" is not a marker; "1." and "a)" are.
        return followedBySpace && IsOrdinal(label) ? i + 1 : 0;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> label)
    {
        bool digits = true;
        foreach (char ch in label)
        {
            digits &= char.IsAsciiDigit(ch);
        }

        if (digits)
        {
            return label.Length <= 3;
        }

        if (label.Length == 1 && char.IsAsciiLetter(label[0]))
        {
            return true;
        }

        foreach (char ch in label)
        {
            if (ch is not ('i' or 'v' or 'x' or 'I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(ReadOnlySpan<char> span)
    {
        System.Text.StringBuilder sb = new(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
