using System.Collections.Immutable;
using System.Text;
using AmlNavigator.Reports.Documents;

namespace AmlNavigator.Reports.Patient;

/// <summary>Counts of a text and its Flesch–Kincaid grade level.</summary>
public sealed record ReadabilityScore(int Sentences, int Words, int Syllables)
{
    /// <summary>
    /// Flesch–Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59 (Kincaid et al. 1975,
    /// Naval Technical Training Command report 8-75).
    /// </summary>
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;
}

/// <summary>
/// A plain Flesch–Kincaid implementation (see docs/reports/patient-summary.md). Sentences end at <c>.</c>, <c>!</c> or
/// <c>?</c> followed by a space or the end, and at every block boundary (list item, table cell). Words are runs of
/// letters or digits (with inner apostrophes and hyphens). Syllables: vowel groups (with "ia", "eo", "ua" and "io"
/// outside -tion/-sion split in two), less a silent final <c>e</c>/<c>es</c>/<c>ed</c>, at least one per word; a word
/// without letters (a number) counts one.
/// </summary>
public static class Readability
{
    /// <summary>Scores the prose of a report: paragraphs, list items, notices, table cells and details; headings,
    /// definition terms (labels), citation markers and the reference list are not prose and are left out.</summary>
    public static ReadabilityScore Score(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<string> segments = [];
        foreach (Block block in document.Blocks)
        {
            Collect(block, segments);
        }

        return Score(segments);
    }

    /// <summary>Scores text segments; each segment ends at least one sentence.</summary>
    public static ReadabilityScore Score(IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        int sentences = 0, words = 0, syllables = 0;
        foreach (string segment in segments)
        {
            (int s, int w, int y) = Count(segment);
            sentences += s;
            words += w;
            syllables += y;
        }

        return new ReadabilityScore(sentences, words, syllables);
    }

    public static ReadabilityScore Score(string text) => Score([text]);

    private static (int Sentences, int Words, int Syllables) Count(string text)
    {
        int sentences = 0, words = 0, syllables = 0;
        bool inSentence = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
                       (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                words++;
                syllables += Syllables(text[start..i]);
                inSentence = true;
                continue;
            }

            if (c is '.' or '!' or '?' && inSentence && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                sentences++;
                inSentence = false;
            }

            i++;
        }

        if (inSentence)
        {
            sentences++;
        }

        return (sentences, words, syllables);
    }

    /// <summary>Estimated syllables of one word (English heuristic).</summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string w = word.ToLowerInvariant();
        if (!w.Any(char.IsLetter))
        {
            return 1;
        }

        // Each part of a hyphenated word counts on its own ("follow-up" = fol-low + up).
        if (w.Contains('-', StringComparison.Ordinal))
        {
            return w.Split('-', StringSplitOptions.RemoveEmptyEntries).Sum(Syllables);
        }

        StringBuilder letters = new();
        foreach (char ch in w.Where(char.IsLetter))
        {
            letters.Append(ch);
        }

        string s = letters.ToString();
        if (s.Length <= 3)
        {
            return 1;
        }

        // A final "es"/"ed"/"e" is usually silent ("times", "changed", "care"), but not in "choices", "wanted", "table".
        if (s.EndsWith("es", StringComparison.Ordinal) && !EndsWithAny(s[..^2], "c", "s", "x", "z", "g", "ch", "sh"))
        {
            s = s[..^2];
        }
        else if (s.EndsWith("ed", StringComparison.Ordinal) && !EndsWithAny(s[..^2], "t", "d"))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('e') && !s.EndsWith("le", StringComparison.Ordinal) && !s.EndsWith("ee", StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        int count = 0;
        bool previousVowel = false;
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            bool vowel = IsVowel(ch);
            // "ia", "eo", "ua" and "io" (except in -tion/-sion/-cion) are two syllables: leu-ke-mi-a, vi-o-lent.
            bool split = vowel && previousVowel && i >= 1 && (
                (s[i - 1] == 'i' && ch == 'a') || (s[i - 1] == 'e' && ch == 'o') || (s[i - 1] == 'u' && ch == 'a') ||
                (s[i - 1] == 'i' && ch == 'o' && (i < 2 || s[i - 2] is not ('t' or 's' or 'c' or 'x'))));
            if (vowel && (!previousVowel || split))
            {
                count++;
            }

            previousVowel = vowel;
        }

        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool EndsWithAny(string s, params string[] endings) => endings.Any(e => s.EndsWith(e, StringComparison.Ordinal));

    private static void Collect(Block block, List<string> segments)
    {
        switch (block)
        {
            case Block.Paragraph p:
                segments.Add(Text(p.Content));
                break;
            case Block.BulletList l:
                segments.AddRange(l.Items.Select(Text));
                break;
            case Block.Notice n:
                segments.Add(Text(n.Content));
                break;
            case Block.Definitions d:
                segments.AddRange(d.Items.Select(i => Text(i.Value)));
                break;
            case Block.Table t:
                segments.AddRange(t.Rows.SelectMany(r => r).Select(Text));
                break;
            case Block.Details d:
                d.Body.ToList().ForEach(b => Collect(b, segments));
                break;
            default:
                break;
        }
    }

    private static string Text(ImmutableArray<Inline> inlines) =>
        string.Concat(inlines.Select(i => i switch
        {
            Inline.Text t => t.Value,
            Inline.Badge b => b.Value,
            _ => "",
        }));
}
